/// The text of one content file, for turning libcmark's byte positions into file positions.
///
/// The Markdown body handed to libcmark starts after the front matter; `bodyLineOffset`
/// says how many lines came before it, so positions point into the original file.
public struct SourceText: Sendable {
    /// The path shown in diagnostics.
    public let path: String
    private let text: String
    /// UTF-8 offset where each line starts.
    private let lineStarts: [Int]
    /// Lines before the Markdown body (the front matter and its delimiters).
    public let bodyLineOffset: Int

    public init(path: String, text: String, bodyLineOffset: Int) {
        self.path = path
        self.text = text
        var starts = [0]
        for (offset, byte) in text.utf8.enumerated() where byte == 0x0A { starts.append(offset + 1) }
        self.lineStarts = starts
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

    /// The text of a 1-based file line (without its line end), or "" past the end.
    public func line(_ number: Int) -> Substring {
        guard lineStarts.indices.contains(number - 1) else { return "" }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: lineStarts[number - 1])
        var end = lineStarts.indices.contains(number) ? utf8.index(utf8.startIndex, offsetBy: lineStarts[number] - 1) : utf8.endIndex
        if end > start, utf8[utf8.index(before: end)] == 0x0D { end = utf8.index(before: end) }
        return text[start..<end]
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
