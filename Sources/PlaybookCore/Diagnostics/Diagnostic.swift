/// How serious a diagnostic is. Errors stop a build; warnings do not (unless `--strict`).
public enum Severity: String, Sendable, Codable, Hashable, Comparable {
    case error, warning

    public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
}

/// One authoring problem, at a place in a content file.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int
    public var severity: Severity
    public var code: DiagnosticCode
    public var message: String

    public init(_ severity: Severity, _ code: DiagnosticCode, at location: SourceLocation, _ message: String) {
        self.path = location.path
        self.line = location.line
        self.column = location.column
        self.severity = severity
        self.code = code
        self.message = message
    }

    public var location: SourceLocation { SourceLocation(path: path, line: line, column: column) }

    /// `PATH:LINE:COLUMN: error|warning: MESSAGE [code]`
    public var description: String {
        "\(path):\(line):\(column): \(severity.rawValue): \(message) [\(code.rawValue)]"
    }

    /// The same diagnostic as an error (for `--strict`).
    public func promoted() -> Diagnostic {
        var copy = self
        copy.severity = .error
        return copy
    }
}

/// Collects diagnostics while a playbook is read.
public struct DiagnosticLog: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public mutating func error(_ code: DiagnosticCode, at location: SourceLocation, _ message: String) {
        diagnostics.append(Diagnostic(.error, code, at: location, message))
    }

    public mutating func warning(_ code: DiagnosticCode, at location: SourceLocation, _ message: String) {
        diagnostics.append(Diagnostic(.warning, code, at: location, message))
    }

    public mutating func append(contentsOf other: DiagnosticLog) {
        diagnostics.append(contentsOf: other.diagnostics)
    }

    public mutating func append(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Diagnostics in file order, errors before warnings at the same place.
    public var sorted: [Diagnostic] {
        diagnostics.sorted {
            ($0.location, $0.severity, $0.code.rawValue, $0.message)
                < ($1.location, $1.severity, $1.code.rawValue, $1.message)
        }
    }
}
