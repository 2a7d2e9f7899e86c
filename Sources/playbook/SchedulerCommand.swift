import ArgumentParser
import Foundation
import PlaybookCore
import PlaybookDrill

struct SchedulerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scheduler",
        abstract: "Inspect the FSRS-6 drill scheduler.",
        subcommands: [SchedulerReplayCommand.self])
}

struct SchedulerReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Replay review histories through the FSRS-6 scheduler.",
        discussion: """
            FILE uses the FSRS reference-vector schema (vectors.json): the named schedulers and, per \
            history, id, scheduler, start_ts and each review's rating and review_ts. Every history \
            starts from a new card and each rating is applied at its review_ts, with fuzzing off. \
            The output has the same schema with the computed state, step, stability, difficulty, \
            due_ts, scheduled_seconds, elapsed_seconds and retrievability of every review.
            Exit codes: 0 success, 2 usage or I/O error, bad JSON or an unknown scheduler.
            """)

    @Argument(help: ArgumentHelp("The histories to replay (JSON).", valueName: "file"))
    var file: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the results to this file instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var language: LanguageOption

    func run() throws {
        let locale = language.locale(playbook: nil)
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            Terminal.printFailure(Message(.schedulerCannotRead, file, error.localizedDescription).text(in: locale), in: locale)
            throw ExitCode(2)
        }
        let result: Data
        do {
            result = try SchedulerReplay.run(data)
        } catch {
            Terminal.printFailure(Message(.schedulerBadInput, file, error.message).text(in: locale), in: locale)
            throw ExitCode(2)
        }
        guard let output else {
            Terminal.printOut(String(decoding: result, as: UTF8.self))
            return
        }
        do {
            try (result + Data("\n".utf8)).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            Terminal.printFailure(Message(.schedulerCannotWrite, output, error.localizedDescription).text(in: locale), in: locale)
            throw ExitCode(2)
        }
    }
}
