import FlyingFox
import Foundation
import PlaybookCore

/// Serves a ``SiteSnapshot`` on 127.0.0.1 and tells open pages to reload after a rebuild.
///
/// Pages get a small script that opens a WebSocket to `/__playbook/live`; the server sends
/// "reload" on every rebuild. While the last build failed, every page shows its errors.
public struct PreviewServer: Sendable {
    public static let livePath = "/__playbook/live"
    public let snapshot: SiteSnapshot
    public let port: UInt16

    public init(snapshot: SiteSnapshot, port: UInt16) {
        self.snapshot = snapshot
        self.port = port
    }

    /// Serves until `stop` is requested, then sends open live-reload sockets a close frame,
    /// closes every connection (waiting at most `grace` seconds) and returns. `listening` is
    /// called once with the port the server listens on (the one the system chose for port 0).
    /// Throws when the server cannot listen or fails while no stop was requested.
    public func run(until stop: StopRequest, grace: TimeInterval = 1,
                    listening: @escaping @Sendable (UInt16) -> Void) async throws {
        let server = try await makeServer()
        let snapshot = self.snapshot
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                do {
                    try await server.run()
                } catch {
                    // A requested stop ends `run()` with a socket error: not a failure.
                    if !stop.isRequested { throw error }
                }
            }
            group.addTask {
                try await server.waitUntilListening(timeout: 30)
                var port = self.port
                if case .ip4(_, let bound)? = await server.listeningAddress { port = bound }
                listening(port)
                await stop.wait()
                await snapshot.closeListeners()
                await server.stop(timeout: grace)
            }
            // The first failure ends the other task too (leaving the group cancels it).
            while try await group.next() != nil {}
        }
    }

    public func makeServer() async throws -> HTTPServer {
        // FlyingFox's `.loopback` is IPv6 (::1); browsers and tools ask for 127.0.0.1.
        let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: port), timeout: 60, logger: .disabled)
        await server.appendRoute(HTTPRoute(stringLiteral: "GET \(PreviewServer.livePath)"),
                                 to: .webSocket(ReloadMessages(snapshot: snapshot)))
        let snapshot = self.snapshot
        await server.appendRoute("GET *") { request in
            await PreviewServer.respond(to: request.path, snapshot: snapshot)
        }
        return server
    }

    static func respond(to rawPath: String, snapshot: SiteSnapshot) async -> HTTPResponse {
        let problems = await snapshot.problems
        if !problems.isEmpty {
            return page(.ok, html: errorPage(problems, locale: await snapshot.locale))
        }
        var path = (rawPath.removingPercentEncoding ?? rawPath).split(separator: "/").filter { $0 != "." }.joined(separator: "/")
        if path.split(separator: "/").contains("..") { return page(.notFound, html: "<h1>404</h1>") }
        let files = await snapshot.files
        if path.isEmpty || files[path] == nil && files[path + "/index.html"] != nil {
            path = path.isEmpty ? "index.html" : path + "/index.html"
        }
        guard let data = files[path] else { return page(.notFound, html: "<h1>404</h1><p>\(escape(path))</p>") }
        let type = contentType(path)
        if type.hasPrefix("text/html") {
            return page(.ok, html: String(decoding: data, as: UTF8.self))
        }
        return HTTPResponse(statusCode: .ok, headers: [.contentType: type, HTTPHeader("Cache-Control"): "no-store"], body: data)
    }

    /// An HTML response with the live-reload script injected before `</body>`.
    static func page(_ status: HTTPStatusCode, html: String) -> HTTPResponse {
        let script = """
            <script>(function(){function c(){var s=new WebSocket((location.protocol==="https:"?"wss://":"ws://")+location.host+"\(livePath)");\
            s.onmessage=function(){location.reload()};s.onclose=function(){setTimeout(c,1000)}}c()})();</script>
            """
        let body = html.range(of: "</body>", options: .backwards).map {
            html.replacingCharacters(in: $0, with: script + "</body>")
        } ?? html + script
        return HTTPResponse(statusCode: status,
                            headers: [.contentType: "text/html; charset=utf-8", HTTPHeader("Cache-Control"): "no-store"],
                            body: Data(body.utf8))
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

    static func contentType(_ path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "woff2": return "font/woff2"
        default: return "application/octet-stream"
        }
    }
}

/// Sends "reload" to a page after every rebuild, and a close frame when the server stops.
struct ReloadMessages: WSMessageHandler {
    let snapshot: SiteSnapshot

    func makeMessages(for client: AsyncStream<WSMessage>) async throws -> AsyncStream<WSMessage> {
        let changes = await snapshot.changes()
        return AsyncStream { continuation in
            let task = Task {
                for await _ in changes { continuation.yield(.text("reload")) }
                // The changes end when the server stops (not when the page left): say so.
                if !Task.isCancelled { continuation.yield(.close(.goingAway)) }
                continuation.finish()
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }
}
