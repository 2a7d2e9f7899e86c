import SQLKit

extension HubStore {
    /// Opens a session for `user` that ends at `expiresAt`; the returned id is the only copy
    /// (the store keeps its hash). Sessions that have already ended are deleted on the way.
    public func createSession(for user: HubUser, now: Int64, expiresAt: Int64) async throws(HubStoreError) -> SessionToken {
        let token = SessionToken.generate()
        try await transaction { sql in
            try await sql.delete(from: "hub_session").where("expires_at", .lessThanOrEqual, SQLBind(now)).run()
            try await sql.insert(into: "hub_session")
                .columns("id_hash", "user_id", "created_at", "expires_at")
                .values(SQLBind(token.hash), SQLBind(user.id), SQLBind(now), SQLBind(expiresAt))
                .run()
        }
        return token
    }

    /// The user of a live session: the id is known, has not expired at `now`, and its user is
    /// not disabled. Reading never changes the session.
    public func sessionUser(_ text: String, now: Int64) async throws(HubStoreError) -> HubUser? {
        guard let token = SessionToken(text) else { return nil }
        let user = try await read { sql in
            try await sql.select().columns(Self.userColumns.map { SQLColumn($0, table: "hub_user") as any SQLExpression })
                .from("hub_session").join("hub_user", on: SQLColumn("user_id", table: "hub_session"), .equal, SQLColumn("id", table: "hub_user"))
                .where(SQLColumn("id_hash", table: "hub_session"), .equal, SQLBind(token.hash))
                .where(SQLColumn("expires_at", table: "hub_session"), .greaterThan, SQLBind(now))
                .first()
                .map(Self.user)
        }
        guard let user, !user.isDisabled else { return nil }
        return user
    }

    /// Ends a session (signing out); an unknown id is ignored.
    public func deleteSession(_ text: String) async throws(HubStoreError) {
        guard let token = SessionToken(text) else { return }
        try await transaction { sql in
            try await sql.delete(from: "hub_session").where("id_hash", .equal, SQLBind(token.hash)).run()
        }
    }

    /// The schema of sessions and failed sign-ins (migration 2): shared by every hub on the database.
    static func createSignInTables(_ sql: any SQLDatabase) async throws {
        try await sql.create(table: "hub_session")
            .column("id_hash", type: .text, .primaryKey(autoIncrement: false))
            .column("user_id", type: .bigint, .notNull, .references("hub_user", "id"))
            .column("created_at", type: .bigint, .notNull)
            .column("expires_at", type: .bigint, .notNull)
            .run()
        try await sql.create(index: "hub_session_expiry").on("hub_session").column("expires_at").run()
        // One row per failed sign-in or refused token, under a scope such as `name:lin` or `address:10.0.0.7`.
        try await sql.create(table: "hub_auth_failure")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("scope", type: .text, .notNull)
            .column("failed_at", type: .bigint, .notNull)
            .run()
        try await sql.create(index: "hub_auth_failure_scope").on("hub_auth_failure").column("scope").column("failed_at").run()
    }
}
