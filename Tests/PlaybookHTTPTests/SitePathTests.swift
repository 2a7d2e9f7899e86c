import PlaybookHTTP
import Testing

/// Request paths read as keys of a site in memory: plain, folders, and every spelling of `..`.
@Suite struct SitePathTests {
    func key(_ path: String) throws -> String { try SitePath(requestPath: path).key }

    func rejection(_ path: String) -> SitePath.Rejection? {
        do { _ = try SitePath(requestPath: path); return nil } catch { return error }
    }

    @Test func plainPathsAreTheirSegments() throws {
        #expect(try key("/") == "")
        #expect(try key("/products/fund.html") == "products/fund.html")
        #expect(try key("//products/./fund.html/") == "products/fund.html")
        #expect(try key("/search/%E7%B4%A2%E5%BC%95.js") == "search/索引.js", "percent-escapes are decoded")
    }

    @Test(arguments: ["/../etc/passwd", "/products/../../etc/passwd", "/%2e%2e/etc/passwd", "/%2E%2E/%2e%2e/x",
                      "/assets/..%2f..%2fPackage.swift", "/..", "/a/%2e%2e"])
    func parentSegmentsAreRefused(path: String) {
        #expect(rejection(path) == .outsideSite, "\(path)")
    }

    @Test func doubleEncodedDotsAreAName() throws {
        // Decoded once only: "%2e%2e" is a literal folder name, which no site has.
        #expect(try key("/%252e%252e/etc") == "%2e%2e/etc")
    }

    @Test(arguments: ["/%zz", "/a%", "/%ff%fe", "/a%00b"])
    func brokenEscapesAndNulAreMalformed(path: String) {
        #expect(rejection(path) == .malformed, "\(path)")
    }

    @Test func overlongPathsAreRefused() {
        #expect(rejection("/" + String(repeating: "a", count: SitePath.maximumLength)) == .tooLong)
        #expect(rejection("/" + String(repeating: "a", count: SitePath.maximumLength - 1)) == nil)
    }

    @Test func foldersServeTheirIndex() throws {
        let files: Set = ["index.html", "products/index.html", "products/fund.html"]
        let find = { (path: String) in try SitePath(requestPath: path).file(in: files.contains) }
        #expect(try find("/") == "index.html")
        #expect(try find("/products") == "products/index.html")
        #expect(try find("/products/") == "products/index.html")
        #expect(try find("/products/fund.html") == "products/fund.html")
        #expect(try find("/products/loan.html") == nil)
        #expect(try SitePath(requestPath: "/").file(in: { _ in false }) == nil, "no index, no file")
    }
}
