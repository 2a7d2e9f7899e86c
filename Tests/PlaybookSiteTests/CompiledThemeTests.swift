import Foundation
import PlaybookCore
import Testing
@testable import PlaybookSite

/// The compiled built-in theme writes every page byte for byte as swift-mustache writes it from
/// the same templates and page models; a user's template still takes effect.
@Suite struct CompiledThemeTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../..").standardizedFileURL

    static func load(_ content: URL) throws -> Playbook {
        try PlaybookLoader.load(contentPath: content.path, options: .init(today: CalendarDay(iso: "2026-11-23")!)).playbook
    }

    /// Every file of the site, rendered on both paths.
    static func bothWays(_ playbook: Playbook, templates: TemplateSet = .defaults) throws -> (compiled: [String: Data], interpreted: [String: Data]) {
        var compiled = SiteBuilder(playbook: playbook, templates: templates)
        compiled.engine = .compiled
        var interpreted = SiteBuilder(playbook: playbook, templates: templates)
        interpreted.engine = .interpreted
        return (try compiled.render(), try interpreted.render())
    }

    static func expectIdentical(_ sites: (compiled: [String: Data], interpreted: [String: Data]), minimumPages: Int) {
        let pages = sites.compiled.keys.filter { $0.hasSuffix(".html") }
        #expect(pages.count >= minimumPages)
        #expect(Set(sites.compiled.keys) == Set(sites.interpreted.keys))
        let differing = pages.filter { sites.compiled[$0] != sites.interpreted[$0] }.sorted()
        #expect(differing.isEmpty, "\(differing.count) pages differ, first \(differing.first ?? ""):\n\(firstDifference(differing.first, sites))")
    }

    static func firstDifference(_ path: String?, _ sites: (compiled: [String: Data], interpreted: [String: Data])) -> String {
        guard let path, let a = sites.compiled[path], let b = sites.interpreted[path] else { return "" }
        let (x, y) = (String(decoding: a, as: UTF8.self), String(decoding: b, as: UTF8.self))
        let common = zip(x, y).prefix { $0 == $1 }.count
        return "compiled:    …\(x.dropFirst(max(0, common - 60)).prefix(160))\ninterpreted: …\(y.dropFirst(max(0, common - 60)).prefix(160))"
    }

    @Test func theSamplePlaybookRendersTheSameBothWays() throws {
        let playbook = try Self.load(Self.repository.appendingPathComponent("Content"))
        Self.expectIdentical(try Self.bothWays(playbook), minimumPages: 100)
    }

    @Test func aGeneratedThousandDocumentPlaybookRendersTheSameBothWays() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("compiled-theme-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let generator = Process()
        generator.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        generator.arguments = ["python3", Self.repository.appendingPathComponent("scripts/generate-playbook.py").path, "1000", folder.path]
        try generator.run()
        generator.waitUntilExit()
        #expect(generator.terminationStatus == 0)
        Self.expectIdentical(try Self.bothWays(try Self.load(folder)), minimumPages: 2000)
    }

    /// Markup characters, empty sections and optional fields absent: the escaping and the
    /// climbing of the context stack agree.
    @Test func hostileAndSparseContentRendersTheSameBothWays() throws {
        let workspace = try SiteWorkspace([
            "products/bare.md": "---\ntitle: <b>\"裸\" & 'x'</b>\n---\n",
            "competitors/odd.md": "---\nname: A&B <银行>\naliases: [\"'q'\", <i>]\n---\n## 优势\n- 无名\n",
            "objections/mixed.md": "---\ncategory: <保障> & \"服务\"\n---\n## <script>alert(1)</script> {#x1}\n> \"引号\" & <b>\n### 应对话术\n好。\n"
                + "## 第二 {#x2}\n> 说\n### 应对话术\n话。\n### 要点\n- <要>\n",
            "segments/s.md": "---\ntitle: 客群 & 伙伴\n---\n",
            "cases/c.md": "---\ntitle: 案例\nproducts: [bare]\n---\n## 背景\nx\n",
            "self/me.md": "---\ntitle: 自我\n---\n## 销售风格\n### 稳健型\n- 特点：慢\n",
        ])
        Self.expectIdentical(try Self.bothWays(try workspace.playbook()), minimumPages: 15)
    }

    @Test func aUsersProductTemplateTakesEffectWhileOtherPagesStayCompiled() throws {
        let workspace = try SiteWorkspace()
        try workspace.write("Templates/product.mustache", "<h1 class=\"mine\">{{title}} · {{t.products}} · {{#hasCategory}}x{{/hasCategory}}{{> tags}}</h1>")
        let templates = try TemplateSet.load(overridesAt: workspace.root.appendingPathComponent("Templates").path)
        let renderer = try SiteBuilder.renderer(templates: templates, displayRoot: "Templates")
        #expect(!renderer.isCompiled("product"))
        #expect(renderer.isCompiled("competitor") && renderer.isCompiled("layout"))
        let sites = try Self.bothWays(try workspace.playbook(), templates: templates)
        let page = String(decoding: try #require(sites.compiled["products/fund.html"]), as: UTF8.self)
        #expect(page.contains("<h1 class=\"mine\">维修资金专户 · 产品 · <ul class=\"chips\"><li><a class=\"chip\" href=\"../tags/"))
        #expect(page.contains("<title>维修资金专户 · 测试手册</title>"), "the built-in layout still wraps it")
        Self.expectIdentical(sites, minimumPages: 10)
    }

    @Test func aUsersPartialSendsEveryTemplateThatIncludesItToSwiftMustache() throws {
        let workspace = try SiteWorkspace()
        try workspace.write("Templates/tags.mustache", "<p class=\"my-tags\">{{#tags}}[{{name}}]{{/tags}}</p>")
        let templates = try TemplateSet.load(overridesAt: workspace.root.appendingPathComponent("Templates").path)
        let renderer = try SiteBuilder.renderer(templates: templates, displayRoot: "Templates")
        #expect(!renderer.isCompiled("product") && !renderer.isCompiled("list"))
        #expect(renderer.isCompiled("category"))
        let site = try SiteBuilder(playbook: workspace.playbook(), templates: templates).render()
        let page = String(decoding: try #require(site["products/fund.html"]), as: UTF8.self)
        #expect(page.contains("<p class=\"my-tags\">[业委会]</p>"))
    }

    @Test func aUsersLayoutWrapsCompiledBodies() throws {
        let workspace = try SiteWorkspace()
        try workspace.write("Templates/layout.mustache", "<main data-page=\"{{bodyClass}}\">{{{content}}}</main>\n")
        let templates = try TemplateSet.load(overridesAt: workspace.root.appendingPathComponent("Templates").path)
        let site = try SiteBuilder(playbook: workspace.playbook(), templates: templates).render()
        let page = String(decoding: try #require(site["products/fund.html"]), as: UTF8.self)
        #expect(page.hasPrefix("<main data-page=\"product\"><article>\n<h1>维修资金专户</h1>"))
    }
}
