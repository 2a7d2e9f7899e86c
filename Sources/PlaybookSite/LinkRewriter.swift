import PlaybookCore

/// Turns links to content files in rendered Markdown (`href="../competitors/cmb.md"`) into
/// links to the pages that show them, relative to the page being written.
struct LinkRewriter {
    let pageForFile: [String: SitePath]

    /// Rewrites every `href="….md"` in cmark's HTML. cmark writes each link as
    /// `<a href="URL"` with the URL escaped, so scanning for `href="` finds exactly the links.
    func rewrite(_ html: String, from file: String, on page: SitePath) -> String {
        guard html.contains(".md") else { return html }
        let folder = file.split(separator: "/").dropLast().map(String.init)
        var result = ""
        var rest = Substring(html)
        while let start = rest.range(of: "href=\"") {
            result += rest[..<start.upperBound]
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { break }
            let url = String(rest[..<end])
            result += target(of: url, folder: folder, page: page) ?? url
            rest = rest[end...]
        }
        return result + rest
    }

    private func target(of url: String, folder: [String], page: SitePath) -> String? {
        if url.contains(":") || url.hasPrefix("#") { return nil }
        let parts = url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let path = String(parts[0]).replacingOccurrences(of: "&amp;", with: "&")
        guard path.lowercased().hasSuffix(".md"), let resolved = ContentPath.resolve(path, from: folder),
              let target = pageForFile[resolved] else { return nil }
        let fragment = parts.count > 1 ? "#" + parts[1] : ""
        return target.href(from: page) + fragment
    }
}
