import SQLKit

/// One step of the hub's schema, applied once per database and recorded in `hub_migration`.
struct HubMigration: Sendable {
    var version: Int64
    var name: String
    var apply: @Sendable (any SQLDatabase) async throws -> Void
}

/// The hub's schema, written once with SQLKit's builders (each engine's dialect spells the types,
/// auto-increment keys and conflict clauses its own way), and the runner that brings a database up to date.
enum HubMigrations {
    /// Every migration, oldest first. Append new ones; never edit an applied one.
    static let all: [HubMigration] = [
        HubMigration(version: 1, name: "users, tokens, reviews, exams, card states", apply: createTables),
        HubMigration(version: 2, name: "sign-in sessions and failed sign-ins", apply: HubStore.createSignInTables),
        HubMigration(version: 3, name: "covering index for the team's retention", apply: createRetentionIndex),
    ]

    /// The advisory lock that serialises creating `hub_migration` ("playbook" in ASCII).
    static let postgresLockKey: Int64 = 0x706C_6179_626F_6F6B

    /// A double-precision column in both engines (SQLKit's `.real` is single precision in PostgreSQL).
    static let double = SQLDataType.custom(SQLRaw("DOUBLE PRECISION"))

    /// Applies the migrations the database lacks, each in its own transaction. Safe when several
    /// hubs start at once on one PostgreSQL: a version is claimed by inserting its row first, so
    /// the second hub waits for the first one's commit and then skips it.
    static func migrate(_ database: any HubDatabase) async throws {
        try await database.transaction { sql in
            // On an empty PostgreSQL database, two `CREATE TABLE IF NOT EXISTS` at once collide in
            // the catalog (a unique violation in pg_type): the first creator holds this lock until it commits.
            if sql.dialect.name == "postgresql" {
                try await sql.raw("SELECT pg_advisory_xact_lock(\(bind: Self.postgresLockKey))").run()
            }
            try await sql.create(table: "hub_migration").ifNotExists()
                .column("version", type: .bigint, .primaryKey(autoIncrement: false))
                .column("name", type: .text, .notNull)
                .column("applied_at", type: .bigint, .notNull)
                .run()
        }
        let applied = try await database.read { sql in
            try await sql.select().column("version").from("hub_migration").all(decodingColumn: "version", as: Int64.self)
        }
        let known = all.map(\.version).max() ?? 0
        if let newest = applied.max(), newest > known { throw HubStoreError.newerSchema(version: newest, known: known) }
        for migration in all where !applied.contains(migration.version) {
            try await database.transaction { sql in
                let claimed = try await sql.insert(into: "hub_migration")
                    .columns("version", "name", "applied_at")
                    .values(SQLBind(migration.version), SQLBind(migration.name), SQLBind(UnixTime.now()))
                    .ignoringConflicts(with: "version")
                    .returning("version")
                    .first()
                if claimed != nil { try await migration.apply(sql) }
            }
        }
    }

    private static func createTables(_ sql: any SQLDatabase) async throws {
        try await sql.create(table: "hub_user")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("name", type: .text, .notNull, .unique)
            .column("role", type: .text, .notNull)
            .column("team", type: .text)
            .column("created_at", type: .bigint, .notNull)
            .column("disabled_at", type: .bigint)
            .column("password_hash", type: .text)
            .run()
        // A token is `SELECTOR.SECRET`: found by its selector, checked by the SHA-256 of its secret.
        try await sql.create(table: "hub_token")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("user_id", type: .bigint, .notNull, .references("hub_user", "id"))
            .column("selector", type: .text, .notNull, .unique)
            .column("secret_hash", type: .text, .notNull)
            .column("created_at", type: .bigint, .notNull)
            .column("revoked_at", type: .bigint)
            .run()
        // One row per review line, as the progress format has it (times in Unix seconds);
        // `state_before` is filled in by the replay, for retention.
        try await sql.create(table: "hub_review")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("user_id", type: .bigint, .notNull, .references("hub_user", "id"))
            .column("uid", type: .text, .notNull)
            .column("card", type: .text, .notNull)
            .column("content_hash", type: .text, .notNull)
            .column("rating", type: .bigint, .notNull)
            .column("reviewed_at", type: .bigint, .notNull)
            .column("mode", type: .text, .notNull)
            .column("score", type: .bigint)
            .column("answer", type: .text)
            .column("state_before", type: .bigint, .notNull, .default(0))
            .column("received_at", type: .bigint, .notNull)
            .unique("user_id", "uid")
            .run()
        try await sql.create(index: "hub_review_card").on("hub_review").column("user_id").column("card").column("reviewed_at").run()
        try await sql.create(index: "hub_review_time").on("hub_review").column("user_id").column("reviewed_at").run()
        try await sql.create(table: "hub_exam")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("user_id", type: .bigint, .notNull, .references("hub_user", "id"))
            .column("uid", type: .text, .notNull)
            .column("started_at", type: .bigint, .notNull)
            .column("finished_at", type: .bigint, .notNull)
            .column("pass", type: double, .notNull)
            .column("score", type: double, .notNull)
            .column("passed", type: .bigint, .notNull)
            .column("received_at", type: .bigint, .notNull)
            .unique("user_id", "uid")
            .run()
        try await sql.create(table: "hub_exam_card")
            .column("exam_id", type: .bigint, .notNull, .references("hub_exam", "id"))
            .column("position", type: .bigint, .notNull)
            .column("card", type: .text, .notNull)
            .column("score", type: double, .notNull)
            .primaryKey("exam_id", "position")
            .run()
        // Each learner's FSRS state per card: the replay of the card's reviews, kept current by ingest.
        try await sql.create(table: "hub_card")
            .column("user_id", type: .bigint, .notNull, .references("hub_user", "id"))
            .column("card", type: .text, .notNull)
            .column("content_hash", type: .text, .notNull)
            .column("state", type: .bigint, .notNull)
            .column("step", type: .bigint)
            .column("stability", type: double)
            .column("difficulty", type: double)
            .column("due", type: .bigint, .notNull)
            .column("last_review", type: .bigint)
            .column("reps", type: .bigint, .notNull)
            .column("lapses", type: .bigint, .notNull)
            .column("failures", type: .bigint, .notNull)
            .primaryKey("user_id", "card")
            .run()
    }

    /// Retention counts reviews with `state_before = review` in a time range, per learner and
    /// rating: the team summary for everyone over 30 days, a learner's page per week. This index
    /// holds every column they read, so neither reads a table row; learner first, so one learner's
    /// page reads only their range. SQLite at 1,000,000 reviews over 60 days (`Benchmarks/hub/fill.py`):
    /// the team's query 0.79 s → 0.30–0.36 s (a scan of the index), one learner's 1 ms.
    private static func createRetentionIndex(_ sql: any SQLDatabase) async throws {
        try await sql.create(index: "hub_review_retention").on("hub_review")
            .column("user_id").column("state_before").column("reviewed_at").column("rating").run()
    }
}
