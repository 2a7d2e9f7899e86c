import PlaybookCore

/// One diagnostic as `check --format json` prints it: the message in the chosen language,
/// the keys as they always were.
struct DiagnosticReport: Encodable {
    var path: String
    var line: Int
    var column: Int
    var severity: Severity
    var code: DiagnosticCode
    var message: String

    init(_ diagnostic: Diagnostic, in locale: PlaybookLocale) {
        path = diagnostic.path
        line = diagnostic.line
        column = diagnostic.column
        severity = diagnostic.severity
        code = diagnostic.code
        message = diagnostic.message(in: locale)
    }
}

extension LoadResult {
    /// The error diagnostics only.
    var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
}
