import Foundation

/// The address of a team hub (`hub:` in playbook.md, `--hub` on the command line).
public enum HubAddress {
    /// `text` as an http(s) base URL ending in `/` (a path is kept, for a hub behind a proxy),
    /// or nil when it is not one: another scheme, no host, a query or a fragment.
    public static func parse(_ text: String) -> URL? {
        guard var components = URLComponents(string: text.trimmingCharacters(in: .whitespaces)),
              let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
              components.host?.isEmpty == false, components.query == nil, components.fragment == nil,
              components.user == nil, components.password == nil
        else { return nil }
        components.scheme = scheme
        if !components.path.hasSuffix("/") { components.path += "/" }
        return components.url
    }
}
