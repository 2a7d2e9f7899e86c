import Foundation
@testable import PlaybookHub
import SQLKit
import Testing

@Suite struct HubDatabaseTests {
    @Test(.enabled(if: HubTestEngine.postgresURL != nil, Comment(rawValue: HubTestEngine.postgresMissing)))
    func postgresIsReachableForTheStoreTests() async throws {
        let store = try await HubTestEngine.postgres.makeStore()
        #expect(store.database.engine == "PostgreSQL")
        await store.close()
    }

    @Test(arguments: HubTestEngine.available)
    func migrationsRunOnceAndRefuseANewerSchema(engine: HubTestEngine) async throws {
        let database = try await engine.makeDatabase()
        let store = try await HubStore.open(database, scheduler: HubTestEngine.scheduler)
        _ = try await store.addUser(name: "kept", role: .learner, now: 1)
        // Opening again applies nothing twice and keeps the data.
        let again = try await HubStore.open(database, scheduler: HubTestEngine.scheduler)
        #expect(try await again.users().map(\.name) == ["kept"])
        let versions = try await database.read { sql in
            try await sql.select().column("version").from("hub_migration").all(decodingColumn: "version", as: Int64.self)
        }
        #expect(versions == HubMigrations.all.map(\.version))
        try await database.transaction { sql in
            try await sql.insert(into: "hub_migration").columns("version", "name", "applied_at")
                .values(SQLBind(Int64(999)), SQLBind("from the future"), SQLBind(Int64(1))).run()
        }
        await #expect(throws: HubStoreError.newerSchema(version: 999, known: HubMigrations.all.map(\.version).max()!)) {
            try await HubStore.open(database, scheduler: HubTestEngine.scheduler)
        }
        await database.close()
    }

    /// Migration 3: the team's and a learner's retention read only this index (docs/performance.md).
    @Test(arguments: HubTestEngine.available)
    func theRetentionIndexExistsWithItsColumnsInOrder(engine: HubTestEngine) async throws {
        let database = try await engine.makeDatabase()
        _ = try await HubStore.open(database, scheduler: HubTestEngine.scheduler)
        let definition = try await database.read { sql -> String? in
            if sql.dialect.name == "postgresql" {
                return try await sql.raw("SELECT indexdef AS text FROM pg_indexes WHERE indexname = 'hub_review_retention'")
                    .first(decodingColumn: "text", as: String.self)
            }
            return try await sql.raw("SELECT sql AS text FROM sqlite_master WHERE type = 'index' AND name = 'hub_review_retention'")
                .first(decodingColumn: "text", as: String.self)
        }
        let columns = try #require(definition).replacingOccurrences(of: "\"", with: "")
        #expect(columns.contains("hub_review"))
        #expect(columns.contains("(user_id, state_before, reviewed_at, rating)"))
        await database.close()
    }

    @Test func sqliteStoreKeepsItsDataAcrossOpenings() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hub-reopen-\(UUID().uuidString)").path
        let first = try await HubStore.openSQLite(folder: folder, scheduler: HubTestEngine.scheduler)
        let (_, token) = try await first.addUser(name: "ann", role: .learner, now: 1)
        await first.close()
        let second = try await HubStore.openSQLite(folder: folder, scheduler: HubTestEngine.scheduler)
        #expect(try await second.verify(token: token.description)?.name == "ann")
        await second.close()
        #expect(FileManager.default.fileExists(atPath: folder + "/hub.sqlite"))
    }

    @Test func postgresURLsAreReadLikeLibpq() throws {
        let plain = try PostgresURL("postgres://hub:s%40cret@db.bank.internal:6543/playbook?sslmode=disable")
        #expect(plain.configuration.host == "db.bank.internal")
        #expect(plain.configuration.port == 6543)
        #expect(plain.configuration.username == "hub")
        #expect(plain.configuration.password == "s@cret")
        #expect(plain.configuration.database == "playbook")
        #expect(!plain.redacted.contains("cret"))
        let socket = try PostgresURL("postgresql://hub@/playbook?host=/run/postgresql")
        #expect(socket.configuration.unixSocketPath == "/run/postgresql/.s.PGSQL.5432")
        #expect(throws: HubStoreError.self) { try PostgresURL("mysql://x@y/z") }
        #expect(throws: HubStoreError.self) { try PostgresURL("postgres://x@y/z?sslmode=sometimes") }
    }

    @Test func anUnreachablePostgresIsReportedNotAwaitedForever() async throws {
        // A port on loopback nobody listens on (bound and closed at once).
        await #expect(throws: HubStoreError.self) {
            try await PostgresHubDatabase.open(url: "postgres://nobody@127.0.0.1:1/none?sslmode=disable", timeout: .seconds(3))
        }
    }
}
