import PostgresKit
import PostgresNIO
import SQLKit

/// The PostgreSQL engine: a pool of connections to a server the bank runs. The hub keeps no
/// state of its own, so several hub processes can share one database.
public final class PostgresHubDatabase: HubDatabase {
    public let engine = "PostgreSQL"
    /// The URL the store was opened with, its password hidden.
    public let location: String
    private let client: PostgresClient
    private let runner: Task<Void, Never>
    private let logger = Logger(label: "playbook.hub.postgres")

    private init(location: String, client: PostgresClient) {
        self.location = location
        self.client = client
        runner = Task { await client.run() }
    }

    /// Connects to the database at `url` (`postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE`) and checks
    /// that it answers within `timeout`.
    public static func open(url: String, timeout: Duration = .seconds(10)) async throws(HubStoreError) -> PostgresHubDatabase {
        let parsed = try PostgresURL(url)
        var configuration = parsed.configuration
        configuration.options.connectTimeout = timeout
        // Failed connection attempts are reported through the errors of the requests that wait for them.
        var backgroundLogger = Logger(label: "playbook.hub.postgres")
        backgroundLogger.logLevel = .error
        let database = PostgresHubDatabase(location: parsed.redacted, client: PostgresClient(
            configuration: configuration, backgroundLogger: backgroundLogger))
        do {
            try await withDeadline(timeout) {
                try await database.read { sql in try await sql.raw("SELECT 1 AS ok").run() }
            }
        } catch {
            await database.close()
            throw .unreachable(engine: "PostgreSQL", location: parsed.redacted, detail: String(reflecting: error))
        }
        return database
    }

    /// Runs `work` in a transaction; one that PostgreSQL aborted as a deadlock victim or a
    /// serialization failure (two hubs writing the same rows in another order) is run again, up to
    /// three times in all: it left nothing behind.
    public func transaction<Result: Sendable>(_ work: @escaping @Sendable (any SQLDatabase) async throws -> Result) async throws -> Result {
        var attempt = 1
        while true {
            do {
                return try await client.withTransaction(logger: logger) { connection in
                    try await work(connection.sql(queryLogLevel: nil))
                }
            } catch let error as PostgresTransactionError {
                // The transaction was rolled back: what failed is the closure, the BEGIN or the COMMIT.
                let cause = error.closureError ?? error.commitError ?? error.beginError ?? error
                let state = (cause as? PSQLError)?.serverInfo?[.sqlState] ?? ""
                guard attempt < 3, Self.retryable.contains(state) else { throw cause }
                attempt += 1
            }
        }
    }

    /// SQLSTATEs of transactions that failed only because of another one: deadlock_detected, serialization_failure.
    static let retryable: Set<String> = ["40P01", "40001"]

    public func read<Result: Sendable>(_ work: @escaping @Sendable (any SQLDatabase) async throws -> Result) async throws -> Result {
        try await client.withConnection { connection in
            try await work(connection.sql(queryLogLevel: nil))
        }
    }

    public func close() async {
        runner.cancel()
        await runner.value
    }
}
