import Foundation

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
        let utf8 = text.utf8
        // Walk line by line over the bytes: only the front matter is scanned, not the body.
        // Line ends are \n, \r\n or a lone \r, as in CommonMark.
        var lineStart = utf8.startIndex
        var lineNumber = 0
        var yamlStart: String.Index?
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex { $0 == 0x0A || $0 == 0x0D } ?? utf8.endIndex
            var next = lineEnd
            if next < utf8.endIndex {
                let isCR = utf8[next] == 0x0D
                next = utf8.index(after: next)
                if isCR, next < utf8.endIndex, utf8[next] == 0x0A { next = utf8.index(after: next) }
            }
            lineNumber += 1
            let line = text[lineStart..<lineEnd]
            if lineNumber == 1 {
                guard isDelimiter(line, allowDots: false) else {
                    return SplitDocument(yaml: nil, body: text, bodyLineOffset: 0)
                }
                yamlStart = next
            } else if isDelimiter(line, allowDots: true), let yamlStart {
                let yaml = String(text[yamlStart..<lineStart])
                    .replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
                return SplitDocument(yaml: yaml, body: String(text[next...]), bodyLineOffset: lineNumber)
            }
            lineStart = next
        }
        return yamlStart == nil ? SplitDocument(yaml: nil, body: text, bodyLineOffset: 0) : nil
    }

    private static func isDelimiter(_ line: Substring, allowDots: Bool) -> Bool {
        let trimmed = line.trimmingWhitespace()
        return trimmed == "---" || (allowDots && trimmed == "...")
    }
}
