import Foundation
import PlaybookHub
import SQLKit

/// Where a hub under test keeps its data: a fresh SQLite folder, or a fresh database on the
/// PostgreSQL cluster named by `PLAYBOOK_TEST_POSTGRES_URL` (scripts/test.sh starts one).
/// The tests start `playbook hub …` on it and read what it stored directly with SQL.
struct HubTestStore: Sendable, CustomStringConvertible {
    enum Engine: String, Sendable, CustomStringConvertible {
        case sqlite, postgres
        var description: String { rawValue }

        /// SQLite always; PostgreSQL when the environment names a cluster.
        static var available: [Engine] { HubTestStore.postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }
    }

    static var postgresURL: String? {
        ProcessInfo.processInfo.environment["PLAYBOOK_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    static let postgresMissing = "PLAYBOOK_TEST_POSTGRES_URL is not set: run scripts/postgres-test-cluster.sh start DIR and export the URL it prints"

    enum Location: Sendable {
        case folder(String)
        case url(String)
    }

    let location: Location

    var description: String {
        switch location {
        case .folder(let folder): "SQLite in \(folder)"
        case .url(let url): "PostgreSQL at \(url)"
        }
    }

    /// The `hub` options that open this store.
    var arguments: [String] {
        switch location {
        case .folder(let folder): ["--data", folder]
        case .url(let url): ["--database", url]
        }
    }

    /// A new, empty store on `engine`.
    static func fresh(_ engine: Engine) async throws -> HubTestStore {
        switch engine {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hub-reliability-\(UUID().uuidString)").path
            return HubTestStore(location: .folder(folder))
        case .postgres:
            guard let cluster = postgresURL else { throw HubTestFailure(postgresMissing) }
            return try await freshDatabase(on: cluster)
        }
    }

    /// A new database on the PostgreSQL server at `cluster` (any database URL on it).
    static func freshDatabase(on cluster: String) async throws -> HubTestStore {
        let name = "hub_rely_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(20)
        let admin = try await PostgresHubDatabase.open(url: cluster)
        do {
            try await admin.read { sql in try await sql.raw("CREATE DATABASE \(ident: name)").run() }
        } catch {
            await admin.close()
            throw error
        }
        await admin.close()
        guard var components = URLComponents(string: cluster) else { throw HubTestFailure("not a URL: \(cluster)") }
        components.path = "/" + name
        return HubTestStore(location: .url(components.string!))
    }

    /// Removes the SQLite folder (a PostgreSQL database is left to its throwaway cluster).
    func remove() {
        if case .folder(let folder) = location { try? FileManager.default.removeItem(atPath: folder) }
    }

    /// `playbook hub user add NAME --role ROLE` on this store; the token it prints.
    func addUser(_ name: String, role: String = "learner", team: String? = nil) throws -> String {
        let team = team.map { ["--team", $0] } ?? []
        let added = try CLIRunner.run(["hub", "user", "add", name, "--role", role] + team + arguments, timeout: 60)
        guard added.status == 0, let token = added.stdout.split(separator: "\n").last.map(String.init), !token.isEmpty else {
            throw HubTestFailure("hub user add \(name) failed (\(added.status)): \(added.stderr)")
        }
        return token
    }

    /// What the store holds, read with SQL (not through the hub): each learner's review IDs, and
    /// the number of review rows (equal to the IDs' count when nothing is stored twice).
    struct Contents: Sendable {
        var reviewIDs: [String: Set<String>] = [:]
        var rows = 0

        func ids(of learner: String) -> Set<String> { reviewIDs[learner] ?? [] }
        var distinctIDs: Int { reviewIDs.values.reduce(0) { $0 + $1.count } }
    }

    /// Reads the store's reviews directly. Call it while no hub writes (or accept a snapshot).
    func contents() async throws -> Contents {
        let database: any HubDatabase
        switch location {
        case .folder(let folder): database = try await SQLiteHubDatabase.open(folder: folder)
        case .url(let url): database = try await PostgresHubDatabase.open(url: url)
        }
        do {
            let rows = try await database.read { sql in
                try await sql.raw("SELECT u.name AS name, r.uid AS uid FROM hub_review r JOIN hub_user u ON u.id = r.user_id").all()
            }
            await database.close()
            var contents = Contents(rows: rows.count)
            for row in rows {
                let name = try row.decode(column: "name", as: String.self)
                contents.reviewIDs[name, default: []].insert(try row.decode(column: "uid", as: String.self))
            }
            return contents
        } catch {
            await database.close()
            throw error
        }
    }
}
