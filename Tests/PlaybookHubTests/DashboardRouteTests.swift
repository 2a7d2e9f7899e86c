import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PlaybookCore
@testable import PlaybookHub
@testable import PlaybookHubServer
import Testing

/// The dashboard's routes in process: who may see what, the hardening headers on every
/// response, the sign-in redirect, CSV downloads, and learners' text escaped on the pages.
@Suite struct DashboardRouteTests {
    typealias P = ProgressText
    static let cards = [
        Card(id: "objection/fund/too-dear", kind: .objection, front: "太贵了，别家便宜", back: "…", category: "价格", products: ["fund"],
             source: SourceReference(path: "objections/fund.md", line: 1)),
        Card(id: "selling-point/fund/safe", kind: .sellingPoint, front: "资金安全吗？", back: "…", products: ["fund"],
             source: SourceReference(path: "products/fund.md", line: 1)),
        Card(id: "quiz/card/fee", kind: .quiz, front: "年费多少？", back: "…", products: ["card"],
             source: SourceReference(path: "products/card.md", line: 1)),
    ]

    static func settings() -> HubServerSettings {
        var settings = HubServerSettings()
        settings.dashboard = DashboardSettings(locale: .en)
        settings.deck = DashboardDeck(cards: cards, productNames: ["fund": "维修资金专户"])
        return settings
    }

    /// lin (learner) answered with a script in the answer; the team name carries one too.
    static func fixture(_ engine: HubTestEngine) async throws -> HubServerTests.Fixture {
        let store = try await engine.makeStore()
        _ = try await store.addUser(name: "mei", role: .learner, team: "<script>alert('team')</script>", now: P.now)
        let hub = try await HubServerTests.fixture(store: store, settings: settings())
        _ = try await store.ingest(text: P.file([
            P.review("h1", card: "objection/fund/too-dear", rating: 1, at: P.start, answer: "<script>alert(1)</script>"),
            P.review("h2", card: "selling-point/fund/safe", rating: 3, at: P.start + 60),
        ]), learner: "lin", now: P.now)
        return hub
    }

    static func text(_ response: TestResponse) -> String { String(buffer: response.body) }

    static func expectHardened(_ response: TestResponse, _ comment: Comment? = nil) {
        #expect(response.headers[.contentSecurityPolicy] == DashboardResponse.contentSecurityPolicy, comment)
        #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true, comment)
        #expect(response.headers[.xContentTypeOptions] == "nosniff", comment)
        #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer", comment)
        #expect(response.headers[.cacheControl] == "no-store", comment)
    }

    @Test(arguments: HubTestEngine.available)
    func trainersSeeEveryPageLearnersOnlyTheirOwn(engine: HubTestEngine) async throws {
        let hub = try await Self.fixture(engine)
        try await HubServerTests.test(hub) { client in
            for path in ["/dashboard", "/dashboard/learners/lin", "/dashboard/learners/wang", "/dashboard/forecast?date=2026-05-01",
                         "/dashboard/forecast", "/dashboard?format=csv&table=weakest"] {
                try await client.execute(uri: path, method: .get, headers: HubServerTests.bearer(hub.trainer)) { response in
                    #expect(response.status == .ok, "\(path)")
                    Self.expectHardened(response, "\(path)")
                }
            }
            try await client.execute(uri: "/dashboard/learners/lin", method: .get, headers: HubServerTests.bearer(hub.learner)) { response in
                #expect(response.status == .ok)
                #expect(Self.text(response).contains("Learner: lin"))
            }
            for path in ["/dashboard", "/dashboard/forecast", "/dashboard/learners/wang", "/dashboard?format=csv&table=learners"] {
                try await client.execute(uri: path, method: .get, headers: HubServerTests.bearer(hub.learner)) { response in
                    #expect(response.status == .forbidden, "\(path)")
                    #expect(path.contains("csv") || Self.text(response).contains("You may not see this page."), "\(path)")
                    #expect(!Self.text(response).contains("wang</a>"), "no team data leaks into the refusal")
                    Self.expectHardened(response)
                }
            }
            try await client.execute(uri: "/dashboard/learners/nobody", method: .get, headers: HubServerTests.bearer(hub.trainer)) {
                #expect($0.status == .notFound)
            }
            try await client.execute(uri: "/dashboard", method: .get, headers: HubServerTests.bearer(hub.disabled)) {
                #expect($0.status == .forbidden)
            }
        }
    }

    @Test func withoutACredentialBrowsersGoToSignInAndBadTokensAre401() async throws {
        let hub = try await Self.fixture(.sqlite)
        try await HubServerTests.test(hub) { client in
            try await client.execute(uri: "/dashboard/forecast?date=2026-05-01&product=fund", method: .get) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/signin?next=/dashboard/forecast%3Fdate%3D2026-05-01%26product%3Dfund")
                Self.expectHardened(response)
            }
            try await client.execute(uri: "/dashboard/learners/lin", method: .get) {
                #expect($0.status == .seeOther)
                #expect($0.headers[.location]?.hasPrefix("/signin?next=") == true)
            }
            try await client.execute(uri: "/dashboard", method: .get, headers: HubServerTests.bearer("nope.nope")) { response in
                #expect(response.status == .unauthorized)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                Self.expectHardened(response)
            }
            try await client.execute(uri: "/dashboard?format=csv", method: .get) { #expect($0.status == .unauthorized, "scripts get no redirect") }
            try await client.execute(uri: "/dashboard/hub.css", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/css; charset=utf-8")
                #expect(Self.text(response).contains("prefers-color-scheme: dark"))
                Self.expectHardened(response)
            }
        }
    }

    @Test(arguments: HubTestEngine.available)
    func learnersTextIsEscapedOnEveryPage(engine: HubTestEngine) async throws {
        let hub = try await Self.fixture(engine)
        try await HubServerTests.test(hub) { client in
            for path in ["/dashboard", "/dashboard/learners/lin", "/dashboard/learners/mei", "/dashboard/forecast"] {
                try await client.execute(uri: path, method: .get, headers: HubServerTests.bearer(hub.trainer)) { response in
                    let page = Self.text(response)
                    #expect(!page.contains("<script"), "\(path)")
                    #expect(!page.contains("style=\""), "no inline style: the CSP forbids it")
                }
            }
            try await client.execute(uri: "/dashboard/learners/lin", method: .get, headers: HubServerTests.bearer(hub.trainer)) { response in
                #expect(Self.text(response).contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
                #expect(Self.text(response).contains("太贵了，别家便宜"), "card titles, not only IDs")
            }
            try await client.execute(uri: "/dashboard", method: .get, headers: HubServerTests.bearer(hub.trainer)) { response in
                #expect(Self.text(response).contains("&lt;script&gt;alert(&#39;team&#39;)&lt;/script&gt;"))
            }
        }
    }

    @Test func tablesDownloadAsCSVWithAByteOrderMark() async throws {
        let hub = try await Self.fixture(.sqlite)
        try await HubServerTests.test(hub) { client in
            try await client.execute(uri: "/dashboard?format=csv&table=learners", method: .get, headers: HubServerTests.bearer(hub.trainer)) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/csv; charset=utf-8")
                #expect(response.headers[.contentDisposition] == "attachment; filename=\"team-learners.csv\"")
                let bytes = Array(response.body.readableBytesView)
                #expect(bytes.prefix(3) == [0xEF, 0xBB, 0xBF])
                let lines = Self.text(response).dropFirst().split(separator: "\r\n").map(String.init)
                #expect(lines.first == "Name,Team,Certification,Expires,Reviews,Cards seen,Due,Retention,Last active")
                #expect(lines.contains { $0.hasPrefix("lin,A,none,,2,2,") })
                #expect(lines.count == 5, "header + gone, lin, mei, wang")
            }
            try await client.execute(uri: "/dashboard/learners/lin?format=csv&table=answers", method: .get,
                                     headers: HubServerTests.bearer(hub.trainer)) { response in
                let text = Self.text(response)
                #expect(text.contains("<script>alert(1)</script>"), "CSV keeps the text as written")
                #expect(text.contains("objection/fund/too-dear") == false, "the title is exported, not the ID")
                #expect(text.contains("太贵了，别家便宜"))
            }
            try await client.execute(uri: "/dashboard/forecast?date=2026-05-01&product=fund&format=csv&table=forecast", method: .get,
                                     headers: HubServerTests.bearer(hub.trainer)) { response in
                let lines = Self.text(response).dropFirst().split(separator: "\r\n").map(String.init)
                #expect(lines.first == "Name,Team,Predicted score,Below pass mark,Cards to assign,Cards answered")
                // Two fund cards; mei, gone (disabled) excluded; wang and mei answered nothing.
                #expect(lines.contains { $0 == "wang,B,0,1,objection/fund/too-dear selling-point/fund/safe,0" })
                #expect(lines.contains { $0.hasPrefix("lin,A,") && $0.hasSuffix(",2") })
            }
            try await client.execute(uri: "/dashboard?format=csv&table=nope", method: .get, headers: HubServerTests.bearer(hub.trainer)) {
                #expect($0.status == .notFound)
            }
            try await client.execute(uri: "/dashboard/forecast?date=2026-02-30", method: .get, headers: HubServerTests.bearer(hub.trainer)) {
                #expect($0.status == .badRequest)
                #expect(Self.text($0).contains("YYYY-MM-DD"))
            }
        }
    }

    @Test func theForecastFormOffersTheDecksProductsByNameAndKeepsTheChoice() async throws {
        let hub = try await Self.fixture(.sqlite)
        try await HubServerTests.test(hub) { client in
            try await client.execute(uri: "/dashboard/forecast?date=2026-05-01&product=fund&kind=", method: .get,
                                     headers: HubServerTests.bearer(hub.trainer)) { response in
                let page = Self.text(response)
                #expect(page.contains("<form class=\"filters\" method=\"get\" action=\"/dashboard/forecast\">"))
                #expect(page.contains("<option value=\"fund\" selected>维修资金专户</option>"))
                #expect(page.contains("<option value=\"card\">card</option>"), "a product the playbook does not name shows its ID")
                #expect(page.contains("value=\"2026-05-01\""))
                #expect(page.contains("Forecast for 2026-05-01"))
                #expect(page.contains("href=\"?date=2026-05-01&amp;product=fund&amp;format=csv&amp;table=forecast\""), "the CSV keeps the filters")
            }
        }
    }
}
