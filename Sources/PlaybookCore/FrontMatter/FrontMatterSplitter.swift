/// A content file split into its YAML front matter and its Markdown body.
struct SplitDocument: Sendable {
    /// The YAML between the `---` lines, or nil when the file has no front matter.
    var yaml: String?
    /// The Markdown after the front matter.
    var body: String
    /// How many file lines come before the body (0 without front matter).
    var bodyLineOffset: Int
}

enum FrontMatterSplitter {
    /// Splits `text` at its front matter: a first line `---` and a closing `---` or `...`.
    ///
    /// Returns nil when the front matter is never closed.
    static func split(_ text: String) -> SplitDocument? {
        var lines = text.split(omittingEmptySubsequences: false,
                               whereSeparator: { $0 == "\n" || $0 == "\r\n" })[...]
        guard let first = lines.first, isDelimiter(first, allowDots: false) else {
            return SplitDocument(yaml: nil, body: text, bodyLineOffset: 0)
        }
        lines = lines.dropFirst()
        guard let closing = lines.firstIndex(where: { isDelimiter($0, allowDots: true) }) else {
            return nil
        }
        let yaml = lines[lines.startIndex..<closing].joined(separator: "\n")
        // The body starts right after the closing line's line end; slicing the original
        // text (not re-joining lines) keeps CRLF and byte columns as they were.
        let bodyStart = lines[closing].endIndex
        var body = text[bodyStart...]
        if body.first == "\n" || body.first == "\r\n" { body = body.dropFirst() }
        return SplitDocument(yaml: yaml, body: String(body), bodyLineOffset: closing + 1)
    }

    private static func isDelimiter(_ line: Substring, allowDots: Bool) -> Bool {
        let trimmed = line.trimmingWhitespace()
        return trimmed == "---" || (allowDots && trimmed == "...")
    }
}
