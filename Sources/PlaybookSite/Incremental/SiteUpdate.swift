import Foundation
import PlaybookCache
import PlaybookCore

/// Brings a built site up to date in place when the only changes since the last build are
/// edits to documents that leave every outline (``DocumentOutline``) as it was: a paragraph,
/// a talk track, a quiz item. Such an edit can change only the pages that declare the edited
/// documents (``PageRecipe/documents``) and the search index entries of their texts, so those
/// are rendered and patched; other documents such a page shows whole (the objection files of
/// an objection index) are read again, and the rest of the playbook comes from an outline
/// archive. An edit to cards that keeps the deck's shape patches the practice data
/// (``PracticePatch``). Nothing else is written.
///
/// Anything else (a title or tag edit, a file added or removed, templates, `playbook.md`, a new
/// day, content errors, a page or index file changed by hand, a file added to the site) makes
/// ``run(writer:contentPath:templatesPath:inputs:previousStamps:today:)`` say why
/// (``FullBuildReason``), and a full build does the work. Its result equals a full build's, file for file
/// (`SiteUpdateTests`).
public enum SiteUpdate {
    /// What an update did.
    public struct Outcome: Sendable {
        /// Files and pages of the site.
        public var fileCount: Int
        public var pageCount: Int
        /// Site paths rewritten.
        public var written: [String]
        /// Pages whose values were built and rendered.
        public var renderedCount: Int
        /// Warnings of the whole playbook, as `check` counts them.
        public var warningCount: Int
        /// What the update built and no longer needs (see ``SiteRenderReport/workingSet``).
        package var workingSet: [any Sendable]
    }

    /// Updates the site `writer` writes in place, or says why a full build is needed.
    /// `inputs` are the current inputs' fingerprint and stamps, `previousStamps` those the last
    /// build stored. Errors other than ``FullBuildReason`` are the site's (``SiteError``).
    package static func run(writer: SiteWriter, contentPath: String, templatesPath: String,
                            inputs: (fingerprint: String, stamps: [FileStamp]),
                            previousStamps: [FileStamp], today: CalendarDay) throws -> Result<Outcome, FullBuildReason> {
        do {
            return .success(try update(writer: writer, contentPath: contentPath, templatesPath: templatesPath, inputs: inputs,
                                       previousStamps: previousStamps, today: today))
        } catch let reason as FullBuildReason {
            return .failure(reason)
        }
    }

    private static func update(writer: SiteWriter, contentPath: String, templatesPath: String,
                               inputs: (fingerprint: String, stamps: [FileStamp]),
                               previousStamps: [FileStamp], today: CalendarDay) throws -> Outcome {
        guard var state = SiteBuildState.load(from: writer.stateFile) else {
            throw FullBuildReason(Message(.reasonNoState))
        }
        try require(state.fingerprint == writer.storedFingerprint(), Message(.reasonInputsDiffer))
        try require(state.program == InputFingerprint.program, Message(.reasonProgramChanged))
        try require(state.contentPath == contentPath, Message(.reasonOtherContent))
        try require(state.templatesPath == templatesPath, Message(.reasonOtherTemplates))
        try require(state.today == today, Message(.reasonNewDay))
        let changed = try changedDocuments(state: state, inputs: inputs.stamps, previous: previousStamps)
        let records = writer.storedFileRecords()
        try require(!records.isEmpty, Message(.reasonNoRecords))
        // A file added to the site changes its folder's stamp; a full build then says what to do.
        try require(SiteBuildState.folderStamps(output: writer.output, folders: state.folders.keys) == state.folders,
                    Message(.reasonOutputTouched))
        PhaseTimer.mark("update: what changed")

        let settings = PlaybookLoader.settings(contentPath: contentPath)
        let knownFiles = Set(inputs.stamps.filter { $0.folder == 0 && $0.path.hasSuffix(".md") }.map(\.path))
        let rereads = try DocumentReread.read(changed, contentPath: contentPath, settings: settings, knownFiles: knownFiles,
                                              directory: state.directory, cache: nil)
        let edited = try edits(rereads, outlineDigests: state.outlineDigests)
        for reread in rereads {
            let file = reread.document.info.file
            state.warningCount += reread.warnings - (state.documentWarnings[file] ?? 0)
            state.documentWarnings[file] = reread.warnings
        }
        PhaseTimer.mark("update: reread")
        guard let outlines = OutlineArchive.load(from: writer.outlinesFile, shared: state.shared) else {
            throw FullBuildReason(Message(.reasonOutlinesMissing))
        }
        let outline = PlaybookOutline(settings: settings, outlines: outlines)
        PhaseTimer.mark("update: outlines")
        var cardDigests: [String: UInt64] = [:]
        for (file, document) in edited {
            let digest = PracticeDigests.digest(of: document, in: outline)
            if digest != state.practiceDigests[file] { cardDigests[file] = digest }
        }
        PhaseTimer.mark("update: practice cards")

        let files = PendingFiles(output: writer.output, records: records)
        let baseline = SiteRenderReport(base: state.base, inputs: PageInputs(shared: state.shared, digests: state.digests,
                                                                            outlineDigests: state.outlineDigests, changed: []),
                                        fold: state.fold.scalars, census: state.census, postingShards: state.postingShards,
                                        searchFiles: state.searchFiles, vocabulary: state.vocabulary, searchGroups: state.searchGroups)
        // Documents other pages show whole beside the edited ones (objection files on the objection index and battle
        // cards) are read again, from the parse cache where it is current; unchanged, they must come out as the full
        // build had them.
        let fetch = { (files: Set<String>) throws(FullBuildReason) -> [String: any DocumentModel] in
            let rereads = try DocumentReread.read(files.sorted(), contentPath: contentPath, settings: settings,
                                                  knownFiles: knownFiles, directory: state.directory,
                                                  cache: ParseCache(contentPath: contentPath))
            let documents = try edits(rereads, outlineDigests: state.outlineDigests)
            for (file, document) in documents.sorted(by: { $0.key < $1.key }) {
                try require(DocumentDigest.of(document) == state.digests[file], Message(.reasonNeighbourChanged, file))
            }
            return documents
        }
        var practice: [SiteWriter.CacheWrite] = []
        if !cardDigests.isEmpty {
            guard let archive = PracticeArchive.load(from: writer.practiceFile, generation: state.practiceGeneration) else {
                throw FullBuildReason(Message(.reasonNoPracticeRecord))
            }
            PhaseTimer.mark("update: practice archive")
            var patch = try PracticePatch(archive: archive, edited: edited.filter { cardDigests[$0.key] != nil },
                                          outline: outline, fetch: fetch)
            for file in patch.files { try files.put(file.path, Data(file.contents.utf8), keys: PageKeys()) }
            state.practiceDigests.merge(cardDigests) { _, new in new }
            state.practiceGeneration = inputs.fingerprint
            patch.archive.generation = inputs.fingerprint
            practice = [(writer.practiceFile, patch.archive.encoded())]
            PhaseTimer.mark("update: practice data")
        }

        let templates = try TemplateSet.load(overridesAt: templatesPath)
        PhaseTimer.mark("update: templates")
        let report = try renderEdits(edited, outline: outline, whole: [], fetch: fetch, baseline: baseline, templates: templates,
                                     templatesPath: templatesPath, into: files, read: files.currentText)

        let written = files.paths
        try files.write(through: writer.cacheFile(extension: "update"))
        guard let folders = SiteBuildState.folderStamps(output: writer.output, folders: state.folders.keys) else {
            throw FullBuildReason(Message(.reasonFolderVanished))
        }
        state.folders = folders
        state.fingerprint = inputs.fingerprint
        state.digests = report.inputs.digests
        state.census = report.census
        state.vocabulary = report.vocabulary
        PhaseTimer.mark("update: write pages")
        let updated = files.records
        writer.storeCache(inputs: inputs, files: Array(updated.values), more: [(writer.stateFile, state.encoded())] + practice)
        PhaseTimer.mark("update: write")
        return Outcome(fileCount: updated.count, pageCount: updated.keys.filter { $0.hasSuffix(".html") }.count,
                       written: written, renderedCount: files.renderedCount, warningCount: state.warningCount,
                       workingSet: report.workingSet + [outline])
    }

    /// The re-read documents that the site shows (drafts are left out), by file; throws when
    /// one's outline is not the one in `outlineDigests` (or a draft was published, or the reverse).
    static func edits(_ rereads: [DocumentReread], outlineDigests: [String: UInt64]) throws(FullBuildReason) -> [String: any DocumentModel] {
        var edited: [String: any DocumentModel] = [:]
        for reread in rereads {
            let document = reread.document, file = document.info.file
            let outline = document.info.draft ? nil : DocumentDigest.of(encoded: DocumentDigest.encode(outline: document.anyOutline))
            if (outline == nil) != (outlineDigests[file] == nil) { throw FullBuildReason(Message(.reasonDraftChanged, file)) }
            try require(outline == outlineDigests[file], Message(.reasonOutlineChanged, file))
            if !document.info.draft { edited[file] = document }
        }
        return edited
    }

    /// Renders the pages that declare the `edited` documents (see ``PageContext/recipes(declaring:)``)
    /// and patches the search index's entries of their texts, into `sink`; `read` gives the
    /// current text of one of the site's files. `baseline` is what the last build of the site
    /// computed, and the result is that with the edited documents' digests and the new
    /// ideograph census.
    ///
    /// `outline` is the playbook's, as in `baseline`; `whole` are documents at hand in full.
    /// Documents those pages show whole beside the edited ones (an objection index shows every
    /// objection file) come from there, else from `fetch`. Throws a ``FullBuildReason`` when
    /// they changed too, or the edit changes the search index's fold table.
    static func renderEdits(_ edited: [String: any DocumentModel], outline: PlaybookOutline, whole: [any DocumentModel],
                            fetch: ((Set<String>) throws(FullBuildReason) -> [String: any DocumentModel])?,
                            baseline: SiteRenderReport, templates: TemplateSet, templatesPath: String,
                            into sink: some SiteSink, read: (String) -> String?) throws -> SiteRenderReport {
        let renderer = try SiteBuilder.renderer(templates: templates, displayRoot: templatesPath)
        var available = Dictionary(whole.map { ($0.info.file, $0) }, uniquingKeysWith: { first, _ in first })
        available.merge(edited) { _, new in new }
        var context = PageContext(outline: outline, documents: Array(available.values))
        PhaseTimer.mark("update: context")
        let base = SiteBuilder.base(templates: templates, context: context)
        try require(base == baseline.base, Message(.reasonBaseChanged))
        let editedFiles = Set(edited.keys)
        var recipes = context.recipes(declaring: editedFiles)
        var search = context.searchDocuments(of: editedFiles)
        let missing = Set(recipes.flatMap(\.documents)).union(search.missing).filter { available[$0] == nil }
        if !missing.isEmpty {
            guard let fetch else { throw FullBuildReason(Message(.reasonNeighbourUnread, missing.sorted()[0])) }
            let more = try fetch(missing)
            try require(Set(more.keys) == missing, Message(.reasonNeighbourGone))
            PhaseTimer.mark("update: documents shown beside")
            available.merge(more) { old, _ in old }
            context = PageContext(outline: outline, documents: Array(available.values))
            recipes = context.recipes(declaring: editedFiles)
            search = context.searchDocuments(of: editedFiles)
        }
        let searchDocuments = search.documents
        PhaseTimer.mark("update: recipes")
        let inputs = PageInputs(shared: baseline.inputs.shared, digests: baseline.inputs.digests,
                                outlineDigests: baseline.inputs.outlineDigests, changed: Array(edited.values))
        try SiteBuilder.renderPages(recipes, context: context, renderer: renderer, base: base, inputs: inputs,
                                    templatesDisplayPath: templatesPath, into: sink)
        PhaseTimer.mark("update: pages")

        try require(searchDocuments.count == baseline.searchFiles.count, Message(.reasonSearchDocuments))
        var changes: [SearchIndexPatch.Change] = []
        for case let (number, document?) in searchDocuments.enumerated() {
            try require(document.files == baseline.searchFiles[number], Message(.reasonSearchDocuments))
            changes.append(SearchIndexPatch.Change(number: number, title: document.title, text: document.text))
        }
        var patch = SearchIndexPatch(fold: baseline.fold, census: baseline.census, postingShards: baseline.postingShards,
                                     vocabulary: baseline.vocabulary, language: SearchLanguage(playbookGroups: baseline.searchGroups))
        let searchFiles = try patch.apply(changes, base: base, read: read)
        for file in searchFiles { try sink.put(file.path, Data(file.contents.utf8), keys: PageKeys(inputs: file.key)) }
        PhaseTimer.mark("update: search")
        var updated = baseline
        updated.workingSet = [context, recipes, searchDocuments]
        updated.inputs = inputs
        updated.census = patch.census
        updated.vocabulary = patch.vocabulary
        return updated
    }

    /// The content documents whose bytes changed; throws when anything else changed: a file
    /// added or removed, a template, `playbook.md`.
    private static func changedDocuments(state: SiteBuildState, inputs: [FileStamp],
                                         previous: [FileStamp]) throws(FullBuildReason) -> [String] {
        var before: [String: UInt64] = [:]
        for stamp in previous { before["\(stamp.folder)/\(stamp.path)"] = stamp.hash }
        var changed: [String] = []
        for stamp in inputs {
            guard let hash = before.removeValue(forKey: "\(stamp.folder)/\(stamp.path)") else {
                throw FullBuildReason(Message(.reasonNewFile, stamp.path))
            }
            guard hash != stamp.hash else { continue }
            try require(stamp.folder == 0, Message(.reasonTemplateChanged, stamp.path))
            try require(stamp.path != "playbook.md", Message(.reasonSettingsChanged))
            try require(state.documentWarnings[stamp.path] != nil, Message(.reasonNotADocument, stamp.path))
            changed.append(stamp.path)
        }
        if let removed = before.keys.min() { throw FullBuildReason(Message(.reasonFileRemoved, String(removed.drop { $0 != "/" }.dropFirst()))) }
        try require(!changed.isEmpty, Message(.reasonNothingChanged))
        return changed
    }

    /// What the full build `report` came from, as the cache files that let the next build be an
    /// update: the outline archive and the build state (none when the site's folders cannot be stamped).
    static func record(_ report: SiteRenderReport, load: LoadResult, writer: SiteWriter, paths: [String],
                       fingerprint: String, contentPath: String, templatesPath: String,
                       today: CalendarDay) -> [SiteWriter.CacheWrite] {
        guard let folders = SiteBuildState.folderStamps(output: writer.output, folders: SiteBuildState.folders(of: paths))
        else { return [] }
        let documentCards = PracticeDigests.documentCards(of: load.playbook)
        let state = SiteBuildState(
            fingerprint: fingerprint, program: InputFingerprint.program, contentPath: contentPath, templatesPath: templatesPath,
            today: today, base: report.base, shared: report.inputs.shared, digests: report.inputs.digests,
            outlineDigests: report.inputs.outlineDigests, directory: load.directory, documentWarnings: load.documentWarnings,
            warningCount: load.warningCount,
            fold: .init(report.fold), census: report.census, postingShards: report.postingShards, searchFiles: report.searchFiles,
            vocabulary: report.vocabulary, searchGroups: report.searchGroups,
            practiceDigests: PracticeDigests.digests(of: documentCards), practiceGeneration: fingerprint, folders: folders
        )
        var writes = [(writer.outlinesFile, OutlineArchive.encode(report.inputs.outlines, shared: report.inputs.shared)),
                      (writer.stateFile, state.encoded())]
        if let deck = report.practiceDeck {
            let archive = PracticeArchive(generation: fingerprint, deck: deck, playbook: load.playbook, documentCards: documentCards)
            writes.append((writer.practiceFile, archive.encoded()))
        }
        return writes
    }
}
