import Foundation

/// A request path read as the key of a file in a site held in memory ("products/fund.html"),
/// or the reason it cannot be one. Percent-escapes are decoded before the path is split, so
/// `%2e%2e` is `..`; a `..` segment is refused rather than resolved, so no request names
/// anything outside the site.
public struct SitePath: Sendable, Equatable, CustomStringConvertible {
    /// The longest request path read, in bytes; a longer one is refused.
    public static let maximumLength = 2048

    /// The path's segments joined with "/", without a leading slash; "" for the root.
    public let key: String

    public var description: String { key }

    /// Why a request path names no file of the site.
    public enum Rejection: Error, Equatable, Sendable {
        /// Longer than ``SitePath/maximumLength``.
        case tooLong
        /// A percent-escape that decodes to nothing (`%zz`, a lone `%`, invalid UTF-8) or a NUL.
        case malformed
        /// A `..` segment, written plainly or percent-encoded.
        case outsideSite
    }

    /// Reads `requestPath` (the path of the request's URI, without its query, still percent-encoded).
    public init(requestPath: String) throws(Rejection) {
        guard requestPath.utf8.count <= Self.maximumLength else { throw .tooLong }
        guard let decoded = requestPath.removingPercentEncoding, !decoded.contains("\0") else { throw .malformed }
        let segments = decoded.split(separator: "/").filter { $0 != "." }
        guard !segments.contains("..") else { throw .outsideSite }
        key = segments.joined(separator: "/")
    }

    /// The key of the file among `keys` that this path serves: the path itself, or the
    /// `index.html` of the folder it names (the root's for ""). Nil when there is none.
    public func file(in keys: (String) -> Bool) -> String? {
        if !key.isEmpty, keys(key) { return key }
        let index = key.isEmpty ? "index.html" : key + "/index.html"
        return keys(index) ? index : nil
    }
}
