/// The text of one content file, for turning libcmark's byte positions into file positions.
///
/// The Markdown body handed to libcmark starts after the front matter; `bodyLineOffset`
/// says how many lines came before it, so positions point into the original file.
public struct SourceText: Sendable {
    /// The path shown in diagnostics.
    public let path: String
    /// Lines of the whole file (after a byte-order mark is dropped), without line ends.
    private let lines: [Substring]
    /// Lines before the Markdown body (the front matter and its delimiters).
    public let bodyLineOffset: Int

    public init(path: String, text: String, bodyLineOffset: Int) {
        self.path = path
        self.lines = text.split(omittingEmptySubsequences: false,
                                whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        self.bodyLineOffset = bodyLineOffset
    }

    /// The file position of a position in the Markdown body.
    public func location(_ position: MarkdownPosition) -> SourceLocation {
        let line = position.line + bodyLineOffset
        return SourceLocation(path: path, line: line, column: characterColumn(lineNumber: line, byteColumn: position.byteColumn))
    }

    /// Where a node starts in the file.
    public func location(of node: MarkdownNode) -> SourceLocation { location(node.start) }

    /// The first line of the file, at column 1.
    public var start: SourceLocation { SourceLocation(path: path, line: 1, column: 1) }

    /// A location given in file lines and character columns.
    public func location(line: Int, column: Int = 1) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column)
    }

    /// The text of a 1-based file line, or "" past the end.
    public func line(_ number: Int) -> Substring {
        lines.indices.contains(number - 1) ? lines[number - 1] : ""
    }

    private func characterColumn(lineNumber: Int, byteColumn: Int) -> Int {
        guard byteColumn > 1 else { return max(byteColumn, 1) }
        let utf8 = line(lineNumber).utf8
        let limit = min(byteColumn - 1, utf8.count)
        let prefix = utf8.prefix(limit)
        // Count scalars in the byte prefix: every byte that is not a continuation byte
        // starts one.
        return prefix.reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
    }
}
