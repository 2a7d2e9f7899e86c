import Foundation

/// Where a sign-in sends the browser: the `next` parameter when it is a path on this site,
/// else the dashboard. Anything that could leave the site (`//evil.com`, `/\evil.com`,
/// `https://…`, control characters) is refused, so the form cannot be used as an open redirect.
enum SignInRedirect {
    static let fallback = "/dashboard"

    static func target(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\"),
              next.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value != 0x7F }),
              let components = URLComponents(string: next), components.scheme == nil, components.host == nil else {
            return fallback
        }
        return next
    }
}
