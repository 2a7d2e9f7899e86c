import SQLKit

/// One database engine behind the hub's store: every query is written once against SQLKit's
/// `SQLDatabase`, and an engine only says how to run a unit of work on one connection.
///
/// `SQLiteHubDatabase` (the embedded default) and `PostgresHubDatabase` conform.
public protocol HubDatabase: Sendable {
    /// The engine's name, for messages ("SQLite", "PostgreSQL").
    var engine: String { get }

    /// Runs `work` in one transaction on one connection: committed when it returns, rolled back
    /// when it throws (and when the process dies before the commit).
    func transaction<Result: Sendable>(_ work: @escaping @Sendable (any SQLDatabase) async throws -> Result) async throws -> Result

    /// Runs `work` on one connection, for reads.
    func read<Result: Sendable>(_ work: @escaping @Sendable (any SQLDatabase) async throws -> Result) async throws -> Result

    /// Closes the connections. The database is not used afterwards.
    func close() async
}
