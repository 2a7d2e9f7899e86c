import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// `playbook serve` with a real HTTP client and a WebSocket client: pages, a rebuild after a
/// file change, the error page, live reload, and a clean stop on SIGINT and SIGTERM. The
/// server listens on a port the system chooses (`--port 0`), read from its ready line.
@Suite struct ServeCommandTests {
    static let product = "---\ntitle: 维修资金专户\n---\n第一版摘要。\n\n## 相关知识\n\n初版知识。\n"

    /// GET a URL; nil when the server does not answer (yet).
    func get(_ url: String) -> (status: Int, body: String)? { HTTPProbe.get(url, timeout: 2) }

    /// Polls until `condition` holds for the page, for at most `seconds`.
    func waitFor(_ url: String, seconds: Double = 10, _ condition: (Int, String) -> Bool) -> (Int, String)? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let page = get(url), condition(page.status, page.body) { return page }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return nil
    }

    @Test func servesRebuildsShowsErrorsAndStops() throws {
        let playbook = try TempPlaybook(["products/fund.md": Self.product])
        defer { playbook.remove() }
        let serve = try ServeProcess(content: playbook.content)
        defer { serve.kill9() }
        try #require(serve.waitUntilReady())
        let base = serve.base

        let first = waitFor(base + "/products/fund.html") { status, body in status == 200 && body.contains("第一版摘要") }
        #expect(first != nil, "the product page is served")
        #expect(first?.1.contains("/__playbook/live") == true, "pages carry the live-reload script")
        #expect(get(base + "/assets/style.css")?.status == 200)
        #expect(get(base + "/no/such/page.html")?.status == 404)
        #expect(get(base + "/products/")?.body.contains("维修资金专户") == true, "folders serve their index.html")

        try playbook.write("products/fund.md", Self.product.replacingOccurrences(of: "第一版", with: "第二版"))
        #expect(waitFor(base + "/products/fund.html") { _, body in body.contains("第二版摘要") } != nil, "rebuilt after a change")
        // A body edit updates the site in place, search index included.
        try playbook.write("products/fund.md", Self.product.replacingOccurrences(of: "第一版", with: "第二版")
            .replacingOccurrences(of: "初版知识", with: "再版知识"))
        #expect(waitFor(base + "/products/fund.html") { _, body in body.contains("再版知识") } != nil, "updated after a body edit")
        #expect(waitFor(base + "/search/docs-0.js") { _, body in body.contains("再版知识") } != nil, "the search index is patched")
        // The message follows the snapshot's update.
        #expect(serve.waitForLog("in place"), "the body edit is an in-place update: \(serve.stderr)")

        try playbook.write("products/broken.md", "---\ntitle: 坏\ncompetitors: [nope]\n---\n")
        let errors = waitFor(base + "/") { _, body in body.contains("unknown-reference") }
        #expect(errors != nil, "content errors are shown as a page")
        try FileManager.default.removeItem(at: playbook.url("products/broken.md"))
        #expect(waitFor(base + "/products/fund.html") { _, body in body.contains("第二版摘要") } != nil, "recovers when fixed")

        // The parse cache went to this server's own cache folder, not the user's ~/.cache.
        let parsed = serve.cacheHome.appendingPathComponent("playbook/parsed")
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: parsed.path)) ?? []).isEmpty == false,
                "no parse cache under the isolated XDG_CACHE_HOME \(parsed.path)")

        let stop = serve.stop(with: SIGINT)
        #expect(stop.ended && stop.status == 0, "Ctrl-C stops the server with status 0: \(stop)")
    }

    @Test func theErrorPageSpeaksThePlaybooksLanguage() throws {
        let playbook = try TempPlaybook(["products/broken.md": "---\ntitle: 坏\ncompetitors: [nope]\n---\n"],
                                        settings: "---\ntitle: 手冊\nlocale: zh-Hant\n---\n")
        defer { playbook.remove() }
        let serve = try ServeProcess(content: playbook.content, extra: ["--lang", "zh-Hant"])
        defer { serve.kill9() }
        try #require(serve.waitUntilReady())
        #expect(serve.stderr.contains("正在提供 http://127.0.0.1:"), "\(serve.stderr)")
        let page = waitFor(serve.base + "/") { _, body in body.contains("unknown-reference") }
        let body = try #require(page?.1)
        #expect(body.contains("<html lang=\"zh-Hant\">"))
        #expect(body.contains("<h1>手冊內容有錯誤</h1>"), "\(body)")
        #expect(body.contains(": 錯誤: `competitors` 寫的是「nope」"), "\(body)")
        #expect(serve.stderr.contains("內容有錯誤"), "\(serve.stderr)")
    }

    /// What the page's script does: open `/__playbook/live`; after a content edit the server
    /// sends "reload".
    @Test func liveReloadTellsOpenPagesToReload() throws {
        let playbook = try TempPlaybook(["products/fund.md": Self.product])
        defer { playbook.remove() }
        let serve = try ServeProcess(content: playbook.content)
        defer { serve.kill9() }
        try #require(serve.waitUntilReady())
        // The server registers the page for changes before it answers the handshake.
        let socket = try WebSocketProbe(port: serve.port, path: "/__playbook/live")

        try playbook.write("products/fund.md", Self.product.replacingOccurrences(of: "初版知识", with: "再版知识"))
        #expect(socket.next() == .text("reload"), "no reload message after an edit: \(serve.stderr)")
        try playbook.write("products/other.md", "---\ntitle: 另一个\n---\n新文件。\n")
        #expect(socket.next() == .text("reload"), "no reload message after a new file: \(serve.stderr)")
        #expect(waitFor(serve.base + "/products/fund.html") { _, body in body.contains("再版知识") } != nil,
                "the reload follows the update")
        #expect(serve.stop(with: SIGINT).status == 0)
    }

    /// SIGINT (Ctrl-C) and SIGTERM end `serve` within two seconds with status 0; an open
    /// live-reload connection gets a close frame ("going away", 1001) first.
    @Test(arguments: [(SIGINT, true), (SIGINT, false), (SIGTERM, true), (SIGTERM, false)])
    func aSignalStopsTheServer(signal: Int32, withPageOpen: Bool) throws {
        let playbook = try TempPlaybook(["products/fund.md": Self.product])
        defer { playbook.remove() }
        let serve = try ServeProcess(content: playbook.content)
        defer { serve.kill9() }
        try #require(serve.waitUntilReady())
        let socket = withPageOpen ? try WebSocketProbe(port: serve.port, path: "/__playbook/live") : nil

        let stop = serve.stop(with: signal)
        #expect(stop.ended, "still running \(stop.seconds) s after signal \(signal)")
        #expect(stop.status == 0, "signal \(signal): \(stop); log: \(serve.stderr)")
        #expect(stop.seconds < 2)
        #expect(serve.stderr.hasSuffix("stopped\n"), "a clean stop, without the deadline: \(serve.stderr)")
        if let socket {
            #expect(socket.next(timeout: 2) == .close(code: 1001), "the live-reload connection gets a close frame")
            #expect(socket.next(timeout: 2) == .ended, "and is closed")
        }
    }

    @Test func aBusyPortIsAClearError() throws {
        let playbook = try TempPlaybook(["products/fund.md": Self.product])
        defer { playbook.remove() }
        let first = try ServeProcess(content: playbook.content)
        defer { first.kill9() }
        try #require(first.waitUntilReady())
        let second = try CLIRunner.run(["serve", "--content", playbook.content.path, "--port", "\(first.port)"], timeout: 60)
        #expect(second.status == 2)
        #expect(second.stderr.contains("\(first.port)"), "\(second.stderr)")
        #expect(second.stderr.contains("(Address already in use)"), "the system's reason, in words: \(second.stderr)")
        #expect(first.stop(with: SIGTERM).status == 0)
    }
}
