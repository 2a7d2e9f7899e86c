import Foundation
import PlaybookCore

/// Keeps large values alive until the process exits, for one-shot commands: freeing a whole
/// playbook object by object is slow, and the operating system takes the memory back at once
/// on exit. Off unless a command turns it on, so a long-running
/// process (`serve`) or the tests never keep anything.
enum ExitRetention {
    private static let kept = Locked<[Any]?>(nil)  // nil: retention is off

    /// Turns retention on, for a command that exits when it is done.
    static func enable() { kept.withLock { $0 = $0 ?? [] } }

    /// Keeps `value` until exit if retention is on; otherwise does nothing.
    static func keep(_ value: Any) {
        kept.withLock { $0?.append(value) }
    }
}
