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

    @Option(help: .hidden)  // `interpreted`: the built-in templates through swift-mustache (benchmarks)
    var templateEngine: PageRenderer.Engine = .compiled

    func run() throws {
        let started = Date()
        PhaseTimer.start()
        ExitRetention.enable()
        var job = SiteBuild(contentPath: content.content, templatesPath: templates, output: out,
                            loading: try content.loaderOptions())
        job.force = force
        job.incremental = !content.noCache
        job.templateEngine = templateEngine
        let outcome = try content.reportingIOErrors { try siteError { try job.run() } }
        let seconds = String(format: "%.2f s", Date().timeIntervalSince(started))
        let locale = content.locale
        func report(_ id: MessageID, _ arguments: String..., warnings: Int = 0) {
            guard !quiet else { return }
            let suffix = warnings > 0 ? Message(.buildWarnings, "\(warnings)").text(in: locale) : ""
            Terminal.printError(Message(id, arguments).text(in: locale) + suffix)
        }
        switch outcome {
        case .unchanged:
            report(.buildUnchanged, out, seconds)
        case .updated(let update):
            ExitRetention.keep(update.workingSet)
            report(.buildUpdated, "\(update.written.count)", "\(update.fileCount)", "\(update.renderedCount)",
                   "\(update.pageCount)", out, seconds, warnings: update.warningCount)
        case .built(let written):
            ExitRetention.keep(written.workingSet)
            if verbose, let reason = written.reason { report(.buildFullReason, reason.localized(in: locale)) }
            report(.buildBuilt, "\(written.pageCount)", "\(written.fileCount)", "\(written.byteCount / 1024)",
                   "\(written.fileCount - written.unchangedCount)", "\(written.unchangedCount)",
                   "\(written.notRenderedCount)", out, seconds, warnings: written.warningCount)
        case .contentErrors(let result):
            ExitRetention.keep(result)
            Terminal.printDiagnostics(result.errors, in: locale)
            Terminal.printError(Message(.buildStopped, "\(result.errorCount)"), in: locale)
            throw ExitCode(1)
        }
    }

    /// Runs `body`, reporting a ``SiteError`` (exit code 2).
    private func siteError<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as SiteError {
            Terminal.printFailure(error.localized(in: content.locale), in: content.locale)
            throw ExitCode(2)
        }
    }
}

extension PageRenderer.Engine: ExpressibleByArgument {}
