import Foundation
import Hummingbird
import HummingbirdWebSocket
import PlaybookCore
import PlaybookHTTP

/// Serves a ``SiteSnapshot`` on 127.0.0.1 and tells open pages to reload after a rebuild.
///
/// Pages get a small script that opens a WebSocket to `/__playbook/live`; the server sends
/// "reload" on every rebuild. While the last build failed, every page shows its errors.
public struct PreviewServer: Sendable {
    public static let livePath = LiveReload.path
    public let snapshot: SiteSnapshot
    public let port: UInt16
    static let responses = SiteResponses(cacheControl: "no-store")

    public init(snapshot: SiteSnapshot, port: UInt16) {
        self.snapshot = snapshot
        self.port = port
    }

    /// Serves until `stop` is requested, then sends open live-reload sockets a close frame,
    /// shuts the server down (cutting connections still open after `grace` seconds) and
    /// returns. `listening` is called once with the port the server listens on (the one the
    /// system chose for port 0). Throws when the server cannot listen or fails while no stop
    /// was requested.
    public func run(until stop: StopRequest, grace: TimeInterval = 1,
                    listening: @escaping @Sendable (UInt16) -> Void) async throws {
        let connections = LiveConnections()
        let router = makeRouter(connections: connections)
        let port = self.port
        let application = Application(
            router: router,
            // A page that does not answer the close frame is let go after half a second.
            server: .http1WebSocketUpgradeAnsweringBadRequests(
                webSocketResponder: router.buildResponder(), configuration: .init(ws: .init(closeTimeout: .milliseconds(500)))),
            configuration: LocalServer.configuration(port: port),
            onServerRunning: { channel in listening(channel.localAddress?.port.flatMap(UInt16.init) ?? port) },
            logger: LocalServer.silentLogger)
        let snapshot = self.snapshot
        let grace = Duration.milliseconds(Int(grace * 1000))
        try await LocalServer.run(application, until: stop, grace: grace) {
            await snapshot.closeListeners()
            await connections.waitUntilClosed(within: grace)
        }
    }

    func makeRouter(connections: LiveConnections) -> Router<BasicWebSocketRequestContext> {
        let router = Router(context: BasicWebSocketRequestContext.self)
        let snapshot = self.snapshot
        router.ws(RouterPath(LiveReload.path), shouldUpgrade: { _, _ in
            await connections.opened()
            return .upgrade([:])
        }) { inbound, outbound, context in
            let changes = await snapshot.changes()
            // Read after subscribing, so a rebuild is either in `changes` or makes the page stale.
            let current = await snapshot.version
            let stale = context.request.uri.queryParameters.get("v").map { $0 != LiveReload.stamp(version: current) } ?? false
            defer { Task { await connections.closed() } }
            try await LiveReload.serve(changes, stale: stale, inbound: inbound, outbound: outbound)
        }
        let page: @Sendable (Request, BasicWebSocketRequestContext) async -> Response = { request, _ in
            await Self.respond(to: request.uri.path, snapshot: snapshot)
        }
        router.get("/", use: page)
        router.get("**", use: page)
        return router
    }

    static func respond(to requestPath: String, snapshot: SiteSnapshot) async -> Response {
        let state = await snapshot.state
        let inject = { (html: String) in LiveReload.inject(into: html, version: state.version) }
        if !state.problems.isEmpty {
            return responses.html(inject(errorPage(state.problems, locale: state.locale)))
        }
        switch SiteResponses.lookup(requestPath, in: state.files) {
        case .file(let key, let data) where MediaType.of(path: key).hasPrefix("text/html"):
            return responses.html(inject(String(decoding: data, as: UTF8.self)))
        case .file(let key, let data):
            return responses.file(data, key: key)
        case .notFound(let key):
            return responses.notFound(key: key, decorate: inject)
        case .rejected(let rejection):
            return responses.rejected(rejection)
        }
    }

    static func errorPage(_ problems: [String], locale: PlaybookLocale = .en) -> String {
        let items = problems.map { "<li><code>\(escape($0))</code></li>" }.joined(separator: "\n")
        let title = escape(Message(.serveErrorTitle).text(in: locale)), hint = escape(Message(.serveErrorHint).text(in: locale))
        return """
            <!DOCTYPE html><html lang="\(locale.rawValue)"><head><meta charset="utf-8"><title>playbook: \(title)</title>
            <style>body{font:16px/1.6 system-ui,sans-serif;margin:2rem;color:#1d2327}h1{color:#a4262c}li{margin:.4rem 0}</style>
            </head><body><h1>\(title)</h1><p>\(hint)</p>
            <ul>\(items)</ul></body></html>
            """
    }

    static func escape(_ text: String) -> String { HTMLEscaping.escape(text) }
}
