import PlaybookCore

/// A page's path inside the site (`products/fund.html`), and relative links between pages.
///
/// Every link the site writes is relative, so the site works from `file://` and under any
/// sub-path of a web server.
public struct SitePath: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let path: String
    /// How many folders deep the page is (0 for `index.html`).
    public let depth: Int

    public init(_ path: String) {
        self.path = path
        depth = path.utf8.reduce(0) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 }
    }

    /// The prefix that leads from this page back to the site root (`""` or `../`).
    public var root: String { String(repeating: "../", count: depth) }

    /// A link from `page` to this path.
    public func href(from page: SitePath) -> String { page.root + SitePath.encode(path) }

    public var description: String { path }

    public static func < (a: SitePath, b: SitePath) -> Bool { a.path < b.path }

    /// Percent-encodes what cannot stand in a URL path; letters (CJK included) stay readable.
    static func encode(_ path: String) -> String {
        if path.utf8.allSatisfy(isKept) { return path }
        var result = ""
        for scalar in path.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "-", "_", ".", "/", "~": result.unicodeScalars.append(scalar)
            case _ where !scalar.isASCII: result.unicodeScalars.append(scalar)
            default:
                for byte in String(scalar).utf8 { result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(2) }
            }
        }
        return result
    }

    /// Whether an ASCII byte stands in a URL path as it is (the same set `encode` keeps).
    private static func isKept(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: "~"): true
        default: false
        }
    }

    // The site's URL scheme, in one place.
    public static let home = SitePath("index.html")
    public static func index(_ type: DocumentType) -> SitePath { SitePath("\(type.folder)/index.html") }
    public static func document(_ type: DocumentType, _ id: String) -> SitePath {
        type == .`self` ? SitePath("self/index.html") : SitePath("\(type.folder)/\(id).html")
    }
    public static func objection(_ id: String) -> SitePath { SitePath("objections/\(id).html") }
    public static let tags = SitePath("tags/index.html")
    public static func tag(_ name: String) -> SitePath { SitePath("tags/\(Identifier.slug(name)).html") }
    public static func category(_ name: String) -> SitePath { SitePath("categories/\(Identifier.slug(name)).html") }
    public static let battleCards = SitePath("battlecards/index.html")
    public static func categoryBattleCard(_ name: String) -> SitePath {
        SitePath("battlecards/category-\(Identifier.slug(name)).html")
    }
    public static func competitorBattleCard(_ id: String) -> SitePath { SitePath("battlecards/competitor-\(id).html") }
    public static let reviews = SitePath("reviews.html")
    /// The practice page (the drill in the browser); its data is under `practice/` too.
    public static let practice = SitePath("practice/index.html")
}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
