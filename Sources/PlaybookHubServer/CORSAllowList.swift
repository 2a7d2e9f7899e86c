import Foundation
import Hummingbird

/// The origins other than the hub's own that may call its API from a browser: a site hosted
/// elsewhere (`hub serve --allow-origin https://training.example.com`). Only `/api/v1/…` and
/// `/healthz` answer cross-origin, only listed origins get `Access-Control-Allow-Origin`, never `*`.
///
/// Hummingbird's `CORSMiddleware` takes its allow-list as a variadic literal and answers every
/// preflight on every path, so the hub keeps this small middleware instead.
public struct CORSAllowList: Sendable, Equatable {
    /// The allowed origins, as `scheme://host[:port]` in lower case.
    public let origins: Set<String>

    /// Checks each origin (`https://training.example.com`, `http://localhost:8000`); throws for a
    /// wildcard, a path, a query or a scheme other than http/https.
    public init(_ origins: [String]) throws(CORSOriginError) {
        self.origins = Set(try origins.map(Self.origin))
    }

    /// The origin `text` names, normalised, or the reason it is not one.
    public static func origin(_ text: String) throws(CORSOriginError) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let bare = trimmed.hasSuffix("/") ? String(trimmed.dropLast()) : trimmed
        guard bare != "*", bare != "null" else { throw .wildcard(text) }
        guard let components = URLComponents(string: bare), let scheme = components.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty
        else { throw .notAnOrigin(text) }
        guard components.path.isEmpty, components.query == nil, components.fragment == nil,
              components.user == nil, components.password == nil
        else { throw .notAnOrigin(text) }
        return "\(scheme)://\(host.lowercased())" + (components.port.map { ":\($0)" } ?? "")
    }

    /// Whether a request to `path` may be answered cross-origin at all.
    static func isShared(_ path: String) -> Bool {
        path == "/healthz" || path.hasPrefix("/api/v1/")
    }

    /// Whether `origin` (a request's `Origin` header) is on the list.
    func allows(_ origin: String) -> Bool {
        (try? Self.origin(origin)).map(origins.contains) ?? false
    }
}

/// A value given to `--allow-origin` that is not an origin.
public enum CORSOriginError: Error, Equatable, CustomStringConvertible {
    case wildcard(String)
    case notAnOrigin(String)

    public var description: String {
        switch self {
        case .wildcard(let text):
            "--allow-origin \(text): a wildcard would let any site read learners' data; list each site's origin, e.g. https://training.example.com"
        case .notAnOrigin(let text):
            "--allow-origin \(text): not an origin; give scheme, host and port only, e.g. https://training.example.com or http://localhost:8000"
        }
    }
}

/// Answers preflights and adds `Access-Control-Allow-Origin` for the listed origins on the API.
struct CORSMiddleware<Context: RequestContext>: RouterMiddleware {
    let allowList: CORSAllowList

    static var allowedMethods: String { "GET, POST, OPTIONS" }
    static var allowedHeaders: String { "Authorization, Content-Type" }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard CORSAllowList.isShared(request.uri.path), let origin = request.headers[.origin] else {
            return try await next(request, context)
        }
        let allowed = allowList.allows(origin)
        if request.method == .options {
            guard allowed else {
                return HubAPIError(status: .forbidden,
                                   message: "the origin \(origin) may not call this hub: start it with --allow-origin \(origin)").response
            }
            return Response(status: .noContent, headers: [
                .accessControlAllowOrigin: origin, .accessControlAllowMethods: Self.allowedMethods,
                .accessControlAllowHeaders: Self.allowedHeaders, .accessControlMaxAge: "600", .vary: "Origin",
            ])
        }
        var response = try await next(request, context)
        if allowed { response.headers[.accessControlAllowOrigin] = origin }
        response.headers[values: .vary].append("Origin")
        return response
    }
}

extension CORSAllowList {
    /// No other origin.
    public static let none = CORSAllowList(checked: [])

    private init(checked: Set<String>) { origins = checked }
}
