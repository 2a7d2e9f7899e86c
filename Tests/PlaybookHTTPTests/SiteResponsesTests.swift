import Foundation
import Hummingbird
import PlaybookHTTP
import Testing

/// Lookups among a site's files and the responses made of them: status, media type, headers.
@Suite struct SiteResponsesTests {
    let files: [String: Data] = [
        "index.html": Data("<html><body>home</body></html>".utf8),
        "assets/style.css": Data("body{}".utf8),
        "search/docs-0.js": Data("var d=[]".utf8),
        "products/index.html": Data("<html>products</html>".utf8),
    ]
    let responses = SiteResponses(cacheControl: "no-store")

    @Test func lookupFindsFilesAndFolderIndexes() {
        #expect(SiteResponses.lookup("/assets/style.css", in: files) == .file(key: "assets/style.css", data: files["assets/style.css"]!))
        #expect(SiteResponses.lookup("/products/", in: files) == .file(key: "products/index.html", data: files["products/index.html"]!))
        #expect(SiteResponses.lookup("/", in: files) == .file(key: "index.html", data: files["index.html"]!))
        #expect(SiteResponses.lookup("/no/such.html", in: files) == .notFound(key: "no/such.html"))
        #expect(SiteResponses.lookup("/%2e%2e/index.html", in: files) == .rejected(.outsideSite))
    }

    @Test func filesCarryTheirMediaTypeAndTheCachePolicy() {
        let css = responses.file(files["assets/style.css"]!, key: "assets/style.css")
        #expect(css.status == .ok)
        #expect(css.headers[.contentType] == "text/css; charset=utf-8")
        #expect(css.headers[.cacheControl] == "no-store")
        #expect(css.headers[.xContentTypeOptions] == "nosniff")
        #expect(responses.file(Data(), key: "search/docs-0.js").headers[.contentType] == "text/javascript; charset=utf-8")
        #expect(SiteResponses(cacheControl: "max-age=60").html("<p>").headers[.cacheControl] == "max-age=60")
    }

    @Test func refusalsAre4xx() {
        #expect(responses.rejected(.tooLong).status == .uriTooLong)
        #expect(responses.rejected(.malformed).status == .badRequest)
        #expect(responses.rejected(.outsideSite).status == .notFound)
        let missing = responses.notFound(key: "a<b>.html") { $0 + "<!--decorated-->" }
        #expect(missing.status == .notFound)
        #expect(missing.headers[.contentType] == "text/html; charset=utf-8")
    }

    @Test(arguments: [("a.html", "text/html; charset=utf-8"), ("a.JSON", "application/json"), ("a.svg", "image/svg+xml"),
                      ("fonts/a.woff2", "font/woff2"), ("a.png", "image/png"), ("README", "application/octet-stream")])
    func mediaTypes(path: String, type: String) {
        #expect(MediaType.of(path: path) == type)
    }
}
