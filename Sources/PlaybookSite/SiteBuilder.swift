import Foundation
import Mustache
import PlaybookCore

/// Renders a playbook into the files of a static site.
public struct SiteBuilder: Sendable {
    public let playbook: Playbook
    public let templates: TemplateSet
    /// How the templates folder is named in messages.
    public let templatesDisplayPath: String

    public init(playbook: Playbook, templates: TemplateSet, templatesDisplayPath: String = "Templates") {
        self.playbook = playbook
        self.templates = templates
        self.templatesDisplayPath = templatesDisplayPath
    }

    /// Every page, in a stable order, as a recipe: a page's values are built only when it is
    /// rendered, so the values of thousands of pages never sit in memory at once.
    func pages(_ context: PageContext) -> [@Sendable () -> Page] {
        var pages: [@Sendable () -> Page] = [
            { context.homePage() }, { context.productIndex() }, { context.competitorIndex() }, { context.objectionIndex() },
            { context.battleCardIndex() }, { context.reviewPage() },
        ]
        pages += playbook.products.map { product in { context.productPage(product) } }
        pages += playbook.competitors.map { competitor in { context.competitorPage(competitor) } }
        for set in playbook.objectionSets {
            pages += set.objections.map { objection in { context.objectionPage(objection, in: set) } }
        }
        pages += context.index.categories.map { category in { context.categoryPage(category) } }
        pages += context.index.categories.map { category in { context.categoryBattleCard(category) } }
        pages += playbook.competitors.map { competitor in { context.competitorBattleCard(competitor) } }
        if !playbook.selfAnalyses.isEmpty { pages.append { context.selfPage() } }
        if !playbook.segments.isEmpty {
            let segments = playbook.segments
            pages.append { context.simpleIndex(.segment, segments) { ($0 as? Segment)?.summary ?? "" } }
            pages += segments.map { segment in { context.segmentPage(segment) } }
        }
        if !playbook.cases.isEmpty {
            let cases = playbook.cases
            pages.append { context.simpleIndex(.case, cases) { ($0 as? CaseStudy)?.summary ?? "" } }
            pages += cases.map { study in { context.casePage(study) } }
        }
        pages += context.tagPages().map { page in { page } }
        return pages
    }

    /// The site's files: site-relative path → bytes.
    public func render() throws -> [String: Data] {
        let files = MemorySite()
        try render(into: files)
        return files.files
    }

    /// Renders every file of the site and hands each to `sink` as soon as it is ready, from any
    /// thread, so the pages of a large site never sit in memory together. A page whose
    /// ``RenderKey`` the sink already holds a file for is not rendered at all. The first error
    /// (a missing template, two pages on one path, or one thrown by the sink) is thrown once
    /// the pages in flight are done; files already emitted are then not a complete site.
    public func render(into sink: some SiteSink) throws {
        let library = try templates.library(displayRoot: templatesDisplayPath)
        for required in ["layout"] where library.getTemplate(named: required) == nil {
            throw SiteError(path: templatesDisplayPath, message: "there is no \(required).mustache")
        }
        let context = PageContext(playbook: playbook)
        let claimed = PathClaims()
        let displayRoot = templatesDisplayPath
        // Every page shows the interface text: mix it into the shared part of the key once.
        let base = RenderKey.mix(context.text, into: RenderKey.base(templates: templates))
        // Pages are independent: build and render them on every core.
        let failures = ParallelMap.map(pages(context)) { recipe -> Error? in
            let page = recipe()
            guard library.getTemplate(named: page.template) != nil else {
                return SiteError(path: "\(displayRoot)/\(page.template).mustache",
                                 message: "template is missing; it renders \(page.path)")
            }
            guard claimed.claim(page.path.path) else {
                return SiteError(path: page.path.path, message: "two pages would be written here; give one of them another ID")
            }
            var values = context.values(for: page)
            let key = RenderKey.key(base: base, values: values, shared: ["t"])
            do {
                if let key, try sink.reuse(page.path.path, renderKey: key) { return nil }
                values["content"] = library.render(values, withTemplate: page.template) ?? ""
                try sink.put(page.path.path, Data((library.render(values, withTemplate: "layout") ?? "").utf8), renderKey: key)
                return nil
            } catch {
                return error
            }
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
        for asset in templates.assets { try sink.put(asset.path, asset.data, renderKey: nil) }
        for file in SearchIndex(documents: context.searchDocuments()).files() {
            try sink.put(file.path, Data(file.contents.utf8), renderKey: nil)
        }
    }
}

/// Where ``SiteBuilder`` puts the files it renders; called from several threads at once.
public protocol SiteSink: Sendable {
    /// Stores a file. `renderKey` identifies what a page was rendered from (nil for other files).
    func put(_ path: String, _ data: Data, renderKey: UInt64?) throws
    /// Keeps the file already at `path` if it was rendered from `renderKey`; false to render it.
    func reuse(_ path: String, renderKey: UInt64) throws -> Bool
}

/// Site paths already taken by a page (shared by the render workers).
private final class PathClaims: @unchecked Sendable {
    private var paths: Set<String> = []
    private let lock = NSLock()
    /// False when another page already has `path`.
    func claim(_ path: String) -> Bool { lock.withLock { paths.insert(path).inserted } }
}
