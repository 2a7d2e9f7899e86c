import Foundation
import HummingbirdWebSocket

/// Live reload: the script every served page carries, and the WebSocket side at ``path``
/// that sends it "reload" after every rebuild and a "going away" close frame (1001) when the
/// server stops. The script reconnects a second after a closed connection.
///
/// The script connects with the stamp of the site the page was served from (`?v=`: this
/// server's run and the snapshot's version); a page whose stamp is not the current one (a
/// rebuild came between its load and its connection, or it was served by an earlier `serve`)
/// is told to reload at once.
enum LiveReload {
    static let path = "/__playbook/live"

    /// A random name for this run of the server, so stamps of an earlier run never match.
    static let run = String(UInt64.random(in: 0...UInt64.max), radix: 36)

    /// The stamp of the site at `version` in this run.
    static func stamp(version: Int) -> String { "\(run)-\(version)" }

    static func script(version: Int) -> String {
        """
        <script>(function(){function c(){var s=new WebSocket((location.protocol==="https:"?"wss://":"ws://")+location.host+"\(path)?v=\(stamp(version: version))");\
        s.onmessage=function(){location.reload()};s.onclose=function(){setTimeout(c,1000)}}c()})();</script>
        """
    }

    /// `html` with the script for `version` before its last `</body>` (at the end when there is none).
    static func inject(into html: String, version: Int) -> String {
        let script = script(version: version)
        return html.range(of: "</body>", options: .backwards).map {
            html.replacingCharacters(in: $0, with: script + "</body>")
        } ?? html + script
    }

    /// Serves one page's connection: "reload" at once when `stale`, then one per element of
    /// `changes`; when they end (the server is stopping) a close frame. Returns early when the
    /// page closes the connection.
    static func serve(_ changes: AsyncStream<Int>, stale: Bool, inbound: WebSocketInboundStream,
                      outbound: WebSocketOutboundWriter) async throws {
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask {
                if stale { try await outbound.write(.text("reload")) }
                for await _ in changes { try await outbound.write(.text("reload")) }
                if !Task.isCancelled { try await outbound.close(.goingAway, reason: nil) }
            }
            tasks.addTask {
                // Pages send nothing; reading lets the connection see their close frame.
                for try await _ in inbound {}
            }
            defer { tasks.cancelAll() }
            try await tasks.next()
        }
    }
}

/// The live-reload connections still open, so a stop can wait until each has sent its close
/// frame before the server shuts down (which would close them as "normal", 1000). A
/// connection counts from its handshake, so one whose handler has not started yet is waited for.
actor LiveConnections {
    private var open = 0
    private var waiters: [UUID: CheckedContinuation<Void, Never>] = [:]

    func opened() { open += 1 }

    func closed() {
        open -= 1
        guard open <= 0 else { return }
        waiters.values.forEach { $0.resume() }
        waiters = [:]
    }

    /// Returns once no connection is open, or after `limit` (a handshake whose connection
    /// never started is not waited for longer).
    func waitUntilClosed(within limit: Duration) async {
        guard open > 0 else { return }
        let id = UUID()
        await withCheckedContinuation { continuation in
            waiters[id] = continuation
            Task {
                try? await Task.sleep(for: limit)
                self.giveUp(id)
            }
        }
    }

    private func giveUp(_ id: UUID) { waiters.removeValue(forKey: id)?.resume() }
}
