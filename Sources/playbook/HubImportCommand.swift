import ArgumentParser
import Foundation
import PlaybookCore
import PlaybookDrill
import PlaybookHub

/// `playbook hub import FILE… --learner NAME`: exported progress files into the hub's store.
struct HubImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Load a learner's exported progress files (docs/format.md §12) into the hub's store.",
        discussion: """
            Each file is stored in one transaction. Reviews and exams already stored (same id) are left alone; \
            bad lines are reported as FILE:LINE: reason and skipped. Card states are replayed with the scheduler \
            of --content's playbook.md. Exit codes: 0 all lines stored, 1 some lines refused, 2 a file or the \
            store could not be used (an unknown learner among them).
            """)

    @Argument(help: ArgumentHelp("Progress files (.jsonl).", valueName: "file"))
    var files: [String]

    @Option(help: ArgumentHelp("The hub user the progress belongs to (`hub user add` first).", valueName: "name"))
    var learner: String

    @OptionGroup var content: ContentFolderOption
    @OptionGroup var store: HubStoreOptions

    func run() throws {
        let locale = content.locale
        let exists = FileManager.default.fileExists(atPath: content.content + "/playbook.md")
        let settings = exists ? PlaybookLoader.settings(contentPath: content.content).drill : DrillSettings()
        let (store, learner, files) = (store, learner, files)
        let outcome = try runHub(in: locale) { () async throws -> HubImportOutcome in
            let hub = try await store.open(scheduler: .drill(settings))
            let outcome = await Self.importFiles(files, learner: learner, into: hub, locale: locale)
            await hub.close()
            return outcome
        }
        if outcome.failed { throw ExitCode(2) }
        if outcome.refusedAny { throw ExitCode(1) }
    }

    /// Imports each file in turn, printing what happened; stops at an unknown learner or a store failure.
    private static func importFiles(_ files: [String], learner: String, into hub: HubStore, locale: PlaybookLocale) async -> HubImportOutcome {
        var outcome = HubImportOutcome()
        for path in files {
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                Terminal.printFailure(Message(.progressUnreadable, path, error.localizedDescription).text(in: locale), in: locale)
                outcome.failed = true
                continue
            }
            do throws(HubStoreError) {
                let result = try await hub.ingest(data, learner: learner, now: UnixClock.now(), name: path)
                for line in result.refused { Terminal.printError(line.message, in: locale) }
                outcome.refusedAny = outcome.refusedAny || !result.refused.isEmpty
                Terminal.printOut(Message(.hubImported, path, "\(result.added)", "\(result.duplicates)", "\(result.refused.count)"), in: locale)
            } catch .progress(let problem) {
                Terminal.printFailure(problem.text.text(in: locale), in: locale)
                outcome.failed = true
            } catch .unknownUser(let name) {
                Terminal.printFailure(Message(.hubImportUnknownLearner, name).text(in: locale), in: locale)
                outcome.failed = true
                return outcome
            } catch {
                Terminal.printFailure(error.message.text(in: locale), in: locale)
                outcome.failed = true
                return outcome
            }
        }
        return outcome
    }
}

/// What a `hub import` run ended with, for its exit code.
struct HubImportOutcome: Sendable {
    var failed = false
    var refusedAny = false
}
