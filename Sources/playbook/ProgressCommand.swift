import ArgumentParser
import Foundation
import PlaybookCore
import PlaybookDrill

struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Carry drill progress between devices as JSON Lines (see docs/format.md).",
        subcommands: [ProgressExportCommand.self, ProgressImportCommand.self, ProgressPushCommand.self])
}

struct ProgressExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write this playbook's reviews and exams as a progress file.")

    @OptionGroup var content: ContentOptions
    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("Write here instead of standard output.", valueName: "file"))
    var out: String?

    @Option(help: ArgumentHelp("The learner's name, for the file's header.", valueName: "name"))
    var learner: String?

    func run() throws {
        let title = PlaybookLoader.settings(contentPath: content.content).title
        let locale = content.locale
        let now = Int64(Date().timeIntervalSince1970)
        let text: String
        switch Result(catching: { () throws(DrillError) -> String in
            try Self.progressText(database: database.path, title: title, learner: learner, now: now)
        }) {
        case .success(let exported): text = exported
        case .failure(let error):
            Terminal.printFailure(error.text.text(in: locale), in: locale)
            throw ExitCode(2)
        }
        guard let out else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
        } catch {
            Terminal.printFailure(Message(.progressCannotWrite, out, error.localizedDescription).text(in: locale), in: locale)
            throw ExitCode(2)
        }
        let lines = text.split(separator: "\n")
        let reviews = lines.filter { $0.hasPrefix("{\"type\":\"review\"") }.count
        let exams = lines.filter { $0.hasPrefix("{\"type\":\"exam\"") }.count
        Terminal.printError(Message(.progressExported, "\(reviews)", "\(exams)", out), in: locale)
    }
}

extension ProgressExportCommand {
    /// The progress in the database at `database` for the deck `title`; an empty file when there is no database.
    static func progressText(database: String, title: String, learner: String?, now: Int64) throws(DrillError) -> String {
        guard FileManager.default.fileExists(atPath: database) else {
            return ProgressFile.text(header: ProgressHeader(playbook: title, learner: learner, exportedAt: now),
                                     reviews: [], exams: [])
        }
        return try ReviewStore(path: database, deck: title, readOnly: true).exportProgress(learner: learner, now: now)
    }
}

struct ProgressImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add the reviews and exams of progress files to the progress database.",
        discussion: """
            Each file is imported in one transaction. Reviews and exams already stored (same id) are left alone; \
            bad lines are reported with their line numbers and skipped. Exit codes: 0 all lines imported, \
            1 some lines refused, 2 a file or the database could not be used.
            """)

    @Argument(help: ArgumentHelp("Progress files (.jsonl).", valueName: "file"))
    var files: [String]

    @OptionGroup var content: ContentOptions
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let playbook = try content.loadWithoutErrors().playbook
        let locale = content.locale
        let current = Dictionary(playbook.cards.map { ($0.id, CardFingerprint.hash($0)) }, uniquingKeysWith: { first, _ in first })
        let scheduler = FSRSScheduler.drill(playbook.settings.drill)
        let now = Int64(Date().timeIntervalSince1970)
        var refusedAny = false
        var failed = false
        let store: ReviewStore
        do {
            store = try ReviewStore(path: database.path, deck: playbook.settings.title)
        } catch {
            Terminal.printFailure(error.text.text(in: locale), in: locale)
            throw ExitCode(2)
        }
        for path in files {
            do {
                let file = try ProgressFile.read(path: path, now: now)
                if !file.header.playbook.isEmpty, file.header.playbook != playbook.settings.title {
                    Terminal.printError(Message(.progressOtherPlaybook, path, file.header.playbook, playbook.settings.title), in: locale)
                }
                let counts = try store.importProgress(file, current: current, scheduler: scheduler, now: now)
                for issue in counts.issues { Terminal.printError(issue.text, in: locale) }
                refusedAny = refusedAny || counts.reviewsRefused + counts.examsRefused > 0
                Terminal.printOut(Message(
                    .progressImported, path, "\(counts.reviewsAdded)", "\(counts.reviewsAlreadyThere)", "\(counts.reviewsRefused)",
                    "\(counts.examsAdded)", "\(counts.examsAlreadyThere)", "\(counts.examsRefused)"), in: locale)
            } catch let error as ProgressFileError {
                Terminal.printFailure(error.text.text(in: locale), in: locale)
                failed = true
            } catch let error as DrillError {
                Terminal.printFailure(error.text.text(in: locale), in: locale)
                failed = true
            }
        }
        if failed { throw ExitCode(2) }
        if refusedAny { throw ExitCode(1) }
    }
}
