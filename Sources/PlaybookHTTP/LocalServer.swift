import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// Runs a Hummingbird application on this machine until a ``StopRequest``: the plumbing every
/// playbook server shares. On the stop it calls `stopping` (say goodbye to open connections),
/// then shuts the application down gracefully (no new connections, idle ones closed, requests
/// in flight finished) and cuts whatever is still open after `grace`.
public enum LocalServer {
    /// The address servers listen on unless told otherwise: this machine only.
    public static let loopback = "127.0.0.1"

    /// A logger that prints nothing: the commands say what happens in their own words.
    public static let silentLogger = Logger(label: "playbook.http") { _ in SwiftLogNoOpLogHandler() }

    /// The configuration for listening on `host`:`port` (0: a port the system chooses).
    public static func configuration(host: String = loopback, port: UInt16) -> ApplicationConfiguration {
        ApplicationConfiguration(address: .hostname(host, port: Int(port)), serverName: nil)
    }

    /// The system refused the server its socket (the port is in use, the address is not this
    /// machine's): `reason` is the system's word for it, `code` its errno.
    public struct ListenFailure: Error, CustomStringConvertible {
        public let code: Int32
        public var reason: String { String(cString: strerror(code)) }
        public var description: String { reason }
    }

    /// Runs `application` until `stop` is requested and it has shut down. Throws
    /// ``ListenFailure`` when it cannot listen, and whatever else ends it while no stop was requested.
    public static func run(_ application: some Service, until stop: StopRequest, grace: Duration,
                           stopping: @escaping @Sendable () async -> Void = {}) async throws {
        let group = ServiceGroup(configuration: .init(services: [application], gracefulShutdownSignals: [],
                                                      cancellationSignals: [], logger: silentLogger))
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask {
                do { try await group.run() } catch let error as IOError { throw ListenFailure(code: error.errnoCode) }
            }
            tasks.addTask {
                await stop.wait()
                guard !Task.isCancelled else { return }
                await stopping()
                await group.triggerGracefulShutdown()
                // Cancelled when the shutdown finishes first; otherwise its end cuts what is left.
                try await Task.sleep(for: grace)
            }
            // The first task to end ends the other: a failure to listen, a finished shutdown, or the grace running out.
            defer { tasks.cancelAll() }
            try await tasks.next()
        }
    }
}
