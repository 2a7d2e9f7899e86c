import SQLKit

extension HubStore {
    /// Records one failed sign-in (or refused token) under each of `scopes` at `now`, and forgets
    /// failures of those scopes older than `forgetBefore`.
    public func recordAuthFailure(scopes: [String], now: Int64, forgetBefore: Int64) async throws(HubStoreError) {
        guard !scopes.isEmpty else { return }
        try await transaction { sql in
            try await sql.delete(from: "hub_auth_failure").where(SQLIdentifier("scope"), .in, SQLBind.group(scopes))
                .where("failed_at", .lessThan, SQLBind(forgetBefore)).run()
            let insert = sql.insert(into: "hub_auth_failure").columns("scope", "failed_at")
            for scope in scopes { insert.values(SQLBind(scope), SQLBind(now)) }
            try await insert.run()
        }
    }

    /// The times of the failures recorded under `scope` since `since` (inclusive), oldest first.
    public func authFailures(scope: String, since: Int64) async throws(HubStoreError) -> [Int64] {
        try await read { sql in
            try await sql.select().column("failed_at").from("hub_auth_failure")
                .where("scope", .equal, SQLBind(scope)).where("failed_at", .greaterThanOrEqual, SQLBind(since))
                .orderBy("failed_at").all(decodingColumn: "failed_at", as: Int64.self)
        }
    }

    /// Forgets every failure under `scope` (after a successful sign-in with that name).
    public func clearAuthFailures(scope: String) async throws(HubStoreError) {
        try await transaction { sql in
            try await sql.delete(from: "hub_auth_failure").where("scope", .equal, SQLBind(scope)).run()
        }
    }
}
