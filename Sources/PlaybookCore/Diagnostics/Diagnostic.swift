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
    /// What is wrong and what to do, in no language yet (see ``message(in:)``).
    public var text: Message

    public init(_ severity: Severity, _ code: DiagnosticCode, at location: SourceLocation, _ text: Message) {
        self.path = location.path
        self.line = location.line
        self.column = location.column
        self.severity = severity
        self.code = code
        self.text = text
    }

    /// A diagnostic whose message has no catalog entry: shown as written in every language.
    public init(_ severity: Severity, _ code: DiagnosticCode, at location: SourceLocation, _ message: String) {
        self.init(severity, code, at: location, .verbatim(message))
    }

    public var location: SourceLocation { SourceLocation(path: path, line: line, column: column) }

    /// The message in English.
    public var message: String { text.text(in: .en) }

    /// The message in `locale`.
    public func message(in locale: PlaybookLocale) -> String { text.text(in: locale) }

    /// `PATH:LINE:COLUMN: error|warning: MESSAGE [code]`, in English.
    public var description: String { description(in: .en) }

    /// `PATH:LINE:COLUMN: 错误: MESSAGE [code]` in `locale`; the code stays as it is.
    public func description(in locale: PlaybookLocale) -> String {
        let severity = MessageCatalog.name(of: self.severity, in: locale)
        return "\(path):\(line):\(column): \(severity): \(message(in: locale)) [\(code.rawValue)]"
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
            Diagnostic(first.severity, .tooManyDiagnostics, at: first.location,
                       Message(count == 1 ? .oneMoreDiagnostic : .tooManyDiagnostics, "\(count)", first.code.rawValue,
                               first.severity.rawValue))
        }

        /// The omission a ``summary`` stands for (read back from the parse cache), so that more
        /// of its kind add to its count as they would have before it was stored.
        init?(summary: Diagnostic) {
            let arguments = summary.text.arguments
            guard [.tooManyDiagnostics, .oneMoreDiagnostic].contains(summary.text.id), arguments.count == 3,
                  let count = Int(arguments[0]), count > 0,
                  let code = DiagnosticCode(rawValue: arguments[1]) else { return nil }
            self.first = Diagnostic(summary.severity, code, at: summary.location, Message.verbatim(""))
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

    public mutating func error(_ code: DiagnosticCode, at location: SourceLocation, _ message: Message) {
        append(Diagnostic(.error, code, at: location, message))
    }

    public mutating func warning(_ code: DiagnosticCode, at location: SourceLocation, _ message: Message) {
        append(Diagnostic(.warning, code, at: location, message))
    }

    /// An error whose message has no catalog entry yet (shown as written in every language).
    public mutating func error(_ code: DiagnosticCode, at location: SourceLocation, _ message: String) {
        error(code, at: location, .verbatim(message))
    }

    /// A warning whose message has no catalog entry yet (shown as written in every language).
    public mutating func warning(_ code: DiagnosticCode, at location: SourceLocation, _ message: String) {
        warning(code, at: location, .verbatim(message))
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
            ($0.location, $0.severity, $0.code.rawValue, $0.text.id.rawValue, $0.text.arguments.joined(separator: "\u{1}"))
                < ($1.location, $1.severity, $1.code.rawValue, $1.text.id.rawValue, $1.text.arguments.joined(separator: "\u{1}"))
        }
    }
}
