import Foundation

/// Where the dashboard's pages, style sheet and CSV files are, seen from one page: absolute
/// paths under `/dashboard` on the hub, relative file names in a `hub report` folder.
public struct DashboardLinks: Sendable, Equatable {
    public enum Layout: Sendable, Equatable {
        /// Served by the hub under `/dashboard`.
        case server
        /// Static files: `index.html`, `forecast.html`, `learners/NAME.html`, `hub.css`; `depth`
        /// is how many folders below the report's root the page is.
        case files(depth: Int)
    }

    public var layout: Layout
    /// Server: the page's query (`date=…&product=…`) that its CSV links keep; files: the page's
    /// file name without `.html`, which its CSV files start with.
    public var page: String

    public init(layout: Layout, page: String = "") {
        self.layout = layout
        self.page = page
    }

    /// The file name of a learner's page in a report (names are letters, digits, `.`, `_`, `-`).
    public static func fileName(of learner: String) -> String { learner + ".html" }

    public var css: String { root + "hub.css" }
    public var team: String { layout == .server ? "/dashboard" : root + "index.html" }
    public var forecast: String { root + (layout == .server ? "forecast" : "forecast.html") }

    public func learner(_ name: String) -> String {
        let encoded = name.addingPercentEncoding(withAllowedCharacters: Self.pathCharacters) ?? name
        return root + (layout == .server ? "learners/" + encoded : "learners/" + encoded + ".html")
    }

    /// The CSV of table `id` of this page.
    public func csv(_ id: String) -> String {
        switch layout {
        case .server:
            let query = page.isEmpty ? "" : page + "&"
            return "?" + query + "format=csv&table=" + id
        case .files:
            return (page.addingPercentEncoding(withAllowedCharacters: Self.pathCharacters) ?? page) + "-" + id + ".csv"
        }
    }

    private var root: String {
        switch layout {
        case .server: "/dashboard/"
        case .files(let depth): String(repeating: "../", count: depth)
        }
    }

    /// Path characters that need no escaping, without `/`, `?`, `#`, `;` (a name is one segment).
    private static let pathCharacters = CharacterSet.urlPathAllowed.subtracting(CharacterSet(charactersIn: "/?#;"))
}
