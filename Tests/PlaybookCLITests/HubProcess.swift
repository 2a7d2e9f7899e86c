import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `playbook hub serve --port 0` on a store (``HubTestStore``) as a child process: ready when it
/// prints its "hub serving http://127.0.0.1:PORT/" line.
final class HubProcess: @unchecked Sendable {
    let live: LiveProcess
    /// The port the system gave the hub, read from its ready line.
    let port: UInt16

    var base: String { "http://127.0.0.1:\(port)" }
    var stderr: String { live.stderr }
    var isRunning: Bool { live.process.isRunning }

    /// Starts the hub on `store` with the site built from `content`, and waits (at most
    /// `timeout` s) for its ready line.
    convenience init(content: URL, store: HubTestStore, extra: [String] = [], timeout: TimeInterval = 60) throws {
        try self.init(["--content", content.path] + store.arguments + extra, timeout: timeout)
    }

    /// Starts `playbook hub serve --port 0` with `arguments`, and waits (at most `timeout` s) for
    /// its ready line.
    init(_ arguments: [String], timeout: TimeInterval = 60) throws {
        let live = try LiveProcess(["hub", "serve", "--port", "0"] + arguments)
        let ready = LiveProcess.poll(timeout: timeout) { ServeProcess.readyPort(in: live.stderr) != nil || !live.process.isRunning }
        guard ready, let port = ServeProcess.readyPort(in: live.stderr) else {
            if live.process.isRunning { kill(live.pid, SIGKILL) }
            live.process.waitUntilExit()
            throw HubTestFailure("hub serve never printed its ready line: \(live.stderr)")
        }
        self.live = live
        self.port = port
    }

    /// Kills the hub with SIGKILL (no chance to finish anything) and waits until it is gone.
    func killNow() {
        if live.process.isRunning { kill(live.pid, SIGKILL) }
        live.process.waitUntilExit()
        live.closeInput()
    }

    /// Asks the hub to stop (SIGTERM); kills it when it is still running after `deadline` seconds.
    /// True when it stopped by itself.
    @discardableResult
    func stop(deadline: TimeInterval = 5) -> Bool {
        live.signal(SIGTERM)
        let ended = LiveProcess.poll(timeout: deadline) { !live.process.isRunning }
        killNow()
        return ended
    }
}

/// A failed step of a hub test's setup, with what happened.
struct HubTestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
