import Foundation
import PlaybookCore

/// The in-page table of contents of a long page: jump links to its `<h2 id>` sections.
///
/// A template asks for one by writing ``marker`` where it should go; after the page's content is
/// rendered, the marker becomes a `<nav class="toc">` listing every `<h2 id="…">` that follows
/// it, or disappears when there are too few sections to be worth a list.
struct TableOfContents: Equatable {
    /// What a template writes where the table of contents goes (the `toc` partial).
    static let marker = "<!--playbook:toc-->"
    /// Pages with fewer sections than this are short enough to scroll.
    static let minimumEntries = 3

    struct Entry: Equatable {
        var id: String
        /// The heading's text as HTML (escaped by the template), without tags.
        var titleHtml: String
    }

    var entries: [Entry]
    private static let headingOpen = Array("<h2 id=\"".utf8)
    private static let headingClose = Array("</h2>".utf8)
    private static let markerBytes = Array(marker.utf8)

    /// The `<h2 id="…">…</h2>` headings of some HTML, in order.
    init(headingsIn html: Substring) {
        var entries: [Entry] = []
        var rest = html[...]
        while let open = rest.firstByteRange(of: Self.headingOpen) {
            rest = rest[open.upperBound...]
            guard let quote = rest.firstIndex(of: "\""),
                  let tagEnd = rest[quote...].firstIndex(of: ">"),
                  let close = rest[tagEnd...].firstByteRange(of: Self.headingClose) else { break }
            let id = String(rest[..<quote])
            let title = Self.withoutTags(rest[rest.index(after: tagEnd)..<close.lowerBound])
                .trimmingCharacters(in: .whitespacesAndNewlines)
            if !id.isEmpty, !title.isEmpty { entries.append(Entry(id: id, titleHtml: title)) }
            rest = rest[close.upperBound...]
        }
        self.entries = entries
    }

    /// A heading's HTML without its tags (a link inside a heading must not nest in the list's link).
    static func withoutTags(_ html: Substring) -> String {
        var text = ""
        var inTag = false
        for character in html {
            switch character {
            case "<": inTag = true
            case ">" where inTag: inTag = false
            default: if !inTag { text.append(character) }
            }
        }
        return text
    }

    /// The navigation list, labelled `label` for screen readers and as its heading.
    func html(label: String) -> String {
        let escaped = HTMLEscaping.escape(label)
        let links = entries.map { "<li><a href=\"#\($0.id)\">\($0.titleHtml)</a></li>" }.joined()
        return "<nav class=\"toc\" aria-label=\"\(escaped)\"><span class=\"toc-label\">\(escaped)</span><ul>\(links)</ul></nav>"
    }

    /// `content` with its marker replaced by the table of contents of what follows it.
    static func fill(_ content: String, label: String) -> String {
        guard let range = content.firstByteRange(of: markerBytes) else { return content }
        let toc = TableOfContents(headingsIn: content[range.upperBound...])
        let replacement = toc.entries.count >= minimumEntries ? toc.html(label: label) : ""
        return String(content[..<range.lowerBound]) + replacement + content[range.upperBound...]
    }
}
