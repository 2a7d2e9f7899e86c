import Foundation
import PlaybookCore

/// A site rendered into memory together with the playbook it was rendered from, so that an
/// edit to document bodies can update it in place instead of rendering it again (`serve`).
///
/// Unlike ``SiteUpdate``, which has the other documents in outline only, this holds every
/// document whole, so an edit to any kind of document, objection files and competitors
/// included, renders just the pages that show it and patches the search index.
public struct RenderedSite: Sendable {
    /// The playbook, every document whole.
    public private(set) var playbook: Playbook
    /// The site's files.
    public private(set) var site: MemorySite
    /// Pages whose values were built for the last render or update.
    public private(set) var renderedCount: Int
    private let directory: PartyDirectory
    private let templates: TemplateSet
    private let templatesPath: String
    private var report: SiteRenderReport

    /// Renders `load`'s playbook in full, keeping the pages of `previous` whose inputs did not change.
    public init(load: LoadResult, templates: TemplateSet, templatesPath: String, previous: MemorySite? = nil) throws {
        let site = MemorySite(previous: previous)
        report = try SiteBuilder(playbook: load.playbook, templates: templates, templatesDisplayPath: templatesPath)
            .render(into: site)
        site.dropPrevious()
        playbook = load.playbook
        directory = load.directory
        self.site = site
        self.templates = templates
        self.templatesPath = templatesPath
        renderedCount = site.renderedCount
    }

    /// This site with the content files at `changed` (content-relative) read again. Throws a
    /// ``FullBuildReason`` when the edit needs a full render: a file that cannot be read or has
    /// an error, an outline (``DocumentOutline``) that changed, or a change to the search
    /// index's fold table.
    /// `knownFiles` are every content-relative document file, for checking links.
    public func updating(_ changed: [String], contentPath: String, knownFiles: Set<String>) throws -> RenderedSite {
        let rereads = try DocumentReread.read(changed, contentPath: contentPath, settings: playbook.settings,
                                              knownFiles: knownFiles, directory: directory, cache: nil)
        let edited = try SiteUpdate.edits(rereads, outlineDigests: report.inputs.outlineDigests)
        var playbook = playbook
        playbook.replace(edited)
        let site = site.copy()
        let report = try SiteUpdate.renderEdits(edited, outline: PlaybookOutline(playbook), whole: playbook.documents,
                                                fetch: nil, baseline: report, templates: templates,
                                                templatesPath: templatesPath, into: site, read: site.text)
        // An edit to a document's cards writes the practice data again (the whole playbook is at hand).
        let before = self.playbook
        let outline = PlaybookOutline(before)
        if edited.contains(where: { file, document in
            before.documents.first { $0.info.file == file }.map { PracticeDigests.digest(of: $0, in: outline) }
                != PracticeDigests.digest(of: document, in: outline)
        }) {
            let practice = try PracticeFiles.write(playbook: playbook, into: site)
            site.remove(under: "practice/cards/", keeping: Set(practice.paths))
        }
        var updated = self
        updated.playbook = playbook
        updated.site = site
        updated.report = report
        updated.renderedCount = site.renderedCount
        return updated
    }
}
