import Foundation
import Hummingbird

/// The CSRF defence of every state-changing request a browser sends with the session cookie:
/// it must come from the hub's own pages. `Sec-Fetch-Site: same-origin` when the browser sends it,
/// else an `Origin` whose host and port are the request's authority (`Host`) (`X-Forwarded-Host` behind a
/// trusted proxy). A request with neither header is refused.
enum SessionOrigin {
    static func isSameOrigin(_ request: Request, trustForwarded: Bool) -> Bool {
        if let site = request.headers[.secFetchSite] { return site.lowercased() == "same-origin" }
        guard let origin = request.headers[.origin], origin != "null",
              let components = URLComponents(string: origin), let host = components.host else { return false }
        let forwarded = trustForwarded ? request.headers[.xForwardedHost] : nil
        guard let expected = forwarded ?? request.head.authority else { return false }
        let originHost = components.port.map { "\(host):\($0)" } ?? host
        return originHost.lowercased() == expected.lowercased() || withoutDefaultPort(expected, scheme: components.scheme) == originHost.lowercased()
    }

    /// `example.org:443` → `example.org` for https (browsers leave default ports out of `Origin`).
    private static func withoutDefaultPort(_ authority: String, scheme: String?) -> String {
        let lower = authority.lowercased()
        let port = scheme == "https" ? ":443" : ":80"
        return lower.hasSuffix(port) ? String(lower.dropLast(port.count)) : lower
    }
}
