import Foundation
import Hummingbird
import PlaybookHub

/// The handlers of the v1 API. Each identifies the caller by their Bearer token, calls the store
/// under a deadline, and answers JSON; refusals are ``HubAPIError``s, never a 500.
struct HubAPI: Sendable {
    let store: HubStore
    let settings: HubServerSettings
    let clock: @Sendable () -> Int64

    /// `GET /healthz`: 200 when the store answers within the deadline, 503 otherwise.
    func health() async -> Response {
        await answer {
            _ = try await call { try await store.users() }
            return HubJSON.response(["status": "ok"])
        }
    }

    /// `POST /api/v1/progress`: the caller's progress JSONL, stored in one transaction.
    func progress(_ request: Request) async throws(HubAPIError) -> Response {
        let user = try await caller(request)
        let body = try await HubRequestBody.collect(request, limit: settings.maxBodyBytes)
        let now = clock()
        let result = try await call { try await store.ingest(body, learner: user.name, now: now) }
        if result.added == 0, result.duplicates == 0, !result.refused.isEmpty {
            throw HubAPIError(status: .badRequest, message: "no valid line", ingest: result)
        }
        return HubJSON.response(result)
    }

    /// `GET /api/v1/me`: the caller's own summary.
    func me(_ request: Request) async throws(HubAPIError) -> Response {
        let user = try await caller(request)
        let now = clock()
        guard let summary = try await call({ try await store.summary(of: user.name, now: now) }) else { throw .badToken }
        return HubJSON.response(summary)
    }

    /// `GET /api/v1/team`: every learner's summary and the weakest cards; trainers only. With
    /// `?date=` (and the forecast's filters), also each learner's forecast for that date.
    func team(_ request: Request) async throws(HubAPIError) -> Response {
        let user = try await caller(request)
        guard user.role == .trainer else { throw .trainersOnly }
        let now = clock()
        let summary = try await call { try await store.teamSummary(now: now) }
        let parameters = DashboardRoutes.parameters(request)
        guard parameters["date"] != nil else { return HubJSON.response(TeamAnswer(summary: summary, forecast: nil)) }
        let query: ForecastQuery
        do {
            query = try ForecastQuery.parse(parameters, now: now)
        } catch {
            let renderer = DashboardRenderer(settings: settings.dashboard, deck: settings.deck)
            throw HubAPIError(status: .badRequest, message: renderer.message(for: error))
        }
        let (cards, dashboard) = (settings.deck.cards(matching: query.filter).map(\.id), settings.dashboard)
        let forecast = try await call { try await store.forecast(cards: cards, on: query.date, settings: dashboard) }
        return HubJSON.response(TeamAnswer(summary: summary, forecast: forecast))
    }

    /// The user whose Bearer token the request carries, or without one, whose sign-in session
    /// cookie (see ``sessionCaller(_:session:)``).
    func caller(_ request: Request) async throws(HubAPIError) -> HubUser {
        guard let header = request.headers[.authorization] else {
            guard let session = SessionCookie.value(in: request) else { throw .missingToken }
            return try await sessionCaller(request, session: session)
        }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { throw .missingToken }
        let token = parts[1].trimmingCharacters(in: .whitespaces)
        switch try await call({ try await store.check(token: token) }) {
        case .valid(let user): return user
        case .disabled(let user): throw .disabled(user.name)
        case .invalid: throw .badToken
        }
    }

    /// Runs a store call under the deadline, turning its failures into refusals.
    func call<Result: Sendable>(_ work: @escaping @Sendable () async throws -> Result) async throws(HubAPIError) -> Result {
        do {
            return try await withDeadline(settings.storeDeadline) { try await work() }
        } catch let error as HubStoreError {
            throw .store(error)
        } catch let error as HubDeadlineExceeded {
            throw .unavailable(error.description)
        } catch {
            throw .unavailable(String(describing: error))
        }
    }

    /// The handler's response, or its refusal's.
    func answer(_ handler: () async throws -> Response) async -> Response {
        do {
            return try await handler()
        } catch let error as HubAPIError {
            return error.response
        } catch {
            return HubAPIError.unavailable(String(describing: error)).response
        }
    }
}
