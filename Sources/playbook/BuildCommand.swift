import ArgumentParser
import Foundation
import PlaybookCore
import PlaybookSite

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Render the playbook into a static website.",
        discussion: """
            Content errors stop the build (exit 1) with the diagnostics of `check`; the previous site is \
            left as it was. The output folder must be empty, missing, or a site an earlier build wrote.
            """)

    @OptionGroup var content: ContentOptions

    @Option(help: "Templates that replace the built-in ones, file by file (missing folder: built-ins only).")
    var templates: String = "Templates"

    @Option(help: "The folder to write the site into.")
    var out: String = "Site"

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    @Flag(help: "Render and write every page again, even when nothing changed since the last build.")
    var force = false

    func run() throws {
        let started = Date()
        PhaseTimer.start()
        let writer = SiteWriter(output: out, protecting: [content.content, templates])
        let inputs = InputFingerprint.compute(folders: [content.content, templates], program: InputFingerprint.program,
                                              reusing: writer.storedInputStamps())
        PhaseTimer.mark("input fingerprint")
        if !force, writer.isCurrent(fingerprint: inputs.fingerprint) {
            if !quiet {
                Terminal.printError(String(format: "nothing changed since the last build of %@ (%.2f s); --force rebuilds", out,
                                           Date().timeIntervalSince(started)))
            }
            return
        }
        let result = try content.load(deriveCards: false)
        PhaseTimer.mark("cross-file checks")
        for diagnostic in result.diagnostics where diagnostic.severity == .error {
            Terminal.printError(diagnostic.description)
        }
        if result.hasErrors {
            Terminal.printError("build stopped: \(result.errorCount) error(s); fix them (see `playbook check`) and build again")
            throw ExitCode(1)
        }
        do {
            let set = try TemplateSet.load(overridesAt: templates)
            // Pages go to disk as they are rendered (a staging folder, swapped in at the end).
            let transaction = try writer.begin(reusingPrevious: !force && !content.noCache)
            PhaseTimer.mark("begin writing")
            try SiteBuilder(playbook: result.playbook, templates: set, templatesDisplayPath: templates)
                .render(into: transaction)
            try transaction.commit(inputs: inputs)
            PhaseTimer.mark("commit")
            if !quiet {
                let paths = transaction.paths
                let pages = paths.filter { $0.hasSuffix(".html") }.count
                let seconds = Date().timeIntervalSince(started)
                Terminal.printError("built \(pages) pages, \(paths.count) files (\(transaction.byteCount / 1024) KiB; "
                                    + "\(paths.count - transaction.unchangedCount) written, \(transaction.unchangedCount) unchanged, "
                                    + "\(transaction.notRenderedCount) of them not even rendered) "
                                    + "into \(out) in \(String(format: "%.2f", seconds)) s"
                                    + (result.warningCount > 0 ? "; \(result.warningCount) warning(s), see `playbook check`" : ""))
            }
        } catch let error as SiteError {
            Terminal.printError("error: \(error)")
            throw ExitCode(2)
        }
    }
}
