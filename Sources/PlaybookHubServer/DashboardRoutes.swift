import Foundation
import Hummingbird
import PlaybookHub

/// The trainers' dashboard: `GET /dashboard` (team), `/dashboard/learners/{name}`,
/// `/dashboard/forecast?date=YYYY-MM-DD&product=…&category=…&kind=…&tag=…` and `/dashboard/hub.css`.
/// Each table also as CSV with `?format=csv&table=ID`.
///
/// Trainers see every page; a learner sees only their own learner page (403 otherwise). A
/// browser with no credential at all is sent to `/signin?next=PATH` (303); a bad one gets 401.
struct DashboardRoutes: Sendable {
    let api: HubAPI

    private var renderer: DashboardRenderer { DashboardRenderer(settings: api.settings.dashboard, deck: api.settings.deck) }
    private let links = DashboardLinks(layout: .server)

    func add(to router: Router<HubRequestContext>) {
        router.get("/dashboard/hub.css") { _, _ in DashboardResponse.css(renderer.css) }
        router.get("/dashboard") { request, _ in await answer(request) { () async throws(HubAPIError) -> Response in try await team(request) } }
        router.get("/dashboard/forecast") { request, _ in await answer(request) { () async throws(HubAPIError) -> Response in try await forecast(request) } }
        router.get("/dashboard/learners/:name") { request, context in
            let name = context.parameters.get("name").map { $0.removingPercentEncoding ?? $0 } ?? ""
            return await answer(request) { () async throws(HubAPIError) -> Response in try await learner(name, request) }
        }
    }

    private func team(_ request: Request) async throws(HubAPIError) -> Response {
        let user = try await api.caller(request)
        guard user.role == .trainer else { throw .forbidden(renderer.forbiddenMessage) }
        let (now, settings) = (api.clock(), api.settings.dashboard)
        let team = try await api.call { try await api.store.teamDashboard(now: now, settings: settings) }
        let query = Self.parameters(request)
        if query["format"] == "csv" {
            return try csv(renderer.teamTables(team, links: links), query["table"], file: "team")
        }
        return DashboardResponse.html(renderer.teamPage(team, links: links, now: now))
    }

    private func learner(_ name: String, _ request: Request) async throws(HubAPIError) -> Response {
        let user = try await api.caller(request)
        guard user.role == .trainer || user.name == name else { throw .forbidden(renderer.forbiddenMessage) }
        let (now, settings) = (api.clock(), api.settings.dashboard)
        guard let page = try await api.call({ try await api.store.learnerDashboard(of: name, now: now, settings: settings) }) else {
            throw HubAPIError(status: .notFound, message: renderer.notFoundMessage)
        }
        let query = Self.parameters(request)
        if query["format"] == "csv" {
            return try csv(renderer.learnerTables(page), query["table"], file: "learner")
        }
        return DashboardResponse.html(renderer.learnerPage(page, links: links, now: now))
    }

    private func forecast(_ request: Request) async throws(HubAPIError) -> Response {
        let user = try await api.caller(request)
        guard user.role == .trainer else { throw .forbidden(renderer.forbiddenMessage) }
        let parameters = Self.parameters(request)
        let now = api.clock()
        let query: ForecastQuery
        do {
            query = try ForecastQuery.parse(parameters, now: now)
        } catch {
            throw HubAPIError(status: .badRequest, message: renderer.message(for: error))
        }
        let (settings, cards) = (api.settings.dashboard, api.settings.deck.cards(matching: query.filter).map(\.id))
        let forecast = try await api.call { try await api.store.forecast(cards: cards, on: query.date, settings: settings) }
        let pageLinks = DashboardLinks(layout: .server, page: query.queryString)
        if parameters["format"] == "csv" {
            return try csv([renderer.forecastTable(forecast, links: pageLinks)], parameters["table"], file: "forecast")
        }
        return DashboardResponse.html(renderer.forecastPage(forecast, query: query, links: pageLinks, form: true, now: now))
    }

    /// The table `id` of `tables` as CSV (the first one when no ID is given).
    private func csv(_ tables: [DashboardTable], _ id: String?, file: String) throws(HubAPIError) -> Response {
        guard let table = id.map({ id in tables.first { $0.id == id } }) ?? tables.first else {
            let known = tables.map(\.id).joined(separator: ", ")
            throw HubAPIError(status: .notFound, message: "no table \(id ?? ""): use table=\(known)")
        }
        return DashboardResponse.csv(table.csv, file: "\(file)-\(table.id).csv")
    }

    /// The handler's page, or its refusal as a page: 303 to the sign-in page when the request
    /// carries no credential at all (a browser that has not signed in), else the status and message.
    private func answer(_ request: Request, _ handler: () async throws(HubAPIError) -> Response) async -> Response {
        do {
            return try await handler()
        } catch {
            let wantsCSV = Self.parameters(request)["format"] == "csv"
            if error.status == .unauthorized, error.message == HubAPIError.missingToken.message,
               request.headers[.authorization] == nil, !wantsCSV {
                var target = request.uri.path
                if let query = request.uri.query, !query.isEmpty { target += "?" + query }
                let next = target.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~/"))) ?? "/dashboard"
                return DashboardResponse.redirect("/signin?next=" + next)
            }
            let title = "\(error.status.code) \(error.status.reasonPhrase)"
            let message = error.status == .unauthorized ? renderer.signInMessage + " " + error.message : error.message
            let page = renderer.message(message, title: title, links: links, now: api.clock())
            return DashboardResponse.html(page, status: error.status)
        }
    }

    /// The query's parameters, decoded as a browser's form sends them (`+` is a space).
    static func parameters(_ request: Request) -> [String: String] {
        var result: [String: String] = [:]
        for pair in (request.uri.query ?? "").split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ text: Substring) -> String {
                let spaced = text.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            let key = decode(parts[0])
            if result[key] == nil { result[key] = parts.count > 1 ? decode(parts[1]) : "" }
        }
        return result
    }
}
