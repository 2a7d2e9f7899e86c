/// The text of one content file, for turning libcmark's byte positions into file positions.
///
/// The Markdown body handed to libcmark starts after the front matter; `bodyLineOffset`
/// says how many lines came before it, so positions point into the original file. Line
/// ends are `\n`, `\r\n` or a lone `\r`, as in CommonMark.
public struct SourceText: Sendable {
    /// The path shown in diagnostics.
    public let path: String
    private let bytes: [UInt8]
    /// UTF-8 offset where each line starts.
    private let lineStarts: [Int]
    /// Lines before the Markdown body (the front matter and its delimiters).
    public let bodyLineOffset: Int
    private let columns = ColumnCache()

    public init(path: String, text: String, bodyLineOffset: Int) {
        self.path = path
        self.bytes = Array(text.utf8)
        self.lineStarts = SourceText.lineStarts(of: bytes)
        self.bodyLineOffset = bodyLineOffset
    }

    /// Offsets where lines start: after each `\n`, and after each `\r` not followed by `\n`.
    static func lineStarts(of bytes: [UInt8]) -> [Int] {
        var starts = [0]
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || (byte == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A)) {
                starts.append(index + 1)
            }
            index += 1
        }
        return starts
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
        guard let (start, end) = byteRange(ofLine: number) else { return "" }
        return Substring(decoding: bytes[start..<end], as: UTF8.self)
    }

    private func byteRange(ofLine number: Int) -> (Int, Int)? {
        guard lineStarts.indices.contains(number - 1) else { return nil }
        let start = lineStarts[number - 1]
        var end = lineStarts.indices.contains(number) ? lineStarts[number] : bytes.count
        while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        return (start, end)
    }

    private func characterColumn(lineNumber: Int, byteColumn: Int) -> Int {
        guard byteColumn > 1, let (start, end) = byteRange(ofLine: lineNumber) else { return max(byteColumn, 1) }
        let target = min(start + byteColumn - 1, end)
        // Count scalars between the line start and the target: every byte that is not a
        // UTF-8 continuation byte starts one. Positions on one line usually come in order,
        // so resume from the last one asked for instead of rescanning long lines.
        var (offset, column) = columns.resume(line: lineNumber, before: target) ?? (start, 1)
        while offset < target {
            if bytes[offset] & 0xC0 != 0x80 { column += 1 }
            offset += 1
        }
        columns.remember(line: lineNumber, offset: offset, column: column)
        return column
    }
}

/// The last column computed, so successive positions on one long line cost O(distance).
private final class ColumnCache: Sendable {
    private let last = Locked((line: 0, offset: 0, column: 1))

    func resume(line: Int, before target: Int) -> (Int, Int)? {
        last.withLock { $0.line == line && $0.offset <= target ? ($0.offset, $0.column) : nil }
    }

    func remember(line: Int, offset: Int, column: Int) {
        last.withLock { $0 = (line, offset, column) }
    }
}
