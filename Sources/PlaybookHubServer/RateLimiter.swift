import PlaybookHub

/// Failed attempts counted in the store (so every hub on one database shares them), under
/// scopes such as `signin-name:lin` or `token-address:10.0.0.7`.
struct RateLimiter: Sendable {
    let store: HubStore
    let policy: RateLimitPolicy

    /// Seconds until `scopes` may try again (the longest wait among them); nil when they may now.
    func retryAfter(_ scopes: [String], now: Int64) async throws(HubStoreError) -> Int64? {
        var longest: Int64?
        for scope in scopes {
            let times = try await store.authFailures(scope: scope, since: now - policy.window + 1)
            if let wait = policy.retryAfter(failureTimes: times, now: now) { longest = max(longest ?? 0, wait) }
        }
        return longest
    }

    /// Counts one failure under each of `scopes`.
    func recordFailure(_ scopes: [String], now: Int64) async throws(HubStoreError) {
        try await store.recordAuthFailure(scopes: scopes, now: now, forgetBefore: now - policy.window)
    }

    static func nameScope(_ name: String) -> String { "signin-name:" + name.lowercased() }
    static func signInAddressScope(_ address: String) -> String { "signin-address:" + address }
    static func tokenAddressScope(_ address: String) -> String { "token-address:" + address }
}
