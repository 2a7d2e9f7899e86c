import ArgumentParser

@main
struct PlaybookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "playbook",
        abstract: "Sales-training playbooks: check the Markdown, export the model, build the site, drill the cards.",
        discussion: "Exit codes: 0 success, 1 content errors, 2 usage or I/O error.",
        subcommands: [CheckCommand.self, ExportCommand.self])
}
