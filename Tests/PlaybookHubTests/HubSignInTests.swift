import Foundation
import Hummingbird
import HummingbirdTesting
import PlaybookCore
@testable import PlaybookHub
@testable import PlaybookHubServer
import SQLKit
import Testing

/// Signing in to the hub in a browser: the form, the session cookie, sign-out, expiry and the
/// CSRF and open-redirect defences, on each engine.
@Suite struct HubSignInTests {
    static let trainer = [("name", "zhou"), ("password", SignInFixture.password)]

    @Test(arguments: HubTestEngine.available)
    func passwordSignInSetsAStrictSessionCookieThatOpensTheAPI(engine: HubTestEngine) async throws {
        let hub = try await SignInFixture.make(engine)
        try await hub.test { client in
            let cookie = try await client.execute(uri: "/signin", method: .post, headers: Browser.headers(),
                                                  body: Browser.form(Self.trainer + [("next", "/dashboard/learners?team=A")])) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/dashboard/learners?team=A")
                let cookie = try #require(Browser.sessionCookie(response))
                for attribute in ["HttpOnly", "SameSite=Strict", "Path=/", "Max-Age=43200"] {
                    #expect(cookie.line.contains(attribute), "\(cookie.line) lacks \(attribute)")
                }
                #expect(!cookie.line.contains("Secure"), "Secure only when --secure-cookies")
                #expect(cookie.value.count == 43, "256 random bits")
                return cookie.value
            }
            try await client.execute(uri: "/api/v1/team", method: .get, headers: [.cookie: "playbook_session=\(cookie)"]) {
                #expect($0.status == .ok)
            }
            try await client.execute(uri: "/api/v1/me", method: .get, headers: [.cookie: "playbook_session=\(cookie)"]) {
                #expect(Browser.body($0).contains("\"name\":\"zhou\""))
            }
            // Only the hash is stored.
            let stored = try await hub.server.store.database.read { sql in
                try await sql.select().column("id_hash").from("hub_session").all(decodingColumn: "id_hash", as: String.self)
            }
            #expect(stored.count == 1)
            #expect(!stored.contains(cookie) && stored.allSatisfy { $0.count == 64 })
        }
    }

    @Test(arguments: HubTestEngine.available)
    func tokenSignInOpensALearnersSession(engine: HubTestEngine) async throws {
        let hub = try await SignInFixture.make(engine, signIn: SignInSettings(secureCookies: true, language: .en))
        try await hub.test { client in
            try await client.execute(uri: "/signin", method: .post, headers: Browser.headers(),
                                     body: Browser.form([("token", hub.learnerToken)])) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/dashboard", "no next: the dashboard")
                #expect(Browser.sessionCookie(response)?.line.contains("; Secure") == true)
            }
            let cookie = try #require(try await Browser.signIn(client, [("token", hub.learnerToken)]))
            try await client.execute(uri: "/api/v1/me", method: .get, headers: [.cookie: "playbook_session=\(cookie)"]) {
                #expect($0.status == .ok)
                #expect(Browser.body($0).contains("\"name\":\"lin\""))
            }
            try await client.execute(uri: "/api/v1/team", method: .get, headers: [.cookie: "playbook_session=\(cookie)"]) {
                #expect($0.status == .forbidden, "a learner's session is still a learner's")
            }
        }
    }

    @Test(arguments: HubTestEngine.available)
    func wrongPasswordsDisabledUsersAndEmptyFormsAreRefused(engine: HubTestEngine) async throws {
        let hub = try await SignInFixture.make(engine, signIn: SignInSettings(language: .en, signInLimit: RateLimitPolicy(failures: 50, window: 900)))
        try await hub.test { client in
            let refusals: [([(String, String)], HTTPResponse.Status, String)] = [
                ([("name", "zhou"), ("password", "correct horse battery staplE")], .unauthorized, "were not accepted"),
                ([("name", "nobody"), ("password", SignInFixture.password)], .unauthorized, "were not accepted"),
                ([("name", "gone"), ("password", SignInFixture.password)], .unauthorized, "were not accepted"),
                ([("name", "lin"), ("password", SignInFixture.password)], .unauthorized, "were not accepted"),
                ([("token", hub.learnerToken + "x")], .unauthorized, "were not accepted"),
                ([("token", hub.disabledToken)], .forbidden, "disabled"),
                ([("name", "zhou")], .badRequest, "Enter your name and password"),
            ]
            for (fields, status, text) in refusals {
                try await client.execute(uri: "/signin", method: .post, headers: Browser.headers(), body: Browser.form(fields)) { response in
                    #expect(response.status == status, "\(fields)")
                    #expect(Browser.body(response).contains(text), "\(fields)")
                    #expect(Browser.sessionCookie(response) == nil)
                }
            }
            #expect(try await hub.count("hub_session") == 0)
        }
    }

    @Test(arguments: HubTestEngine.available)
    func signOutEndsTheSessionAndSessionsExpire(engine: HubTestEngine) async throws {
        let hub = try await SignInFixture.make(engine)
        try await hub.test { client in
            let first = try #require(try await Browser.signIn(client, Self.trainer))
            let second = try #require(try await Browser.signIn(client, Self.trainer))
            let me: @Sendable (String) async throws -> HTTPResponse.Status = { cookie in
                try await client.execute(uri: "/api/v1/me", method: .get, headers: [.cookie: "playbook_session=\(cookie)"]) { $0.status }
            }
            try await client.execute(uri: "/signout", method: .post, headers: Browser.headers(cookie: first)) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/signin")
                #expect(Browser.sessionCookie(response)?.line.contains("Max-Age=0") == true)
            }
            #expect(try await me(first) == .unauthorized, "signed out")
            #expect(try await me(second) == .ok, "other sessions stay")

            hub.clock.advance(12 * 3600 - 1)
            #expect(try await me(second) == .ok, "still within 12 hours")
            hub.clock.advance(1)
            #expect(try await me(second) == .unauthorized, "expired after 12 hours")
        }
    }

    @Test(arguments: HubTestEngine.available)
    func aNewPasswordOrDisablingEndsSessions(engine: HubTestEngine) async throws {
        let hub = try await SignInFixture.make(engine)
        try await hub.test { client in
            let cookie = try #require(try await Browser.signIn(client, Self.trainer))
            try await hub.server.store.setPassword("another long passphrase", for: "zhou")
            try await client.execute(uri: "/api/v1/me", method: .get, headers: [.cookie: "playbook_session=\(cookie)"]) {
                #expect($0.status == .unauthorized)
            }
            let renewed = try #require(try await Browser.signIn(client, [("name", "zhou"), ("password", "another long passphrase")]))
            _ = try await hub.server.store.disableUser("zhou", now: hub.clock.now)
            #expect(try await hub.count("hub_session") == 0, "disabling deletes the sessions")
            try await client.execute(uri: "/api/v1/me", method: .get, headers: [.cookie: "playbook_session=\(renewed)"]) {
                #expect($0.status == .unauthorized, "a disabled user's session no longer opens anything")
            }
        }
    }

    @Test func passwordsAreStoredAsBcryptAtCost12() async throws {
        let store = try await HubTestEngine.sqlite.makeStore()
        _ = try await store.addUser(name: "zhou", role: .trainer, now: ProgressText.now)
        try await store.setPassword(SignInFixture.password, for: "zhou")
        let hash = try await store.database.read { sql in
            try await sql.select().column("password_hash").from("hub_user").first(decodingColumn: "password_hash", as: String.self)
        }
        #expect(hash?.hasPrefix("$2b$12$") == true, "\(hash ?? "nil")")
        #expect(hash?.contains(SignInFixture.password) == false)
        #expect(try await store.verifyPassword(SignInFixture.password, for: "zhou")?.name == "zhou")
        await store.close()
    }

    @Test func unknownNamesAreCheckedAgainstAStandInAtTheStoresCost() async {
        let first = await PasswordHashing.standIn(cost: 5)
        #expect(first.hasPrefix("$2b$05$"), "the same bcrypt work as a real password of that cost")
        #expect(await PasswordHashing.standIn(cost: 5) == first, "made once per cost")
        #expect(await PasswordHashing.verify(SignInFixture.password, hash: first) == false)
    }

    @Test func nextMustBeAPathOnThisSite() {
        for hostile in ["//evil.com", "//evil.com/dashboard", "https://evil.com/", "/\\evil.com", "\\\\evil.com", "javascript:alert(1)",
                        "evil.com", "", " /dashboard", "/dash\nboard", "http:/evil.com"] {
            #expect(SignInRedirect.target(hostile) == "/dashboard", "\(hostile)")
        }
        #expect(SignInRedirect.target(nil) == "/dashboard")
        for kept in ["/dashboard/learners/lin", "/dashboard?team=A&x=1", "/"] {
            #expect(SignInRedirect.target(kept) == kept)
        }
    }

    @Test(arguments: HubTestEngine.available)
    func anOpenRedirectIsRefusedOnSignIn(engine: HubTestEngine) async throws {
        let hub = try await SignInFixture.make(engine)
        try await hub.test { client in
            try await client.execute(uri: "/signin", method: .post, headers: Browser.headers(),
                                     body: Browser.form(Self.trainer + [("next", "//evil.com")])) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/dashboard")
            }
            try await client.execute(uri: "/signin?next=%2F%2Fevil.com", method: .get) { response in
                #expect(!Browser.body(response).contains("evil.com"), "the form does not carry it either")
            }
        }
    }

    @Test(arguments: HubTestEngine.available)
    func crossSiteFormsAndCookiePostsAreRefused(engine: HubTestEngine) async throws {
        let hub = try await SignInFixture.make(engine)
        try await hub.test { client in
            let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
            var evil = form
            evil[.origin] = "https://evil.com"
            var crossSite = form
            crossSite[.secFetchSite] = "cross-site"
            var ownOrigin = form
            ownOrigin[.origin] = "http://localhost"
            for headers in [form, evil, crossSite] {
                try await client.execute(uri: "/signin", method: .post, headers: headers, body: Browser.form(Self.trainer)) { response in
                    #expect(response.status == .forbidden)
                    #expect(Browser.sessionCookie(response) == nil)
                }
            }
            let cookie = try #require(try await client.execute(uri: "/signin", method: .post, headers: ownOrigin, body: Browser.form(Self.trainer)) {
                Browser.sessionCookie($0)?.value
            }, "an Origin equal to the Host is the same origin")

            let body = ByteBuffer(string: ProgressText.file([ProgressText.review("r1", card: "fund/1", rating: 3, at: ProgressText.start)]))
            try await client.execute(uri: "/api/v1/progress", method: .post, headers: Browser.headers(evil, cookie: cookie), body: body) {
                #expect($0.status == .forbidden, "a cookie POST from another site")
            }
            try await client.execute(uri: "/api/v1/progress", method: .post, headers: [.cookie: "playbook_session=\(cookie)"], body: body) {
                #expect($0.status == .forbidden, "a cookie POST that says nothing of its origin")
            }
            try await client.execute(uri: "/signout", method: .post, headers: Browser.headers(evil, cookie: cookie)) {
                #expect($0.status == .forbidden)
            }
            try await client.execute(uri: "/api/v1/progress", method: .post, headers: Browser.headers(cookie: cookie), body: body) {
                #expect($0.status == .ok, "the same POST from the hub's own page, still signed in")
            }
        }
    }

    @Test(arguments: HubTestEngine.available)
    func getNeverChangesState(engine: HubTestEngine) async throws {
        let hub = try await SignInFixture.make(engine)
        try await hub.test { client in
            let cookie = try #require(try await Browser.signIn(client, Self.trainer))
            _ = try await Browser.signIn(client, [("name", "zhou"), ("password", "wrong password here")])
            let before = [try await hub.count("hub_session"), try await hub.count("hub_auth_failure")]
            for uri in ["/signin", "/signin?name=zhou&password=wrong", "/signout", "/signin?token=\(hub.learnerToken)"] {
                try await client.execute(uri: uri, method: .get, headers: Browser.headers(cookie: cookie)) { response in
                    #expect(Browser.sessionCookie(response) == nil, "\(uri) sets no cookie")
                }
            }
            try await client.execute(uri: "/api/v1/me", method: .get, headers: [.cookie: "playbook_session=\(cookie)"]) { #expect($0.status == .ok) }
            let after = [try await hub.count("hub_session"), try await hub.count("hub_auth_failure")]
            #expect(before == after)
            #expect(before == [1, 2], "one session; one failure by name and one by address")
        }
    }

    @Test(arguments: [(PlaybookLocale.zhHans, "登录", "姓名"), (.en, "Sign in", "Access token"), (.zhHant, "登入", "存取權杖")])
    func theSignInPageIsLocalizedAndHasNoScriptOrInlineStyle(locale: PlaybookLocale, title: String, label: String) async throws {
        let hub = try await SignInFixture.make(.sqlite, signIn: SignInSettings(language: locale))
        try await hub.test { client in
            try await client.execute(uri: "/signin?next=/dashboard/x", method: .get) { response in
                let html = Browser.body(response)
                #expect(response.status == .ok)
                #expect(html.contains("<title>\(title)</title>") && html.contains(label), "\(html)")
                #expect(html.contains("lang=\"\(locale.rawValue)\""))
                #expect(html.contains("href=\"/dashboard/hub.css\""))
                #expect(html.contains("name=\"next\" value=\"/dashboard/x\""))
                #expect(!html.contains("<script") && !html.contains("style="))
                #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
                #expect(response.headers[.cacheControl] == "no-store")
            }
        }
    }
}
