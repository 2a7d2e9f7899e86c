import Foundation
import PlaybookCore

/// Writing to standard output and standard error.
enum Terminal {
    static func printOut(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// `message` in `locale`, on standard output.
    static func printOut(_ message: Message, in locale: PlaybookLocale) {
        printOut(message.text(in: locale))
    }

    /// `message` in `locale`, on standard error.
    static func printError(_ message: Message, in locale: PlaybookLocale) {
        printError(message.text(in: locale))
    }

    /// "error: …" / "错误：…" on standard error.
    static func printFailure(_ detail: String, in locale: PlaybookLocale) {
        printError(Message(.errorLine, detail), in: locale)
    }

    /// Each diagnostic as `PATH:LINE:COLUMN: severity: message [code]` in `locale`.
    static func printDiagnostics(_ diagnostics: [Diagnostic], in locale: PlaybookLocale, toStandardError: Bool = true) {
        for diagnostic in diagnostics {
            let line = diagnostic.description(in: locale)
            if toStandardError { printError(line) } else { printOut(line) }
        }
    }
}
