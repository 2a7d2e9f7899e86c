import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `playbook serve` against requests a browser would not send: `..` in every spelling, an
/// overlong URL, huge headers. Each gets a 4xx and never a file from outside the site; the
/// server goes on serving. Also the headers pages are served with, and the live-reload
/// version check.
@Suite struct ServeRequestTests {
    /// Sends `request` as is over a fresh connection and returns the response's status and
    /// the whole text read (until the server closes or `timeout`).
    func raw(_ request: [UInt8], port: UInt16, timeout: TimeInterval = 5) throws -> (status: Int?, text: String) {
        let fd = try WebSocketProbe.connectLoopback(port: port)
        defer { close(fd) }
        var sent = 0
        while sent < request.count {
            let n = request[sent...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n <= 0 { break }  // the server may refuse before reading it all
            sent += n
        }
        var received: [UInt8] = []
        let deadline = Date().addingTimeInterval(timeout)
        var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        while deadline.timeIntervalSinceNow > 0, poll(&poller, 1, Int32(deadline.timeIntervalSinceNow * 1000) + 1) > 0 {
            var chunk = [UInt8](repeating: 0, count: 65536)
            let n = recv(fd, &chunk, chunk.count, 0)
            guard n > 0 else { break }
            received += chunk[..<n]
            // One response is enough: stop once its body (Content-Length) is in.
            let text = String(decoding: received, as: UTF8.self)
            if let end = text.range(of: "\r\n\r\n"),
               let length = text.firstMatch(of: #/(?i)content-length: *(\d+)/#).flatMap({ Int($0.1) }),
               text.utf8.count - text.utf8.distance(from: text.startIndex, to: end.upperBound) >= length { break }
        }
        let text = String(decoding: received, as: UTF8.self)
        return (text.firstMatch(of: #/^HTTP/1\.1 (\d{3})/#).flatMap { Int($0.1) }, text)
    }

    func get(_ target: String, port: UInt16, headers: String = "") throws -> (status: Int?, text: String) {
        try raw(Array("GET \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\n\(headers)Connection: close\r\n\r\n".utf8), port: port)
    }

    @Test func hostileRequestsGet4xxAndNothingOutside() throws {
        let playbook = try TempPlaybook(["products/fund.md": ServeCommandTests.product])
        defer { playbook.remove() }
        // A file beside the content folder, which a traversal would reach.
        let secret = playbook.content.deletingLastPathComponent().appendingPathComponent("secret.txt")
        try "TOP-SECRET-\(UUID().uuidString)".write(to: secret, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: secret) }
        let serve = try ServeProcess(content: playbook.content)
        defer { serve.kill9() }
        try #require(serve.waitUntilReady())
        let port = serve.port

        for target in ["/../secret.txt", "/../../../../etc/passwd", "/%2e%2e/secret.txt", "/%2E%2E/%2e%2e/etc/passwd",
                       "/products/..%2f..%2fsecret.txt", "/assets/%2e%2e/%2e%2e/secret.txt", "/..\\secret.txt"] {
            let response = try get(target, port: port)
            let status = try #require(response.status, "no response to \(target)")
            #expect((400..<500).contains(status), "\(target): \(response.text.prefix(200))")
            #expect(!response.text.contains("TOP-SECRET") && !response.text.contains("root:"), "\(target) leaked a file")
        }
        #expect(try get("/%zz", port: port).status == 400, "a broken escape")
        #expect(try get("/" + String(repeating: "a", count: 5000), port: port).status == 414, "an overlong URL")
        #expect(try get("/" + String(repeating: "a", count: 200_000), port: port).status.map { (400..<500).contains($0) } == true,
                "a URL past the HTTP parser's limit")
        let huge = "X-Filler: " + String(repeating: "b", count: 200_000) + "\r\n"
        #expect(try get("/", port: port, headers: huge).status == 400, "a huge header")
        let many = (0..<2000).map { "X-H\($0): v\r\n" }.joined()
        #expect(try get("/", port: port, headers: many).status == 400, "too many headers")
        #expect(try raw(Array("NOT HTTP AT ALL\r\n\r\n".utf8), port: port).status == 400, "a request line the parser rejects")

        let page = try get("/products/fund.html", port: port)
        #expect(page.status == 200 && page.text.contains("第一版摘要"), "still serving after all that: \(page.text.prefix(300))")
        #expect(serve.stop(with: SIGTERM).status == 0)
    }

    @Test func filesCarryTheirTypeAndNoStore() throws {
        let playbook = try TempPlaybook(["products/fund.md": ServeCommandTests.product])
        defer { playbook.remove() }
        let serve = try ServeProcess(content: playbook.content)
        defer { serve.kill9() }
        try #require(serve.waitUntilReady())
        func header(_ name: String, of text: String) -> String? {
            text.split(separator: "\r\n").first { $0.lowercased().hasPrefix(name.lowercased() + ":") }
                .map { $0.split(separator: ":", maxSplits: 1)[1].trimmingCharacters(in: .whitespaces) }
        }
        let css = try get("/assets/style.css", port: serve.port)
        #expect(css.status == 200)
        #expect(header("Content-Type", of: css.text) == "text/css; charset=utf-8")
        #expect(header("Cache-Control", of: css.text) == "no-store")
        #expect(header("X-Content-Type-Options", of: css.text) == "nosniff")
        let html = try get("/products/fund.html", port: serve.port)
        #expect(header("Content-Type", of: html.text) == "text/html; charset=utf-8")
        let missing = try get("/products/nothing.html", port: serve.port)
        #expect(missing.status == 404)
        #expect(missing.text.contains("products/nothing.html") && missing.text.contains("/__playbook/live"),
                "the 404 page names the path and reloads too: \(missing.text)")
        #expect(serve.stop(with: SIGTERM).status == 0)
    }

    /// A page connects with the stamp of the site it was served from: when a rebuild came in
    /// between, or another run of `serve` served it, the first message is "reload"; when
    /// neither, nothing comes.
    @Test func aStalePageIsToldToReloadOnConnecting() throws {
        let playbook = try TempPlaybook(["products/fund.md": ServeCommandTests.product])
        defer { playbook.remove() }
        let serve = try ServeProcess(content: playbook.content)
        defer { serve.kill9() }
        try #require(serve.waitUntilReady())
        func version() throws -> String {
            let page = try get("/products/fund.html", port: serve.port)
            return try #require(page.text.firstMatch(of: #/__playbook/live\?v=([0-9a-z]+-\d+)/#).map { String($0.1) }, "\(page.text)")
        }
        let old = try version()
        let current = try WebSocketProbe(port: serve.port, path: "/__playbook/live?v=\(old)")
        #expect(current.next(timeout: 0.5) == .timedOut, "a current page is left alone")

        try playbook.write("products/fund.md", ServeCommandTests.product.replacingOccurrences(of: "初版知识", with: "再版知识"))
        #expect(current.next() == .text("reload"), "an open page hears of the rebuild")
        let new = try version()
        #expect(new != old, "a rebuild gives a new version")
        let stale = try WebSocketProbe(port: serve.port, path: "/__playbook/live?v=\(old)")
        #expect(stale.next(timeout: 2) == .text("reload"), "a page served before the rebuild reloads at once")
        #expect(try WebSocketProbe(port: serve.port, path: "/__playbook/live?v=\(new)").next(timeout: 0.5) == .timedOut)
        // The same version number from another run of the server is another site.
        let otherRun = "x" + new.drop { $0 != "-" }
        #expect(try WebSocketProbe(port: serve.port, path: "/__playbook/live?v=\(otherRun)").next(timeout: 2) == .text("reload"))
        #expect(serve.stop(with: SIGINT).status == 0)
    }
}
