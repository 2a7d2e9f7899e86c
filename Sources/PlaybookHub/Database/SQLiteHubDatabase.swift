import Foundation
import SQLKit
import SQLiteKit

/// The embedded engine: one SQLite file in the hub's data folder, nothing to install.
/// One connection, used by one unit of work at a time; the file is in WAL mode so a reader in
/// another process (a backup, `sqlite3`) does not block the hub.
public final class SQLiteHubDatabase: HubDatabase {
    public let engine = "SQLite"
    /// The database file.
    public let path: String
    private let connection: SQLiteConnection
    private let gate = SerialGate()

    private init(path: String, connection: SQLiteConnection) {
        self.path = path
        self.connection = connection
    }

    /// Opens (creating when missing) the database file `hub.sqlite` in `folder`, creating the folder too.
    public static func open(folder: String) async throws(HubStoreError) -> SQLiteHubDatabase {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .unreachable(engine: "SQLite", location: folder, detail: error.localizedDescription)
        }
        return try await open(path: (folder as NSString).appendingPathComponent("hub.sqlite"))
    }

    /// Opens (creating when missing) the database file at `path`.
    public static func open(path: String) async throws(HubStoreError) -> SQLiteHubDatabase {
        do {
            let connection = try await SQLiteConnection.open(storage: .file(path: path))
            let database = SQLiteHubDatabase(path: path, connection: connection)
            let sql = connection.sql(queryLogLevel: nil)
            try await sql.raw("PRAGMA journal_mode = WAL").run()
            try await sql.raw("PRAGMA foreign_keys = ON").run()
            try await sql.raw("PRAGMA busy_timeout = 5000").run()
            // PostgreSQL has POWER; SQLite as sqlite-nio builds it has no math functions. The team
            // summary's mean recall (FSRS retrievability) needs it in SQL on both.
            try await connection.install(customFunction: SQLiteCustomFunction("POWER", argumentCount: 2, pure: true) { arguments in
                guard let base = arguments[0].double, let exponent = arguments[1].double else { return nil }
                return Foundation.pow(base, exponent)
            })
            return database
        } catch {
            throw .unreachable(engine: "SQLite", location: path, detail: String(describing: error))
        }
    }

    public func transaction<Result: Sendable>(_ work: @escaping @Sendable (any SQLDatabase) async throws -> Result) async throws -> Result {
        let sql = connection.sql(queryLogLevel: nil)
        return try await gate.run {
            try await sql.raw("BEGIN IMMEDIATE").run()
            do {
                let result = try await work(sql)
                try await sql.raw("COMMIT").run()
                return result
            } catch {
                try? await sql.raw("ROLLBACK").run()
                throw error
            }
        }
    }

    public func read<Result: Sendable>(_ work: @escaping @Sendable (any SQLDatabase) async throws -> Result) async throws -> Result {
        let sql = connection.sql(queryLogLevel: nil)
        return try await gate.run { try await work(sql) }
    }

    public func close() async {
        try? await gate.run { try await self.connection.close() }
    }
}
