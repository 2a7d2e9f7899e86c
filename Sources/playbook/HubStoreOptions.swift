import ArgumentParser
import Dispatch
import Foundation
import PlaybookCore
import PlaybookDrill
import PlaybookHub

/// Where the hub keeps its data: an SQLite folder (`--data`) or a PostgreSQL URL (`--database`).
struct HubStoreOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The folder of the embedded SQLite store (hub.sqlite).", valueName: "dir"))
    var data: String?

    @Option(help: ArgumentHelp("A PostgreSQL URL (postgres://USER:PASSWORD@HOST:PORT/DATABASE) instead of --data.", valueName: "url"))
    var database: String?

    static let defaultData = "hub-data"

    func validate() throws {
        if data != nil, database != nil {
            throw ValidationError(Message(.hubStoreOptionsBoth).text(in: UILanguage.fromEnvironment(ProcessInfo.processInfo.environment)))
        }
    }

    /// Opens the store (migrating its schema), with `scheduler` replaying cards.
    func open(scheduler: FSRSScheduler = .drill(DrillSettings())) async throws(HubStoreError) -> HubStore {
        if let database { return try await HubStore.openPostgres(url: database, scheduler: scheduler) }
        return try await HubStore.openSQLite(folder: data ?? Self.defaultData, scheduler: scheduler)
    }

    /// Runs `body` on the opened store and closes it afterwards, whatever `body` did.
    func withStore<Result: Sendable>(_ body: (HubStore) async throws -> Result) async throws -> Result {
        let hub = try await open()
        do {
            let result = try await body(hub)
            await hub.close()
            return result
        } catch {
            await hub.close()
            throw error
        }
    }
}

/// Runs async work from a synchronous command and waits for it; a store error is printed in
/// `locale` and exits 2.
func runHub<Result: Sendable>(in locale: PlaybookLocale, _ work: @escaping @Sendable () async throws -> Result) throws -> Result {
    let done = DispatchSemaphore(value: 0)
    let box = HubOutcome<Result>()
    Task {
        defer { done.signal() }
        do { box.set(.success(try await work())) } catch { box.set(.failure(error)) }
    }
    done.wait()
    switch box.value! {
    case .success(let value): return value
    case .failure(let error as HubStoreError):
        Terminal.printFailure(error.message.text(in: locale), in: locale)
        throw ExitCode(2)
    case .failure(let error): throw error
    }
}

/// The result of async work, read by the waiting thread.
final class HubOutcome<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Result<Value, any Error>?
    var value: Result<Value, any Error>? { lock.lock(); defer { lock.unlock() }; return stored }
    func set(_ value: Result<Value, any Error>) { lock.lock(); stored = value; lock.unlock() }
}
