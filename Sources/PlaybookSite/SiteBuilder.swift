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

    /// Every page, in a stable order.
    func pages(_ context: PageContext) -> [Page] {
        var pages = [context.homePage(), context.productIndex(), context.competitorIndex(), context.objectionIndex(),
                     context.battleCardIndex(), context.reviewPage()]
        pages += playbook.products.map(context.productPage)
        pages += playbook.competitors.map(context.competitorPage)
        for set in playbook.objectionSets {
            pages += set.objections.map { context.objectionPage($0, in: set) }
        }
        pages += context.index.categories.map(context.categoryPage)
        pages += context.index.categories.map(context.categoryBattleCard)
        pages += playbook.competitors.map(context.competitorBattleCard)
        if !playbook.selfAnalyses.isEmpty { pages.append(context.selfPage()) }
        if !playbook.segments.isEmpty {
            pages.append(context.simpleIndex(.segment, playbook.segments) { ($0 as? Segment)?.summary ?? "" })
            pages += playbook.segments.map(context.segmentPage)
        }
        if !playbook.cases.isEmpty {
            pages.append(context.simpleIndex(.case, playbook.cases) { ($0 as? CaseStudy)?.summary ?? "" })
            pages += playbook.cases.map(context.casePage)
        }
        pages += context.tagPages()
        return pages
    }

    /// The site's files: site-relative path → bytes.
    public func render() throws -> [String: Data] {
        let library = try templates.library(displayRoot: templatesDisplayPath)
        for required in ["layout"] where library.getTemplate(named: required) == nil {
            throw SiteError(path: templatesDisplayPath, message: "there is no \(required).mustache")
        }
        let context = PageContext(playbook: playbook)
        let pages = pages(context)
        for page in pages where library.getTemplate(named: page.template) == nil {
            throw SiteError(path: "\(templatesDisplayPath)/\(page.template).mustache",
                            message: "template is missing; it renders \(page.path)")
        }
        // Pages are independent: render them on every core; the order of the result is kept.
        let rendered = ParallelMap.map(pages) { page -> Data in
            var values = context.values(for: page)
            values["content"] = library.render(values, withTemplate: page.template) ?? ""
            return Data((library.render(values, withTemplate: "layout") ?? "").utf8)
        }
        var files: [String: Data] = [:]
        for (page, html) in zip(pages, rendered) {
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
