import Foundation
import PlaybookCore

/// One page to write: where it goes, its title, and the typed values its template shows.
struct Page: Sendable {
    var path: SitePath
    var title: String
    var model: any PageModel
    /// The content file the page shows, for resolving relative links in its Markdown.
    var file: String = ""

    /// The template that renders the page, without `.mustache`.
    var template: String { type(of: model).template }
}

/// Builds the values every page shares and small helpers pages use.
struct PageContext: @unchecked Sendable {
    /// Every document's outline: all pages may show of documents they do not declare.
    let outline: PlaybookOutline
    /// The whole documents, handed to each page only as it declares them (``PageRecipe``).
    let store: DocumentStore
    let index: SiteIndex
    let text: [String: String]
    let links: LinkRewriter
    /// Competitor ID → name, for comparison tables.
    let competitorNames: [String: String]
    private let navigationCache = ValueCache<[NavItemView]>()

    init(playbook: Playbook) {
        self.init(outline: PlaybookOutline(playbook), documents: playbook.documents)
    }

    /// Pages of a playbook in `outline`, of which `documents` are at hand whole.
    init(outline: PlaybookOutline, documents: [any DocumentModel]) {
        self.outline = outline
        store = DocumentStore(documents)
        let playbook = outline
        text = UIText.strings(for: outline.settings.locale)
        index = SiteIndex(playbook, text: text)
        let index = index
        links = LinkRewriter { index.pageForFile[$0] }
        competitorNames = Dictionary(playbook.competitors.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    }

    /// The navigation, with the current section marked. It depends only on the page's depth
    /// and section (or on the page itself for the pages it links to), so it is built once per
    /// such key: thousands of pages share a handful.
    func navigation(for page: SitePath) -> [NavItemView] {
        var items: [(String, SitePath)] = [("home", .home), ("products", .index(.product)),
                                           ("objections", .index(.objections)), ("competitors", .index(.competitor))]
        if !outline.selfAnalyses.isEmpty { items.append(("selfAnalysis", .document(.`self`, ""))) }
        if !outline.segments.isEmpty { items.append(("segments", .index(.segment))) }
        if !outline.cases.isEmpty { items.append(("cases", .index(.case))) }
        items.append(("battleCards", .battleCards))
        items.append(("practiceNav", .practice))
        var section = page.path.split(separator: "/").first.map(String.init) ?? ""
        if section == "categories" { section = "objections" }
        let key = items.contains { $0.1 == page } ? page.path : "\(page.depth)|\(section)"
        return navigationCache.value(for: key) { buildNavigation(items, section: section, page: page) }
    }

    private func buildNavigation(_ items: [(String, SitePath)], section: String, page: SitePath) -> [NavItemView] {
        items.map { key, target in
            let targetSection = target.path.split(separator: "/").first.map(String.init) ?? ""
            let current = target == page || (target != .home && page.depth > 0 && targetSection == section)
            return NavItemView(label: text[key] ?? key, href: target.href(from: page), current: current)
        }
    }

    /// What every template of `page` may name besides its model: the site, the interface
    /// text, the navigation.
    func frame(for page: Page) -> PageFrame {
        PageFrame(root: page.path.root, t: text, lang: UIText.htmlLang(outline.settings.locale),
                  siteTitle: outline.settings.title, pageTitle: page.title, isHome: page.path == .home,
                  homeHref: SitePath.home.href(from: page.path), nav: navigation(for: page.path),
                  tagsHref: SitePath.tags.href(from: page.path), reviewsHref: SitePath.reviews.href(from: page.path),
                  battleCardsHref: SitePath.battleCards.href(from: page.path), bodyClass: page.template)
    }

    func link(_ title: String, _ target: SitePath, from page: SitePath) -> PageLinkView {
        PageLinkView(title: title, href: target.href(from: page))
    }

    func tagLinks(_ tags: [String], from page: SitePath) -> [TagLinkView] {
        tags.map { TagLinkView(name: $0, href: SitePath.tag($0).href(from: page)) }
    }

    func html(_ html: String, file: String, page: SitePath) -> String {
        links.rewrite(html, from: file, on: page)
    }

    func namedItems(_ items: [NamedItem], file: String, page: SitePath) -> [NamedItemView] {
        items.map { item in
            NamedItemView(id: item.id, name: item.name, hasName: !item.name.isEmpty,
                          detailHtml: html(item.detailHtml, file: file, page: page), hasDetail: !item.detailHtml.isEmpty)
        }
    }

    func facts(_ facts: [Fact], file: String, page: SitePath) -> [FactView] {
        facts.map { FactView(name: $0.name, hasName: !$0.name.isEmpty, valueHtml: html($0.valueHtml, file: file, page: page)) }
    }

    func quiz(_ items: [QuizItem]) -> [QuizItemView] {
        items.map { item in
            QuizItemView(id: item.id, question: item.question, answer: item.answer ?? "", hasAnswer: item.answer != nil,
                         isChoice: item.isMultipleChoice,
                         choices: item.choices.map { QuizChoiceView(text: $0.text, correct: $0.correct) })
        }
    }

    func freeSections(_ sections: [FreeSection], file: String, page: SitePath) -> [FreeSectionView] {
        sections.map { FreeSectionView(id: $0.id, title: $0.title, html: html($0.html, file: file, page: page)) }
    }

    func rich(_ section: RichSection, file: String, page: SitePath) -> RichSectionView {
        RichSectionView(html: html(section.html, file: file, page: page), present: !section.isEmpty)
    }

    /// A short label for an objection list entry.
    func objectionLinks(_ objections: [ObjectionOutline], from page: SitePath) -> [ObjectionLinkView] {
        objections.map { objection in
            ObjectionLinkView(title: objection.title, href: SitePath.objection(objection.id).href(from: page),
                              customerSays: objection.customerSays, category: objection.category ?? "")
        }
    }
}

/// Values computed once per key and shared by the render workers.
final class ValueCache<Value>: Sendable {
    private let values = Locked<[String: Value]>([:])

    func value(for key: String, _ make: () -> Value) -> Value {
        if let value = values.withLock({ $0[key] }) { return value }
        let value = make()
        values.withLock { $0[key] = value }
        return value
    }
}
