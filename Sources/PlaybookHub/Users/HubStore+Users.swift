import SQLKit

extension HubStore {
    /// The shortest password a trainer may set.
    public static let minimumPasswordLength = 12

    /// Adds a user and issues their first token, which is returned once and stored only as a hash.
    public func addUser(name: String, role: HubRole, team: String? = nil, now: Int64) async throws(HubStoreError)
        -> (user: HubUser, token: AccessToken) {
        guard HubUser.isValidName(name) else { throw .invalidUserName(name) }
        let token = AccessToken.generate()
        let team = team.flatMap { $0.isEmpty ? nil : $0 }
        let user: HubUser? = try await transaction { sql in
            let row = try await sql.insert(into: "hub_user")
                .columns("name", "role", "team", "created_at")
                .values(SQLBind(name), SQLBind(role.rawValue), SQLBind(team), SQLBind(now))
                .ignoringConflicts(with: "name")
                .returning("id")
                .first()
            guard let id = try row?.decode(column: "id", as: Int64.self) else { return nil }
            try await Self.insertToken(token, user: id, now: now, in: sql)
            return HubUser(id: id, name: name, role: role, team: team, createdAt: now, disabledAt: nil)
        }
        guard let user else { throw .userExists(name) }
        return (user, token)
    }

    /// Every user, by name.
    public func users() async throws(HubStoreError) -> [HubUser] {
        try await read { sql in
            try await sql.select().columns(Self.userColumns).from("hub_user").orderBy("name").all().map(Self.user)
        }
    }

    /// The user called `name`, if any.
    public func user(named name: String) async throws(HubStoreError) -> HubUser? {
        try await read { sql in try await Self.user(named: name, in: sql) }
    }

    /// Disables a user: their tokens and password stop working, their sign-in sessions end;
    /// their events are kept. Disabling a disabled user keeps the first date.
    public func disableUser(_ name: String, now: Int64) async throws(HubStoreError) -> HubUser {
        let user: HubUser? = try await transaction { sql in
            try await sql.update("hub_user").set("disabled_at", to: SQLBind(now))
                .where("name", .equal, SQLBind(name)).where("disabled_at", .is, SQLLiteral.null).run()
            guard let user = try await Self.user(named: name, in: sql) else { return nil }
            try await sql.delete(from: "hub_session").where("user_id", .equal, SQLBind(user.id)).run()
            return user
        }
        guard let user else { throw .unknownUser(name) }
        return user
    }

    /// Issues a new token for `name` and revokes every earlier one.
    public func issueToken(for name: String, now: Int64) async throws(HubStoreError) -> AccessToken {
        let token = AccessToken.generate()
        let issued: Bool = try await transaction { sql in
            guard let user = try await Self.user(named: name, in: sql) else { return false }
            try await Self.revokeTokens(of: user.id, now: now, in: sql)
            try await Self.insertToken(token, user: user.id, now: now, in: sql)
            return true
        }
        guard issued else { throw .unknownUser(name) }
        return token
    }

    /// Revokes every token of `name`.
    public func revokeTokens(of name: String, now: Int64) async throws(HubStoreError) {
        let found: Bool = try await transaction { sql in
            guard let user = try await Self.user(named: name, in: sql) else { return false }
            try await Self.revokeTokens(of: user.id, now: now, in: sql)
            return true
        }
        guard found else { throw .unknownUser(name) }
    }

    /// The user a presented token belongs to, or nil when the token is malformed, unknown,
    /// revoked, or its user disabled.
    public func verify(token text: String) async throws(HubStoreError) -> HubUser? {
        guard case .valid(let user) = try await check(token: text) else { return nil }
        return user
    }

    /// What a presented token is: a live user's, a disabled user's (the secret matched), or nothing.
    public func check(token text: String) async throws(HubStoreError) -> TokenCheck {
        guard let token = AccessToken(text) else { return .invalid }
        let row = try await read { sql in
            try await sql.select().columns(Self.userColumns.map { SQLColumn($0, table: "hub_user") as any SQLExpression })
                .column(SQLColumn("secret_hash", table: "hub_token"))
                .from("hub_token").join("hub_user", on: SQLColumn("user_id", table: "hub_token"), .equal, SQLColumn("id", table: "hub_user"))
                .where(SQLColumn("selector", table: "hub_token"), .equal, SQLBind(token.selector))
                .where(SQLColumn("revoked_at", table: "hub_token"), .is, SQLLiteral.null)
                .first()
                .map { row in (user: try Self.user(row), hash: try row.decode(column: "secret_hash", as: String.self)) }
        }
        guard let row, token.matches(storedHash: row.hash) else { return .invalid }
        return row.user.isDisabled ? .disabled(row.user) : .valid(row.user)
    }

    /// Sets a trainer's password (bcrypt at `passwordCost`) and ends their sign-in sessions.
    public func setPassword(_ password: String, for name: String) async throws(HubStoreError) {
        guard password.count >= Self.minimumPasswordLength else { throw .weakPassword(minimumLength: Self.minimumPasswordLength) }
        guard let user = try await user(named: name) else { throw .unknownUser(name) }
        guard user.role == .trainer else { throw .passwordForLearner(name) }
        let hash = await PasswordHashing.hash(password, cost: passwordCost)
        try await transaction { sql in
            try await sql.update("hub_user").set("password_hash", to: SQLBind(hash)).where("id", .equal, SQLBind(user.id)).run()
            try await sql.delete(from: "hub_session").where("user_id", .equal, SQLBind(user.id)).run()
        }
    }

    /// The trainer `name` when `password` is theirs and they are not disabled; nil otherwise,
    /// after the same bcrypt work whether or not the name exists.
    public func verifyPassword(_ password: String, for name: String) async throws(HubStoreError) -> HubUser? {
        let row = try await read { sql in
            try await sql.select().columns(Self.userColumns).column("password_hash").from("hub_user")
                .where("name", .equal, SQLBind(name)).first()
                .map { row in (user: try Self.user(row), hash: try row.decode(column: "password_hash", as: String?.self)) }
        }
        // A name without a password is checked against a stand-in hash, so the answer takes as
        // long as a wrong password's and does not tell which names exist.
        let hash: String
        if let stored = row?.hash { hash = stored } else { hash = await PasswordHashing.standIn(cost: passwordCost) }
        let matches = await PasswordHashing.verify(password, hash: hash)
        guard let row, row.hash != nil, matches, row.user.role == .trainer, !row.user.isDisabled else { return nil }
        return row.user
    }

    static let userColumns = ["id", "name", "role", "team", "created_at", "disabled_at"]

    static func user(_ row: any SQLRow) throws -> HubUser {
        HubUser(id: try row.decode(column: "id", as: Int64.self), name: try row.decode(column: "name", as: String.self),
                role: HubRole(rawValue: try row.decode(column: "role", as: String.self)) ?? .learner,
                team: try row.decode(column: "team", as: String?.self),
                createdAt: try row.decode(column: "created_at", as: Int64.self),
                disabledAt: try row.decode(column: "disabled_at", as: Int64?.self))
    }

    static func user(named name: String, in sql: any SQLDatabase) async throws -> HubUser? {
        try await sql.select().columns(userColumns).from("hub_user").where("name", .equal, SQLBind(name)).first().map(user)
    }

    /// The user named `name`, with their row locked until the transaction ends (`FOR UPDATE` on
    /// PostgreSQL; SQLite's write transactions are already one at a time). Two ingests for one
    /// learner then replay their cards one after the other, each seeing the other's reviews.
    static func lockedUser(named name: String, in sql: any SQLDatabase) async throws -> HubUser? {
        try await sql.select().columns(userColumns).from("hub_user").where("name", .equal, SQLBind(name))
            .for(.update).first().map(user)
    }

    private static func insertToken(_ token: AccessToken, user: Int64, now: Int64, in sql: any SQLDatabase) async throws {
        try await sql.insert(into: "hub_token")
            .columns("user_id", "selector", "secret_hash", "created_at")
            .values(SQLBind(user), SQLBind(token.selector), SQLBind(token.secretHash), SQLBind(now))
            .run()
    }

    private static func revokeTokens(of user: Int64, now: Int64, in sql: any SQLDatabase) async throws {
        try await sql.update("hub_token").set("revoked_at", to: SQLBind(now))
            .where("user_id", .equal, SQLBind(user)).where("revoked_at", .is, SQLLiteral.null).run()
    }
}
