/// Lets one task at a time through, in arrival order: the embedded store has one SQLite
/// connection, and a transaction on it must not interleave with another task's statements.
/// (An actor alone would not do: it is reentrant at every `await`.)
actor SerialGate {
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    func run<Result: Sendable>(_ work: @Sendable () async throws -> Result) async throws -> Result {
        await enter()
        defer { leave() }
        return try await work()
    }

    private func enter() async {
        guard busy else {
            busy = true
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    private func leave() {
        if waiting.isEmpty {
            busy = false
        } else {
            waiting.removeFirst().resume()
        }
    }
}
