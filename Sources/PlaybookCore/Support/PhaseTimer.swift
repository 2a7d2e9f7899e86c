import Foundation

/// Prints how long each phase of a command took, to standard error, when the environment
/// variable `PLAYBOOK_TIMINGS` is set (for benchmarks and profiling; silent otherwise).
package enum PhaseTimer {
    package static let isEnabled = ProcessInfo.processInfo.environment["PLAYBOOK_TIMINGS"].map { !$0.isEmpty } ?? false
    private static let last = Locked(DispatchTime.now().uptimeNanoseconds)

    /// Starts timing the first phase.
    package static func start() {
        guard isEnabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        last.withLock { $0 = now }
    }

    /// Prints the time since the previous mark (or since the program started) under `phase`.
    package static func mark(_ phase: @autoclosure () -> String) {
        guard isEnabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        let elapsed = last.withLock { last -> UInt64 in
            defer { last = now }
            return now > last ? now - last : 0
        }
        FileHandle.standardError.write(Data(String(format: "%8.1f ms  %@%@\n", Double(elapsed) / 1e6, memory(), phase()).utf8))
    }

    /// Resident memory now and at its peak, where the system tells (`/proc/self/status`).
    private static func memory() -> String {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return "" }
        func megabytes(_ field: String) -> Int {
            guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field + ":") }) else { return 0 }
            return (Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0) / 1024
        }
        return String(format: "%5d MB (peak %5d MB)  ", megabytes("VmRSS"), megabytes("VmHWM"))
    }
}
