import PlaybookCore

/// Turns links to content files in rendered Markdown (`href="../competitors/cmb.md"`) into
/// links to the pages that show them, relative to the page being written.
struct LinkRewriter {
    /// Content-relative file path → the page that shows it (looked up only for pages with links).
    let pageForFile: @Sendable (String) -> SitePath?

    /// Rewrites every `href="….md"` in cmark's HTML. cmark writes each link as
    /// `<a href="URL"` with the URL escaped, so scanning for `href="` finds exactly the links.
    /// (Works on bytes: Foundation's and the standard library's substring searches were most
    /// of a rebuild's time.)
    func rewrite(_ html: String, from file: String, on page: SitePath) -> String {
        guard Self.mentionsMarkdown(html) else { return html }
        let bytes = Array(html.utf8)
        let folder = file.split(separator: "/").dropLast().map(String.init)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 64)
        var position = 0
        while let start = Self.find(Self.hrefOpening, in: bytes, from: position) {
            let urlStart = start + Self.hrefOpening.count
            result += bytes[position..<urlStart]
            position = urlStart
            guard let end = bytes[urlStart...].firstIndex(of: UInt8(ascii: "\"")) else { break }
            let url = String(decoding: bytes[urlStart..<end], as: UTF8.self)
            result += (target(of: url, folder: folder, page: page) ?? url).utf8
            position = end
        }
        result += bytes[position...]
        return String(decoding: result, as: UTF8.self)
    }

    /// Whether `html` contains `.md` anywhere (checked without copying it: most text has no links).
    private static func mentionsMarkdown(_ html: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in html.utf8 {
            if byte == UInt8(ascii: "d"), previous == (UInt8(ascii: "."), UInt8(ascii: "m")) { return true }
            previous = (previous.1, byte)
        }
        return false
    }

    private static let hrefOpening = Array("href=\"".utf8)

    /// The offset of the first `needle` in `bytes` at or after `start`.
    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, bytes.count >= needle.count else { return nil }
        var index = start
        while index <= bytes.count - needle.count {
            if bytes[index] == first, bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    private func target(of url: String, folder: [String], page: SitePath) -> String? {
        if url.contains(":") || url.hasPrefix("#") { return nil }
        let parts = url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let path = String(parts[0]).replacingOccurrences(of: "&amp;", with: "&")
        guard path.lowercased().hasSuffix(".md"), let resolved = ContentPath.resolve(path, from: folder),
              let target = pageForFile(resolved) else { return nil }
        let fragment = parts.count > 1 ? "#" + parts[1] : ""
        return target.href(from: page) + fragment
    }
}
