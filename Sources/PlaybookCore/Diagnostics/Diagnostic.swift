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
///
/// One file reports at most ``perCodeLimit`` diagnostics of one code and severity, and at most
/// ``perFileLimit`` in all; past that, each code and severity left out gets one summary
/// (``DiagnosticCode/tooManyDiagnostics``) at the first one left out, saying how many more there
/// are. So hostile content (millions of stray paragraphs in a quiz) costs output, cache and
/// memory in proportion to what is worth reading, not to the input.
public struct DiagnosticLog: Sendable {
    /// Diagnostics of one code and severity one file reports before they are summarised.
    public static let perCodeLimit = 20
    /// Diagnostics one file reports in all before the rest are summarised.
    public static let perFileLimit = 100

    private var kept: [Diagnostic] = []
    /// Kept diagnostics by file, and by file, severity and code.
    private var perFile: [String: Int] = [:]
    private var perKind: [Kind: Int] = [:]
    /// What was left out, in the order first left out.
    private var omitted: [Omission] = []
    private var omissionIndex: [Kind: Int] = [:]

    private struct Kind: Hashable, Sendable {
        var path: String
        var severity: Severity
        var code: DiagnosticCode
    }

    private struct Omission: Sendable {
        /// The first diagnostic left out (the earliest, after merging logs).
        var first: Diagnostic
        var count: Int

        var summary: Diagnostic {
            let what = "`\(first.code.rawValue)` \(first.severity.rawValue)\(count == 1 ? "" : "s")"
            return Diagnostic(first.severity, .tooManyDiagnostics, at: first.location,
                              "and \(count) more \(what) like this in this file, not listed; fix the ones above and check again")
        }

        /// The omission a ``summary`` stands for (read back from the parse cache), so that more
        /// of its kind add to its count as they would have before it was stored.
        init?(summary: Diagnostic) {
            let words = summary.message.split(separator: " ", maxSplits: 4)
            guard words.count == 5, words[0] == "and", words[2] == "more", let count = Int(words[1]), count > 0,
                  words[3].hasPrefix("`"), words[3].hasSuffix("`"),
                  let code = DiagnosticCode(rawValue: String(words[3].dropFirst().dropLast())) else { return nil }
            self.first = Diagnostic(summary.severity, code, at: summary.location, "")
            self.count = count
        }

        init(first: Diagnostic, count: Int) {
            self.first = first
            self.count = count
        }
    }

    public init() {}

    /// Everything kept, then one summary for each kind of diagnostic left out.
    public var diagnostics: [Diagnostic] {
        omitted.isEmpty ? kept : kept + omitted.map(\.summary)
    }

    public mutating func error(_ code: DiagnosticCode, at location: SourceLocation, _ message: String) {
        append(Diagnostic(.error, code, at: location, message))
    }

    public mutating func warning(_ code: DiagnosticCode, at location: SourceLocation, _ message: String) {
        append(Diagnostic(.warning, code, at: location, message))
    }

    public mutating func append(contentsOf other: DiagnosticLog) {
        for diagnostic in other.kept { append(diagnostic) }
        for omission in other.omitted { omit(omission.first, count: omission.count) }
    }

    public mutating func append(_ diagnostic: Diagnostic) {
        // A summary (read back from the parse cache) stands for diagnostics already counted.
        guard diagnostic.code != .tooManyDiagnostics else {
            if let omission = Omission(summary: diagnostic) {
                omit(omission.first, count: omission.count)
            } else {
                kept.append(diagnostic)
            }
            return
        }
        let kind = Kind(path: diagnostic.path, severity: diagnostic.severity, code: diagnostic.code)
        let inFile = perFile[diagnostic.path, default: 0], ofKind = perKind[kind, default: 0]
        guard inFile < DiagnosticLog.perFileLimit, ofKind < DiagnosticLog.perCodeLimit else {
            omit(diagnostic, count: 1)
            return
        }
        perFile[diagnostic.path] = inFile + 1
        perKind[kind] = ofKind + 1
        kept.append(diagnostic)
    }

    private mutating func omit(_ diagnostic: Diagnostic, count: Int) {
        let kind = Kind(path: diagnostic.path, severity: diagnostic.severity, code: diagnostic.code)
        if let index = omissionIndex[kind] {
            omitted[index].count += count
            if diagnostic.location < omitted[index].first.location { omitted[index].first = diagnostic }
        } else {
            omissionIndex[kind] = omitted.count
            omitted.append(Omission(first: diagnostic, count: count))
        }
    }

    public var hasErrors: Bool {
        kept.contains { $0.severity == .error } || omitted.contains { $0.first.severity == .error }
    }

    /// Diagnostics in file order, errors before warnings at the same place.
    public var sorted: [Diagnostic] {
        diagnostics.sorted {
            ($0.location, $0.severity, $0.code.rawValue, $0.message)
                < ($1.location, $1.severity, $1.code.rawValue, $1.message)
        }
    }
}
