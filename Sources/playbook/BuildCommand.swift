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

    @Flag(help: "Say why an edit could not be applied in place, when the site is built in full.")
    var verbose = false

    func run() throws {
        let started = Date()
        PhaseTimer.start()
        ExitRetention.enable()
        var job = SiteBuild(contentPath: content.content, templatesPath: templates, output: out,
                            loading: try content.loaderOptions())
        job.force = force
        job.incremental = !content.noCache
        let outcome = try content.reportingIOErrors { try siteError { try job.run() } }
        let seconds = String(format: "%.2f s", Date().timeIntervalSince(started))
        switch outcome {
        case .unchanged:
            report("nothing changed since the last build of \(out) (\(seconds)); --force rebuilds")
        case .updated(let update):
            ExitRetention.keep(update.workingSet)
            report("updated \(update.written.count) of \(update.fileCount) files in place "
                   + "(\(update.renderedCount) of \(update.pageCount) pages rendered) in \(out) in \(seconds)"
                   + warnings(update.warningCount))
        case .built(let written):
            ExitRetention.keep(written.workingSet)
            if verbose, let reason = written.reason { report("full build: \(reason)") }
            report("built \(written.pageCount) pages, \(written.fileCount) files (\(written.byteCount / 1024) KiB; "
                   + "\(written.fileCount - written.unchangedCount) written, \(written.unchangedCount) unchanged, "
                   + "\(written.notRenderedCount) of them not even rendered) into \(out) in \(seconds)"
                   + warnings(written.warningCount))
        case .contentErrors(let result):
            ExitRetention.keep(result)
            for diagnostic in result.diagnostics where diagnostic.severity == .error {
                Terminal.printError(diagnostic.description)
            }
            Terminal.printError("build stopped: \(result.errorCount) error(s); fix them (see `playbook check`) and build again")
            throw ExitCode(1)
        }
    }

    private func report(_ line: String) {
        if !quiet { Terminal.printError(line) }
    }

    private func warnings(_ count: Int) -> String {
        count > 0 ? "; \(count) warning(s), see `playbook check`" : ""
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
