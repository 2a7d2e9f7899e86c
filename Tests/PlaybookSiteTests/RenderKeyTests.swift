import Foundation
import Testing
@testable import PlaybookSite

/// A page's render key changes with anything its bytes depend on, and only with that.
@Suite struct RenderKeyTests {
    let base = RenderKey.base(templates: .defaults)

    func frame(title: String = "稳盈理财", t: [String: String] = ["menu": "菜单"]) -> PageFrame {
        PageFrame(root: "../", t: t, lang: "zh-Hans", siteTitle: "手册", pageTitle: title, isHome: false,
                  homeHref: "../index.html", nav: [NavItemView(label: "首页", href: "../index.html", current: false)],
                  tagsHref: "../tags/index.html", reviewsHref: "../reviews.html", battleCardsHref: "../battlecards/index.html",
                  bodyClass: "list")
    }

    func model(heading: String = "产品", items: [ListItemView]? = nil) -> ListPageModel {
        let items = items ?? [ListItemView(title: "稳盈理财", href: "a.html", category: "理财", summary: "风险低",
                                           tags: [TagLinkView(name: "费用", href: "t.html")])]
        return ListPageModel(heading: heading, items: items, hasItems: !items.isEmpty)
    }

    func key(_ model: any PageModel, _ frame: PageFrame) -> UInt64 { RenderKey.key(base: base, model: model, frame: frame) }

    @Test func equalModelsGiveEqualKeys() {
        #expect(key(model(), frame()) == key(model(), frame()))
    }

    @Test func anyChangeChangesTheKey() {
        let original = key(model(), frame())
        let item = model().items[0]
        var retitled = item
        retitled.title = "稳盈理财 "
        var moved = item
        moved.href = "b.html"
        var retagged = item
        retagged.tags.append(TagLinkView(name: "利率", href: "u.html"))
        var split = item  // the same characters split differently between two values
        split.title = "稳盈"
        split.category = "理财理财"
        let variants: [(any PageModel, PageFrame)] = [
            (model(items: [retitled]), frame()), (model(items: [moved]), frame()), (model(items: [retagged]), frame()),
            (model(items: [split]), frame()), (model(items: [item, item]), frame()), (model(items: []), frame()),
            (model(heading: "竞品"), frame()), (model(), frame(title: "别的页")),
        ]
        for (model, frame) in variants { #expect(key(model, frame) != original, "\(model)") }
        #expect(RenderKey.key(base: base &+ 1, model: model(), frame: frame()) != original, "another program or template set")
    }

    @Test func anotherPageKindWithTheSameFieldsGivesAnotherKey() {
        let tags = TagIndexPageModel(tags: [])
        let battleCards = BattleCardIndexPageModel(categories: [], competitors: [])
        #expect(key(tags, frame()) != key(battleCards, frame()))
    }

    @Test func theInterfaceTextAndTheBodyAreLeftOut() {
        var rendered = frame(t: ["menu": "目录"])
        rendered.content = "<p>body</p>"
        #expect(key(model(), frame()) == key(model(), rendered), "the text is in the base; the body comes from the model")
    }

    @Test func templateChangesChangeTheBase() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try Data("<h1>{{title}}</h1>".utf8).write(to: root.appendingPathComponent("product.mustache"))
        let overridden = try TemplateSet.load(overridesAt: root.path)
        #expect(RenderKey.base(templates: overridden) != base)
    }
}
