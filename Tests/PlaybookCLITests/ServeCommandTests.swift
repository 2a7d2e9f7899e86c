import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// `playbook serve` with a real HTTP client: pages, a rebuild after a file change, the error
/// page, and a clean stop on SIGINT.
@Suite struct ServeCommandTests {
    static let product = "---\ntitle: 维修资金专户\n---\n第一版摘要。\n\n## 相关知识\n\n初版知识。\n"

    /// GET a URL; nil when the server does not answer (yet).
    func get(_ url: String) -> (status: Int, body: String)? {
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var result: (Int, String)?
        var request = URLRequest(url: URL(string: url)!)
        request.timeoutInterval = 2
        URLSession.shared.dataTask(with: request) { data, response, _ in
            if let response = response as? HTTPURLResponse {
                result = (response.statusCode, String(decoding: data ?? Data(), as: UTF8.self))
            }
            done.signal()
        }.resume()
        done.wait()
        return result
    }

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
        let port = Int.random(in: 20_000...60_000)
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["serve", "--content", playbook.content.path, "--port", "\(port)", "--interval", "100"]
        process.standardOutput = FileHandle.nullDevice
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("serve-\(UUID().uuidString).log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        process.standardError = try FileHandle(forWritingTo: log)
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        let base = "http://127.0.0.1:\(port)"

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
        let logged = { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }
        let logDeadline = Date().addingTimeInterval(5)
        while !logged().contains("in place") && Date() < logDeadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(logged().contains("in place"), "the body edit is an in-place update: \(logged())")

        try playbook.write("products/broken.md", "---\ntitle: 坏\ncompetitors: [nope]\n---\n")
        let errors = waitFor(base + "/") { _, body in body.contains("unknown-reference") }
        #expect(errors != nil, "content errors are shown as a page")
        try FileManager.default.removeItem(at: playbook.url("products/broken.md"))
        #expect(waitFor(base + "/products/fund.html") { _, body in body.contains("第二版摘要") } != nil, "recovers when fixed")

        kill(process.processIdentifier, SIGINT)
        let deadline = Date().addingTimeInterval(5)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(!process.isRunning, "Ctrl-C stops the server")
        #expect(process.terminationStatus == 0)
    }

    @Test func aBusyPortIsAClearError() throws {
        let playbook = try TempPlaybook(["products/fund.md": Self.product])
        defer { playbook.remove() }
        let port = Int.random(in: 20_000...60_000)
        let first = Process()
        first.executableURL = CLIRunner.binary
        first.arguments = ["serve", "--content", playbook.content.path, "--port", "\(port)"]
        first.standardError = FileHandle.nullDevice
        try first.run()
        defer { first.terminate() }
        #expect(waitFor("http://127.0.0.1:\(port)/") { status, _ in status == 200 } != nil)
        let second = try CLIRunner.run(["serve", "--content", playbook.content.path, "--port", "\(port)"])
        #expect(second.status == 2)
        #expect(second.stderr.contains("\(port)"))
    }
}
