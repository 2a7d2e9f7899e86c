/// A place in a content file: path as shown to the user, 1-based line and column.
///
/// Columns count Unicode scalars (characters), as YAML parsers and most editors do, so
/// a column points at the same character whether the line holds Chinese or ASCII.
public struct SourceLocation: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int, column: Int = 1) {
        self.path = path
        self.line = line
        self.column = column
    }

    public var description: String { "\(path):\(line):\(column)" }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.path, a.line, a.column) < (b.path, b.line, b.column)
    }
}

/// Where a model object came from: a file and the line it starts on.
public struct SourceReference: Sendable, Hashable, Codable {
    public var path: String
    public var line: Int

    public init(path: String, line: Int) {
        self.path = path
        self.line = line
    }

    public init(_ location: SourceLocation) {
        self.init(path: location.path, line: location.line)
    }
}
