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
        ExitRetention.enable()
        let writer = SiteWriter(output: out, protecting: [content.content, templates])
        let stored = writer.storedInputStamps()
        let inputs = InputFingerprint.compute(folders: [content.content, templates], program: InputFingerprint.program,
                                              reusing: stored)
        PhaseTimer.mark("input fingerprint")
        if !force, writer.isCurrent(fingerprint: inputs.fingerprint) {
            if !quiet {
                Terminal.printError(String(format: "nothing changed since the last build of %@ (%.2f s); --force rebuilds", out,
                                           Date().timeIntervalSince(started)))
            }
            return
        }
        let today = try content.loaderOptions().today
        // Edits that leave every document's outline as it was: update the site in place.
        if !force, !content.noCache,
           let update = try siteError({
               try SiteUpdate.run(writer: writer, contentPath: content.content, templatesPath: templates, inputs: inputs,
                                  previousStamps: stored, today: today)
           }) {
            if !quiet {
                Terminal.printError("updated \(update.written.count) of \(update.fileCount) files in place "
                                    + "(\(update.renderedCount) of \(update.pageCount) pages rendered) in \(out) in "
                                    + String(format: "%.2f", Date().timeIntervalSince(started)) + " s"
                                    + (update.warningCount > 0 ? "; \(update.warningCount) warning(s), see `playbook check`" : ""))
            }
            return
        }
        let result = try content.load(deriveCards: false)
        ExitRetention.keep(result)
        PhaseTimer.mark("cross-file checks")
        for diagnostic in result.diagnostics where diagnostic.severity == .error {
            Terminal.printError(diagnostic.description)
        }
        if result.hasErrors {
            Terminal.printError("build stopped: \(result.errorCount) error(s); fix them (see `playbook check`) and build again")
            throw ExitCode(1)
        }
        try siteError {
            let set = try TemplateSet.load(overridesAt: templates)
            // Pages go to disk as they are rendered (a staging folder, swapped in at the end).
            let transaction = try writer.begin(reusingPrevious: !force && !content.noCache)
            PhaseTimer.mark("begin writing")
            let report = try SiteBuilder(playbook: result.playbook, templates: set, templatesDisplayPath: templates)
                .render(into: transaction)
            try transaction.commit(inputs: inputs)
            PhaseTimer.mark("commit")
            if !content.noCache {
                SiteUpdate.record(report, load: result, writer: writer, paths: transaction.paths, fingerprint: inputs.fingerprint,
                                  contentPath: content.content, templatesPath: templates, today: today)
                PhaseTimer.mark("record the build state")
            }
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
        }
    }

    /// Runs `body`, reporting a ``SiteError`` (exit code 2).
    private func siteError<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as SiteError {
            Terminal.printError("error: \(error)")
            throw ExitCode(2)
        }
    }
}
