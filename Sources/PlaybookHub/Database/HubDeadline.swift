/// Runs `work`, failing with ``HubDeadlineExceeded`` when it has not finished after `limit`
/// (`work` is cancelled then). The hub server puts one on every store call, so a database that
/// does not answer becomes a 503 instead of a request that hangs.
public func withDeadline<Result: Sendable>(_ limit: Duration, _ work: @escaping @Sendable () async throws -> Result) async throws -> Result {
    try await withThrowingTaskGroup(of: Result?.self) { group in
        group.addTask { try await work() }
        group.addTask {
            try await Task.sleep(for: limit)
            return nil
        }
        defer { group.cancelAll() }
        guard let first = try await group.next(), let result = first else { throw HubDeadlineExceeded(limit: limit) }
        return result
    }
}

/// The database did not answer in time.
public struct HubDeadlineExceeded: Error, Sendable, CustomStringConvertible {
    public var limit: Duration
    public var description: String { "the database gave no answer within \(limit)" }
}
