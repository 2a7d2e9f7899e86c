import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A request to stop, made at most once from any thread and awaited by the server's task.
/// Independent of the HTTP server: whoever serves waits for ``wait()`` and then shuts down.
public final class StopRequest: @unchecked Sendable {
    private let lock = NSLock()
    private var requested = false
    private var waiters: [UUID: CheckedContinuation<Void, Never>] = [:]

    public init() {}

    public var isRequested: Bool { lock.withLock { requested } }

    /// Asks to stop; true the first time, false when a stop was already requested.
    @discardableResult
    public func request() -> Bool {
        let resumed: [CheckedContinuation<Void, Never>]? = lock.withLock {
            guard !requested else { return nil }
            requested = true
            defer { waiters = [:] }
            return Array(waiters.values)
        }
        resumed?.forEach { $0.resume() }
        return resumed != nil
    }

    /// Returns once a stop is requested (at once if it already was), or when the task is cancelled.
    public func wait() async {
        let id = UUID()
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let now = lock.withLock { () -> Bool in
                    if requested || Task.isCancelled { return true }
                    waiters[id] = continuation
                    return false
                }
                if now { continuation.resume() }
            }
        } onCancel: {
            lock.withLock { waiters.removeValue(forKey: id) }?.resume()
        }
    }
}

/// Ctrl-C (SIGINT) and SIGTERM delivered as calls instead of their default action (ending the
/// process at once, with no chance to close connections). The one place `serve` touches
/// signal dispositions: each signal is ignored by the process and watched by a dispatch
/// source, which still sees it. Keep the value alive as long as the signals should be handled.
public final class StopSignals: @unchecked Sendable {
    public static let stopping: [Int32] = [SIGINT, SIGTERM]
    private let sources: [any DispatchSourceSignal]

    /// Calls `handler` with the signal's number on the global queue, once per delivery.
    public init(_ signals: [Int32] = StopSignals.stopping, handler: @escaping @Sendable (Int32) -> Void) {
        sources = signals.map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { handler(number) }
            source.resume()
            return source
        }
    }

    deinit {
        for source in sources { source.cancel() }
    }

    /// Ends the process with `status` at once: standard error is unbuffered, so what was
    /// printed is out.
    public static func exitNow(_ status: Int32) -> Never { exit(status) }
}
