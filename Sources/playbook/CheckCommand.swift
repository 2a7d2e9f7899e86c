import ArgumentParser
import Foundation
import PlaybookCache
import PlaybookCore
import PlaybookDrill

/// The content folder, for every command that works on one.
struct ContentFolderOption: ParsableArguments {
    @Option(name: .long, help: "The playbook folder.")
    var content: String = "Content"

    @OptionGroup var language: LanguageOption

    /// The language to speak: `--lang`, else the playbook's locale, else the environment's.
    var locale: PlaybookLocale { language.locale(content: content) }

    /// Stops with exit code 2 unless the folder exists.
    func requireFolder() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: content, isDirectory: &isDirectory), isDirectory.boolValue else {
            let locale = language.locale(playbook: nil)
            Terminal.printFailure(Message(.noSuchFolder, content).text(in: locale), in: locale)
            throw ExitCode(2)
        }
    }
}

/// Options shared by commands that read a content folder's documents.
struct ContentOptions: ParsableArguments {
    @OptionGroup var folder: ContentFolderOption

    var content: String { folder.content }

    /// The language to speak (see ``LanguageOption``).
    var locale: PlaybookLocale { folder.locale }

    @Option(name: .long, help: ArgumentHelp("Check review dates against this day (YYYY-MM-DD) instead of today.", valueName: "date"))
    var today: String?

    @Flag(name: .long, help: "Read every file again: do not use or update the parse cache (~/.cache/playbook).")
    var noCache = false

    func loaderOptions() throws -> PlaybookLoader.Options {
        var options = PlaybookLoader.Options.current
        if let today {
            guard let day = CalendarDay(iso: today) else {
                throw ValidationError(Message(.todayInvalid).text(in: locale))
            }
            options.today = day
        }
        if !noCache { options.reading = ParseCache(contentPath: content) }
        return options
    }

    /// Loads the playbook, turning I/O failures into exit code 2.
    func load(deriveCards: Bool = true) throws -> LoadResult {
        var options = try loaderOptions()
        options.deriveCards = deriveCards
        let result = try reportingIOErrors { try PlaybookLoader.load(contentPath: content, options: options) }
        ExitRetention.keep(result)  // kept only by one-shot commands that turned retention on
        return result
    }

    /// Loads the playbook for a command that needs it whole: content errors are printed and end
    /// the command with exit code 1.
    func loadWithoutErrors() throws -> LoadResult {
        let result = try load()
        if result.hasErrors {
            Terminal.printDiagnostics(result.errors, in: locale)
            throw ExitCode(1)
        }
        return result
    }

    /// Runs `body`, turning a content folder that cannot be read into exit code 2.
    func reportingIOErrors<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as PlaybookIOError {
            let locale = folder.language.locale(playbook: nil)
            Terminal.printFailure(error.localized(in: locale), in: locale)
            throw ExitCode(2)
        }
    }
}

enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Report every authoring problem with file, line and column.",
        discussion: "Exit codes: 0 no errors (warnings allowed), 1 errors (or warnings with --strict), 2 usage or I/O error.")

    @OptionGroup var content: ContentOptions

    @Option(help: "Output format: text or json.")
    var format: DiagnosticFormat = .text

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    func run() throws {
        ExitRetention.enable()
        let result = try content.load()
        let locale = content.locale
        let diagnostics = strict ? result.diagnostics.map { $0.promoted() } : result.diagnostics
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let reports = diagnostics.map { DiagnosticReport($0, in: locale) }
            Terminal.printOut(String(decoding: try encoder.encode(reports), as: UTF8.self))
        case .text:
            Terminal.printDiagnostics(diagnostics, in: locale, toStandardError: false)
            let errors = diagnostics.filter { $0.severity == .error }.count
            let warnings = diagnostics.count - errors
            let documents = result.playbook.documents.count
            Terminal.printError(Message(.checkSummary, "\(documents)", "\(result.playbook.cards.count)", "\(errors)", "\(warnings)"), in: locale)
        }
        if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }
}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the playbook model.",
        subcommands: [ExportJSONCommand.self, ExportAnkiCommand.self])
}

struct ExportAnkiCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "anki",
        abstract: "Print every card in Anki's text import format (tab-separated, with the card ID as GUID).")

    @OptionGroup var content: ContentOptions

    func run() throws {
        let result = try content.loadWithoutErrors()
        FileHandle.standardOutput.write(Data(AnkiExport.text(result.playbook.cards).utf8))
    }
}

struct ExportJSONCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "json",
        abstract: "Print the whole model, including cards, as JSON on standard output.",
        discussion: "Content errors are printed on standard error and nothing is exported (exit 1).")

    @OptionGroup var content: ContentOptions

    func run() throws {
        let result = try content.loadWithoutErrors()
        Terminal.printOut(try JSONExport.string(result.playbook))
    }
}
