import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `playbook serve --port 0` as a child process, in the tests' isolated environment
/// (``CLIRunner/environment``) with a cache folder of its own (``cacheHome``): ready when it
/// prints its "serving http://127.0.0.1:PORT/" line.
final class ServeProcess {
    let live: LiveProcess
    /// This server's `XDG_CACHE_HOME` (never the user's `~/.cache`); removed by ``kill9()``.
    let cacheHome = FileManager.default.temporaryDirectory.appendingPathComponent("playbook-serve-cache-\(UUID().uuidString)")
    /// The port the system gave the server, read from its ready line.
    private(set) var port: UInt16 = 0

    var base: String { "http://127.0.0.1:\(port)" }
    var stderr: String { live.stderr }

    /// Starts `serve --content CONTENT --port 0 --interval 100 EXTRA…`; call ``waitUntilReady()``.
    init(content: URL, extra: [String] = []) throws {
        var environment = CLIRunner.environment
        environment["XDG_CACHE_HOME"] = cacheHome.path
        live = try LiveProcess(["serve", "--content", content.path, "--port", "0", "--interval", "100"] + extra,
                               environment: environment)
    }

    /// Waits (at most `timeout` s) for the ready line and reads the port from it; records an
    /// issue and returns false when it does not come.
    @discardableResult
    func waitUntilReady(timeout: TimeInterval = 60, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        let ready = LiveProcess.poll(timeout: timeout) { Self.readyPort(in: live.stderr) != nil || !live.process.isRunning }
        guard ready, let port = Self.readyPort(in: live.stderr) else {
            Issue.record("serve never printed its ready line: \(live.stderr)", sourceLocation: sourceLocation)
            return false
        }
        self.port = port
        return true
    }

    /// The port of the first "serving http://127.0.0.1:PORT/" line (in any UI language).
    static func readyPort(in text: String) -> UInt16? {
        guard let match = text.firstMatch(of: #/http://127\.0\.0\.1:(\d+)//#) else { return nil }
        return UInt16(match.1).flatMap { $0 == 0 ? nil : $0 }
    }

    /// Waits until standard error holds `text` at least `count` times.
    func waitForLog(_ text: String, count: Int = 1, timeout: TimeInterval = 10) -> Bool {
        LiveProcess.poll(timeout: timeout) { live.stderr.components(separatedBy: text).count - 1 >= count }
    }

    struct Stop {
        /// False when the process was still running after the deadline (it was then killed).
        var ended: Bool
        var seconds: TimeInterval
        /// The exit status; nil when it did not exit by itself with a status (killed, or died of a signal).
        var status: Int32?
    }

    /// Sends `signal` and waits at most `deadline` seconds for the process to end. A process
    /// still running then is killed (SIGKILL) and waited for, so the test never reads the
    /// status of a running process, and the overrun is recorded as a failure.
    func stop(with signal: Int32, deadline: TimeInterval = 2, sourceLocation: SourceLocation = #_sourceLocation) -> Stop {
        let sent = Date()
        live.signal(signal)
        let ended = LiveProcess.poll(timeout: deadline) { !live.process.isRunning }
        let seconds = Date().timeIntervalSince(sent)
        if !ended {
            kill(live.pid, SIGKILL)
            Issue.record("serve still ran \(deadline) s after signal \(signal); killed. Its log: \(live.stderr)",
                         sourceLocation: sourceLocation)
        }
        live.process.waitUntilExit()
        live.closeInput()
        let exited = ended && live.process.terminationReason == .exit
        return Stop(ended: ended, seconds: seconds, status: exited ? live.process.terminationStatus : nil)
    }

    /// Makes sure the process is gone and removes its cache folder (for `defer`).
    func kill9() {
        if live.process.isRunning { kill(live.pid, SIGKILL) }
        live.process.waitUntilExit()
        live.closeInput()
        try? FileManager.default.removeItem(at: cacheHome)
    }
}

/// A minimal WebSocket client over a plain socket (RFC 6455): the handshake, then reading
/// the server's frames with a deadline. Enough to watch `/__playbook/live`.
final class WebSocketProbe {
    enum Event: Equatable {
        case text(String)
        case close(code: UInt16?)
        /// The server closed the connection (end of stream) without a frame.
        case ended
        case timedOut
    }

    private let fd: Int32
    private var buffer: [UInt8] = []
    /// The handshake response's status line and headers.
    private(set) var response = ""

    /// Connects to 127.0.0.1:`port` and upgrades `path`; throws when the server does not
    /// answer 101 with the right `Sec-WebSocket-Accept`.
    init(port: UInt16, path: String, timeout: TimeInterval = 5) throws {
        fd = try Self.connectLoopback(port: port)
        // The key and its accept value are the example of RFC 6455 §1.3.
        let request = "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"
        try send(Array(request.utf8))
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let end = buffer.firstRange(of: Array("\r\n\r\n".utf8)) {
                response = String(decoding: buffer[..<end.lowerBound], as: UTF8.self)
                buffer.removeSubrange(..<end.upperBound)
                break
            }
            guard fill(until: deadline) else { close(fd); throw Failure("no handshake response: \(String(decoding: buffer, as: UTF8.self))") }
        }
        guard response.hasPrefix("HTTP/1.1 101"),
              response.lowercased().contains("sec-websocket-accept: s3pplmbitxaq9kygzzhzrbk+xoo=") else {
            close(fd)
            throw Failure("not upgraded: \(response)")
        }
    }

    deinit { close(fd) }

    /// A TCP socket connected to 127.0.0.1:`port`.
    static func connectLoopback(port: UInt16) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure("socket: \(errno)") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { close(fd); throw Failure("connect to port \(port): errno \(errno)") }
        return fd
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    private func send(_ bytes: [UInt8]) throws {
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { throw Failure("send: errno \(errno)") }
            sent += n
        }
    }

    /// Reads what arrives before `deadline` into the buffer; false on timeout or end of stream.
    private func fill(until deadline: Date) -> Bool {
        let left = deadline.timeIntervalSinceNow
        guard left > 0 else { return false }
        var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, Int32(left * 1000) + 1) > 0 else { return false }
        var chunk = [UInt8](repeating: 0, count: 4096)
        let n = recv(fd, &chunk, chunk.count, 0)
        guard n > 0 else { return false }
        buffer.append(contentsOf: chunk[..<n])
        return true
    }

    /// The next message from the server (pings and pongs skipped), waiting at most `timeout` s.
    func next(timeout: TimeInterval = 10) -> Event {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let (opcode, payload, used) = Self.frame(in: buffer) {
                buffer.removeFirst(used)
                switch opcode {
                case 0x1: return .text(String(decoding: payload, as: UTF8.self))
                case 0x8: return .close(code: payload.count >= 2 ? UInt16(payload[0]) << 8 | UInt16(payload[1]) : nil)
                default: continue
                }
            }
            if !fill(until: deadline) {
                return deadline.timeIntervalSinceNow > 0 ? .ended : .timedOut
            }
        }
    }

    /// One whole unmasked server frame at the start of `bytes`: its opcode, payload and length.
    static func frame(in bytes: [UInt8]) -> (UInt8, [UInt8], Int)? {
        guard bytes.count >= 2 else { return nil }
        var length = Int(bytes[1] & 0x7F)
        var offset = 2
        if length == 126 {
            guard bytes.count >= 4 else { return nil }
            length = Int(bytes[2]) << 8 | Int(bytes[3])
            offset = 4
        } else if length == 127 {
            guard bytes.count >= 10 else { return nil }
            length = bytes[2..<10].reduce(0) { $0 << 8 | Int($1) }
            offset = 10
        }
        if bytes[1] & 0x80 != 0 { offset += 4 }  // a masked frame (servers do not send them)
        guard bytes.count >= offset + length else { return nil }
        return (bytes[0] & 0x0F, Array(bytes[offset..<offset + length]), offset + length)
    }
}
