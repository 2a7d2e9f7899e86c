import Foundation

/// Prints how long each phase of a command took, to standard error, when the environment
/// variable `PLAYBOOK_TIMINGS` is set (for benchmarks and profiling; silent otherwise).
public enum PhaseTimer {
    public static let isEnabled = ProcessInfo.processInfo.environment["PLAYBOOK_TIMINGS"].map { !$0.isEmpty } ?? false
    nonisolated(unsafe) private static var last = DispatchTime.now().uptimeNanoseconds
    private static let lock = NSLock()

    /// Starts timing the first phase.
    public static func start() {
        guard isEnabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        lock.withLock { last = now }
    }

    /// Prints the time since the previous mark (or since the program started) under `phase`.
    public static func mark(_ phase: @autoclosure () -> String) {
        guard isEnabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        let elapsed = lock.withLock { () -> UInt64 in
            defer { last = now }
            return now > last ? now - last : 0
        }
        FileHandle.standardError.write(Data(String(format: "%8.1f ms  %@\n", Double(elapsed) / 1e6, phase()).utf8))
    }
}
