import ArgumentParser
import Foundation

@main
struct PlaybookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "playbook",
        abstract: "Sales-training playbooks: check the Markdown, export the model, build the site, drill the cards.",
        discussion: "Exit codes: 0 success, 1 content errors, 2 usage or I/O error.",
        subcommands: [CheckCommand.self, BuildCommand.self, NewCommand.self, ServeCommand.self, DrillCommand.self, StatsCommand.self, ProgressCommand.self, HubCommand.self, ExportCommand.self, SchedulerCommand.self, ScoreCommand.self])

    /// Runs the command; usage errors exit with 2 (as every playbook command documents),
    /// not ArgumentParser's 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
