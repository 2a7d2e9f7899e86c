import Foundation
import PlaybookCache
import PlaybookCore

/// The `build` job: brings the site in `output` up to date with the content and templates, by
/// the cheapest way that gives what a full build gives. Nothing is done when no input changed;
/// edits that leave every outline as it was are applied in place (``SiteUpdate``); otherwise
/// the playbook is loaded and rendered in full, keeping pages whose inputs did not change.
package struct SiteBuild {
    package var contentPath: String
    package var templatesPath: String
    package var output: String
    /// The day reviews are checked against, and how documents are read.
    package var loading: PlaybookLoader.Options
    /// Render and write every page, even when nothing changed.
    package var force = false
    /// Skip work by what earlier builds recorded (the build state and the output's records).
    package var incremental = true
    /// Which path renders the built-in templates (both write the same bytes; for benchmarks).
    package var templateEngine = PageRenderer.Engine.compiled

    package init(contentPath: String, templatesPath: String, output: String, loading: PlaybookLoader.Options) {
        self.contentPath = contentPath
        self.templatesPath = templatesPath
        self.output = output
        self.loading = loading
    }

    /// What a full build wrote.
    package struct Written: Sendable {
        package var pageCount: Int
        package var fileCount: Int
        package var byteCount: Int64
        package var unchangedCount: Int
        package var notRenderedCount: Int
        package var warningCount: Int
        /// Why the edit could not be applied in place, when that was tried.
        package var reason: FullBuildReason?
        /// What the build made and no longer needs (see ``SiteRenderReport/workingSet``).
        package var workingSet: [any Sendable]
    }

    package enum Outcome: Sendable {
        /// No input changed since the last build.
        case unchanged
        case updated(SiteUpdate.Outcome)
        case built(Written)
        /// The content has errors: nothing was written.
        case contentErrors(LoadResult)
    }

    /// Runs the job. Throws ``SiteError`` when the site cannot be written, and
    /// ``PlaybookIOError`` when the content folder cannot be read.
    package func run() throws -> Outcome {
        let writer = SiteWriter(output: output, protecting: [contentPath, templatesPath])
        let stored = writer.storedInputStamps()
        let inputs = InputFingerprint.compute(folders: [contentPath, templatesPath], program: InputFingerprint.program,
                                              reusing: stored)
        PhaseTimer.mark("input fingerprint")
        if !force, writer.isCurrent(fingerprint: inputs.fingerprint) { return .unchanged }

        var reason: FullBuildReason?
        if !force, incremental {
            switch try SiteUpdate.run(writer: writer, contentPath: contentPath, templatesPath: templatesPath, inputs: inputs,
                                      previousStamps: stored, today: loading.today) {
            case .success(let update): return .updated(update)
            case .failure(let why): reason = why
            }
        }

        var options = loading
        options.deriveCards = false
        let result = try PlaybookLoader.load(contentPath: contentPath, options: options)
        PhaseTimer.mark("cross-file checks")
        if result.hasErrors { return .contentErrors(result) }
        let templates = try TemplateSet.load(overridesAt: templatesPath)
        // Pages go to disk as they are rendered (a staging folder, swapped in at the end).
        let transaction = try writer.begin(reusingPrevious: !force && incremental)
        PhaseTimer.mark("begin writing")
        var builder = SiteBuilder(playbook: result.playbook, templates: templates, templatesDisplayPath: templatesPath)
        builder.engine = templateEngine
        let report = try builder.render(into: transaction)
        try transaction.commit(inputs: inputs) { paths in
            guard incremental else { return [] }
            return SiteUpdate.record(report, load: result, writer: writer, paths: paths, fingerprint: inputs.fingerprint,
                                     contentPath: contentPath, templatesPath: templatesPath, today: loading.today)
        }
        PhaseTimer.mark("commit and record the build state")
        let paths = transaction.paths
        return .built(Written(pageCount: paths.filter { $0.hasSuffix(".html") }.count, fileCount: paths.count,
                              byteCount: transaction.byteCount, unchangedCount: transaction.unchangedCount,
                              notRenderedCount: transaction.notRenderedCount, warningCount: result.warningCount,
                              reason: reason, workingSet: report.workingSet + [result]))
    }
}
