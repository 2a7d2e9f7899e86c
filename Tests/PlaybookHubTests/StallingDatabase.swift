import Foundation
@testable import PlaybookHub
import SQLKit

/// A real database that can be made to stop answering (a server that hangs, as PostgreSQL does
/// while it is down): while `stalled`, every unit of work waits until it is cancelled.
final class StallingDatabase: HubDatabase, @unchecked Sendable {
    let base: any HubDatabase
    private let lock = NSLock()
    private var isStalled = false
    /// Whether units of work wait (until cancelled) instead of running.
    var stalled: Bool {
        get { lock.withLock { isStalled } }
        set { lock.withLock { isStalled = newValue } }
    }
    var engine: String { base.engine }

    init(_ base: any HubDatabase) { self.base = base }

    private func waitWhileStalled() async throws {
        while stalled { try await Task.sleep(for: .milliseconds(20)) }
    }

    func transaction<Result: Sendable>(_ work: @escaping @Sendable (any SQLDatabase) async throws -> Result) async throws -> Result {
        try await waitWhileStalled()
        return try await base.transaction(work)
    }

    func read<Result: Sendable>(_ work: @escaping @Sendable (any SQLDatabase) async throws -> Result) async throws -> Result {
        try await waitWhileStalled()
        return try await base.read(work)
    }

    func close() async { await base.close() }
}
