import Foundation
import PlaybookCore

/// One page to write: where it goes, which template renders it, and the values it shows.
///
/// The values hold only strings, numbers, booleans and arrays or dictionaries of them, never
/// shared mutable state, so pages may be rendered on several threads.
struct Page: @unchecked Sendable {
    var path: SitePath
    var template: String
    var title: String
    /// Values for the template; `root`, `t`, `nav` and the site fields are added by ``PageContext``.
    var values: [String: Any]
    /// The content file the page shows, for resolving relative links in its Markdown.
    var file: String = ""
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
    private let navigationCache = ValueCache<[[String: Any]]>()

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
    func navigation(for page: SitePath) -> [[String: Any]] {
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

    private func buildNavigation(_ items: [(String, SitePath)], section: String, page: SitePath) -> [[String: Any]] {
        items.map { key, target in
            let targetSection = target.path.split(separator: "/").first.map(String.init) ?? ""
            let current = target == page || (target != .home && page.depth > 0 && targetSection == section)
            return ["label": text[key] ?? key, "href": target.href(from: page), "current": current]
        }
    }

    /// The length of a list value, nil for anything else. (The common list types are tried
    /// first: casting `[[String: Any]]` to `[Any]` copies the whole array.)
    static func arrayCount(_ value: Any) -> Int? {
        if value is String || value is Bool || value is [String: Any] { return nil }
        if let list = value as? [[String: Any]] { return list.count }
        if let list = value as? [String] { return list.count }
        return (value as? [Any])?.count
    }

    /// The full template values for a page.
    func values(for page: Page) -> [String: Any] {
        var values = page.values
        // `hasObjections` for `objections` and so on: Mustache cannot test an array for emptiness.
        for (key, value) in page.values {
            guard let count = PageContext.arrayCount(value), let first = key.first else { continue }
            let flag = "has" + first.uppercased() + key.dropFirst()
            if values[flag] == nil { values[flag] = count > 0 }
        }
        values["root"] = page.path.root
        values["t"] = text
        values["lang"] = UIText.htmlLang(outline.settings.locale)
        values["siteTitle"] = outline.settings.title
        values["pageTitle"] = page.title
        values["isHome"] = page.path == .home
        values["homeHref"] = SitePath.home.href(from: page.path)
        values["nav"] = navigation(for: page.path)
        values["tagsHref"] = SitePath.tags.href(from: page.path)
        values["reviewsHref"] = values["reviewsHref"] ?? SitePath.reviews.href(from: page.path)
        values["battleCardsHref"] = SitePath.battleCards.href(from: page.path)
        values["bodyClass"] = page.template
        return values
    }

    func link(_ title: String, _ target: SitePath, from page: SitePath) -> [String: Any] {
        ["title": title, "href": target.href(from: page)]
    }

    func tagLinks(_ tags: [String], from page: SitePath) -> [[String: Any]] {
        tags.map { ["name": $0, "href": SitePath.tag($0).href(from: page)] }
    }

    func html(_ html: String, file: String, page: SitePath) -> String {
        links.rewrite(html, from: file, on: page)
    }

    func namedItems(_ items: [NamedItem], file: String, page: SitePath) -> [[String: Any]] {
        items.map { item in
            ["id": item.id, "name": item.name, "hasName": !item.name.isEmpty,
             "detailHtml": html(item.detailHtml, file: file, page: page), "hasDetail": !item.detailHtml.isEmpty]
        }
    }

    func facts(_ facts: [Fact], file: String, page: SitePath) -> [[String: Any]] {
        facts.map { ["name": $0.name, "hasName": !$0.name.isEmpty, "valueHtml": html($0.valueHtml, file: file, page: page)] }
    }

    func quiz(_ items: [QuizItem]) -> [[String: Any]] {
        items.map { item in
            ["id": item.id, "question": item.question, "answer": item.answer ?? "", "hasAnswer": item.answer != nil,
             "isChoice": item.isMultipleChoice,
             "choices": item.choices.map { ["text": $0.text, "correct": $0.correct] as [String: Any] }]
        }
    }

    func freeSections(_ sections: [FreeSection], file: String, page: SitePath) -> [[String: Any]] {
        sections.map { ["id": $0.id, "title": $0.title, "html": html($0.html, file: file, page: page)] }
    }

    func rich(_ section: RichSection, file: String, page: SitePath) -> [String: Any] {
        ["html": html(section.html, file: file, page: page), "present": !section.isEmpty]
    }

    /// A short label for an objection list entry.
    func objectionLinks(_ objections: [ObjectionOutline], from page: SitePath) -> [[String: Any]] {
        objections.map { objection in
            ["title": objection.title, "href": SitePath.objection(objection.id).href(from: page),
             "customerSays": objection.customerSays, "category": objection.category ?? ""]
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
