import PlaybookDrill
import SQLKit

/// The hub's storage: users and their tokens, learners' reviews and exams, and the summaries the
/// dashboard and the API read, on SQLite or PostgreSQL with one schema and one set of queries.
///
/// Every statement goes through SQLKit's builders or `SQLQueryString` interpolation, which binds
/// values as parameters: no value is ever spliced into SQL text.
public struct HubStore: Sendable {
    /// The engine the store runs on.
    public let database: any HubDatabase
    /// The playbook's scheduler (`FSRSScheduler.drill(settings)`): replays each card's reviews.
    public let scheduler: FSRSScheduler
    /// bcrypt's cost (log2 of its rounds) for new passwords: 12 in service; tests lower it to stay fast.
    public var passwordCost: UInt8 = 12

    /// Opens a store on `database`, bringing its schema up to date.
    public static func open(_ database: any HubDatabase, scheduler: FSRSScheduler) async throws(HubStoreError) -> HubStore {
        let store = HubStore(database: database, scheduler: scheduler)
        try await store.run { try await HubMigrations.migrate(database) }
        return store
    }

    /// Opens the embedded store in `folder` (`hub.sqlite`).
    public static func openSQLite(folder: String, scheduler: FSRSScheduler) async throws(HubStoreError) -> HubStore {
        try await open(SQLiteHubDatabase.open(folder: folder), scheduler: scheduler)
    }

    /// Opens the store in the PostgreSQL database at `url`.
    public static func openPostgres(url: String, scheduler: FSRSScheduler) async throws(HubStoreError) -> HubStore {
        try await open(PostgresHubDatabase.open(url: url), scheduler: scheduler)
    }

    /// Closes the database connections.
    public func close() async {
        await database.close()
    }

    /// Runs `work`, turning database failures into `HubStoreError.query` (the store's own errors pass through).
    func run<Result>(_ work: () async throws -> Result) async throws(HubStoreError) -> Result {
        do {
            return try await work()
        } catch let error as HubStoreError {
            throw error
        } catch {
            throw .query(engine: database.engine, detail: String(reflecting: error))
        }
    }

    func transaction<Result: Sendable>(_ work: @escaping @Sendable (any SQLDatabase) async throws -> Result) async throws(HubStoreError) -> Result {
        try await run { try await database.transaction(work) }
    }

    func read<Result: Sendable>(_ work: @escaping @Sendable (any SQLDatabase) async throws -> Result) async throws(HubStoreError) -> Result {
        try await run { try await database.read(work) }
    }
}
