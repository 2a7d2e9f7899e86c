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
        let library = try templates.library(displayRoot: templatesDisplayPath)
        for required in ["layout"] where library.getTemplate(named: required) == nil {
            throw SiteError(path: templatesDisplayPath, message: "there is no \(required).mustache")
        }
        let context = PageContext(playbook: playbook)
        // Pages are independent: build and render them on every core; the order is kept.
        let rendered = ParallelMap.map(pages(context)) { recipe -> RenderedPage in
            let page = recipe()
            guard library.getTemplate(named: page.template) != nil else {
                return RenderedPage(path: page.path, template: page.template, html: nil)
            }
            var values = context.values(for: page)
            values["content"] = library.render(values, withTemplate: page.template) ?? ""
            return RenderedPage(path: page.path, template: page.template,
                                html: Data((library.render(values, withTemplate: "layout") ?? "").utf8))
        }
        var files: [String: Data] = [:]
        for page in rendered {
            guard let html = page.html else {
                throw SiteError(path: "\(templatesDisplayPath)/\(page.template).mustache",
                                message: "template is missing; it renders \(page.path)")
            }
            if files[page.path.path] != nil {
                throw SiteError(path: page.path.path, message: "two pages would be written here; give one of them another ID")
            }
            files[page.path.path] = html
        }
        for asset in templates.assets { files[asset.path] = asset.data }
        for file in SearchIndex(documents: context.searchDocuments()).files() { files[file.path] = Data(file.contents.utf8) }
        return files
    }
}

/// A page's path and bytes (nil when its template is missing).
private struct RenderedPage: Sendable {
    var path: SitePath
    var template: String
    var html: Data?
}
