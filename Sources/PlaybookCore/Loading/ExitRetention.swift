import Foundation

/// Keeps large values alive until the process exits, for one-shot commands: freeing a whole
/// playbook object by object takes a tenth of an incremental build, and the operating system
/// takes the memory back at once on exit. Off unless a command turns it on, so a long-running
/// process (`serve`) or the tests never keep anything.
public enum ExitRetention {
    nonisolated(unsafe) private static var enabled = false
    nonisolated(unsafe) private static var kept: [Any] = []
    private static let lock = NSLock()

    /// Turns retention on, for a command that exits when it is done.
    public static func enable() { lock.withLock { enabled = true } }

    /// Keeps `value` until exit if retention is on; otherwise does nothing.
    public static func keep(_ value: Any) {
        lock.withLock { if enabled { kept.append(value) } }
    }
}
