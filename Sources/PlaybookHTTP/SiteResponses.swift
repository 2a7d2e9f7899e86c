import Foundation
import Hummingbird
import PlaybookCore

/// HTTP responses for a site held in memory (path → bytes): each file with its media type,
/// `nosniff` and one cache policy, a 404 page naming the path, and a plain 4xx for a request
/// path that names no file (``SitePath/Rejection``). Shared by every server of the site.
public struct SiteResponses: Sendable {
    /// The `Cache-Control` of every response (`no-store` for a preview that changes under the reader).
    public var cacheControl: String

    public init(cacheControl: String) {
        self.cacheControl = cacheControl
    }

    /// What a request path finds among a site's files.
    public enum Lookup: Sendable, Equatable {
        /// The file `key` (the path itself, or its folder's `index.html`).
        case file(key: String, data: Data)
        /// A readable path that names no file; `key` is the path read.
        case notFound(key: String)
        /// A path that cannot name a file of the site.
        case rejected(SitePath.Rejection)
    }

    /// Looks `requestPath` (still percent-encoded, without its query) up among `files`.
    public static func lookup(_ requestPath: String, in files: [String: Data]) -> Lookup {
        let path: SitePath
        do { path = try SitePath(requestPath: requestPath) } catch { return .rejected(error) }
        guard let key = path.file(in: { files[$0] != nil }), let data = files[key] else { return .notFound(key: path.key) }
        return .file(key: key, data: data)
    }

    /// The file `key` with the media type of its extension.
    public func file(_ data: Data, key: String, status: HTTPResponse.Status = .ok) -> Response {
        body(data, type: MediaType.of(path: key), status: status)
    }

    /// An HTML page.
    public func html(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        body(Data(html.utf8), type: MediaType.of(path: "page.html"), status: status)
    }

    /// The page for a path that names no file; `decorate` may add to its HTML (a script).
    public func notFound(key: String, decorate: (String) -> String = { $0 }) -> Response {
        html(decorate("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>404</title></head>"
                + "<body><h1>404</h1><p>\(HTMLEscaping.escape(key))</p></body></html>"), status: .notFound)
    }

    /// A plain-text refusal of a path that cannot name a file: 414 when too long, 400 when
    /// malformed, 404 for a `..` (it names nothing here).
    public func rejected(_ rejection: SitePath.Rejection) -> Response {
        let status: HTTPResponse.Status = switch rejection {
        case .tooLong: .uriTooLong
        case .malformed: .badRequest
        case .outsideSite: .notFound
        }
        return body(Data("\(status.code) \(status.reasonPhrase)\n".utf8), type: MediaType.of(path: "status.txt"), status: status)
    }

    private func body(_ data: Data, type: String, status: HTTPResponse.Status) -> Response {
        Response(status: status,
                 headers: [.contentType: type, .cacheControl: cacheControl, .xContentTypeOptions: "nosniff"],
                 body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
