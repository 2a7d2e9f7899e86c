import Foundation
import Hummingbird
import HummingbirdTesting
import PlaybookCore
@testable import PlaybookHub
@testable import PlaybookHubServer
import Testing

/// Failed sign-ins per name and per client address, and refused tokens per address, answered 429
/// with `Retry-After` until the window has passed; counted in the store, on each engine.
@Suite struct HubRateLimitTests {
    static let trainer = [("name", "zhou"), ("password", SignInFixture.password)]
    static let proxied = SignInSettings(trustForwardedFor: true, language: .en)

    @Test func thePolicyWaitsForTheOldestCountedFailureToAgeOut() {
        let policy = RateLimitPolicy(failures: 3, window: 100)
        #expect(policy.retryAfter(failureTimes: [10, 20], now: 30) == nil)
        #expect(policy.retryAfter(failureTimes: [10, 20, 30], now: 30) == 80, "until 10 + 100")
        #expect(policy.retryAfter(failureTimes: [10, 20, 30, 40], now: 40) == 80, "until 20 + 100: then only 2 remain")
        #expect(policy.retryAfter(failureTimes: [10, 20, 30], now: 110) == nil, "the failure at 10 has aged out")
    }

    @Test(arguments: HubTestEngine.available)
    func failedSignInsByNameAre429UntilTheWindowHasPassed(engine: HubTestEngine) async throws {
        let hub = try await SignInFixture.make(engine, signIn: Self.proxied)
        try await hub.test { client in
            for attempt in 1...5 {
                let address = "10.0.0.\(attempt)"
                try await client.execute(uri: "/signin", method: .post, headers: Browser.headers(address: address),
                                         body: Browser.form([("name", "zhou"), ("password", "not the password \(attempt)")])) { response in
                    #expect(response.status == (attempt < 5 ? .unauthorized : .tooManyRequests), "attempt \(attempt)")
                }
                hub.clock.advance(10)
            }
            // The right password from a new address: the name is locked for 15 minutes from the first failure.
            try await client.execute(uri: "/signin", method: .post, headers: Browser.headers(address: "10.0.0.9"),
                                     body: Browser.form(Self.trainer)) { response in
                #expect(response.status == .tooManyRequests)
                #expect(response.headers[.retryAfter] == "850", "900 s after the first failure, 50 s ago")
                #expect(Browser.body(response).contains("Try again in 15 minutes"))
                #expect(Browser.sessionCookie(response) == nil)
            }
            hub.clock.advance(849)
            #expect(try await Browser.signIn(client, Self.trainer, address: "10.0.0.9") == nil, "one second early")
            hub.clock.advance(1)
            #expect(try await Browser.signIn(client, Self.trainer, address: "10.0.0.9") != nil, "allowed again")
        }
    }

    @Test(arguments: HubTestEngine.available)
    func failedSignInsByAddressLockThatAddressOnly(engine: HubTestEngine) async throws {
        let hub = try await SignInFixture.make(engine, signIn: Self.proxied)
        try await hub.test { client in
            for name in ["a", "b", "c", "d", "e"] {
                _ = try await Browser.signIn(client, [("name", name), ("password", "guessing passwords")], address: "192.0.2.7")
            }
            try await client.execute(uri: "/signin", method: .post, headers: Browser.headers(address: "192.0.2.7"),
                                     body: Browser.form([("token", hub.learnerToken)])) { response in
                #expect(response.status == .tooManyRequests, "the address is locked, whatever it sends")
                #expect(response.headers[.retryAfter] == "900")
            }
            #expect(try await Browser.signIn(client, Self.trainer, address: "192.0.2.8") != nil, "other addresses are not")
            #expect(try await hub.count("hub_auth_failure") == 10, "each failure under its name and its address")
        }
    }

    @Test(arguments: HubTestEngine.available)
    func aSuccessfulSignInClearsTheNamesCount(engine: HubTestEngine) async throws {
        let hub = try await SignInFixture.make(engine, signIn: Self.proxied)
        try await hub.test { client in
            for attempt in 1...4 {
                _ = try await Browser.signIn(client, [("name", "zhou"), ("password", "mistyped it")], address: "10.1.0.\(attempt)")
            }
            #expect(try await Browser.signIn(client, Self.trainer, address: "10.1.0.9") != nil)
            for attempt in 1...4 {
                _ = try await Browser.signIn(client, [("name", "zhou"), ("password", "mistyped it")], address: "10.2.0.\(attempt)")
            }
            #expect(try await Browser.signIn(client, Self.trainer, address: "10.2.0.9") != nil, "four more failures are not five")
        }
    }

    @Test(arguments: HubTestEngine.available)
    func refusedTokensPerAddressAre429ThenAllowedAgain(engine: HubTestEngine) async throws {
        let settings = SignInSettings(trustForwardedFor: true, language: .en, tokenLimit: RateLimitPolicy(failures: 3, window: 60))
        let hub = try await SignInFixture.make(engine, signIn: settings)
        try await hub.test { client in
            let guess: HTTPFields = [.authorization: "Bearer 0123456789abcdef.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                                     .xForwardedFor: "203.0.113.5"]
            let valid: HTTPFields = [.authorization: "Bearer \(hub.learnerToken)", .xForwardedFor: "203.0.113.5"]
            for _ in 1...3 {
                try await client.execute(uri: "/api/v1/me", method: .get, headers: guess) { #expect($0.status == .unauthorized) }
            }
            try await client.execute(uri: "/api/v1/me", method: .get, headers: valid) { response in
                #expect(response.status == .tooManyRequests)
                #expect(response.headers[.retryAfter] == "60")
                #expect((try? JSONSerialization.jsonObject(with: Data(buffer: response.body))) as? [String: String] != nil, "JSON, as the API answers")
            }
            var other = valid
            other[.xForwardedFor] = "203.0.113.6"
            try await client.execute(uri: "/api/v1/me", method: .get, headers: other) { #expect($0.status == .ok) }
            hub.clock.advance(60)
            try await client.execute(uri: "/api/v1/me", method: .get, headers: valid) { #expect($0.status == .ok, "after the window") }
            // Requests without a token are not guesses.
            for _ in 1...5 {
                try await client.execute(uri: "/api/v1/me", method: .get, headers: [.xForwardedFor: "203.0.113.7"]) { #expect($0.status == .unauthorized) }
            }
            try await client.execute(uri: "/api/v1/me", method: .get, headers: [.authorization: "Bearer \(hub.learnerToken)", .xForwardedFor: "203.0.113.7"]) {
                #expect($0.status == .ok)
            }
        }
    }

    @Test(arguments: HubTestEngine.available)
    func failuresAreSharedThroughTheStore(engine: HubTestEngine) async throws {
        let hub = try await SignInFixture.make(engine, signIn: Self.proxied)
        // A second hub process on the same database: it sees the first one's failures.
        let twin = HubServer(store: hub.server.store, site: [:], settings: HubServerSettings(signIn: Self.proxied), clock: { hub.clock.now })
        for attempt in 1...5 {
            try await hub.server.store.recordAuthFailure(scopes: [RateLimiter.nameScope("zhou")], now: hub.clock.now - Int64(attempt),
                                                         forgetBefore: hub.clock.now - 900)
        }
        let app = Application(router: twin.makeRouter())
        try await app.test(.router) { client in
            let session = try await Browser.signIn(client, Self.trainer, address: "10.9.9.9")
            #expect(session == nil, "the name's five failures, written by the other hub, lock it here")
        }
        await hub.server.store.close()
    }
}
