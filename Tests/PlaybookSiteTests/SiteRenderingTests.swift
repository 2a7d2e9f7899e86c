import Foundation
import Testing
import PlaybookCore
@testable import PlaybookSite

@Suite struct SiteRenderingTests {
    @Test func rendersEveryKindOfPage() throws {
        let files = try SiteWorkspace().render()
        for path in ["index.html", "products/index.html", "products/fund.html", "competitors/cmb.html", "objections/index.html",
                     "objections/fee.html", "categories/价格.html", "battlecards/category-价格.html",
                     "battlecards/competitor-cmb.html", "tags/业委会.html", "tags/index.html", "reviews.html",
                     "assets/style.css", "assets/search.js", "assets/site.js", "search/meta.js", "search/idx-0.js", "search/docs-0.js",
                     "search/titles-0.js", "search/titles.js"] {
            #expect(files[path] != nil, "missing \(path)")
        }
    }

    @Test func buildingTwiceGivesIdenticalBytes() throws {
        let workspace = try SiteWorkspace()
        #expect(try workspace.render() == workspace.render())
    }

    @Test func pagesUseRelativeLinksOnly() throws {
        let files = try SiteWorkspace().render()
        for (path, data) in files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(!html.contains("href=\"/"), "absolute link in \(path)")
            #expect(!html.contains("src=\"/"), "absolute src in \(path)")
            #expect(!html.contains("http://") && !html.contains("https://"), "external URL in \(path)")
        }
        let product = String(decoding: files["products/fund.html"]!, as: UTF8.self)
        #expect(product.contains("href=\"../assets/style.css\""))
        #expect(product.contains("data-root=\"../\""))
    }

    @Test func markdownLinksToContentFilesPointAtPages() throws {
        let html = try SiteWorkspace().page("products/fund.html")
        #expect(html.contains("<a href=\"../competitors/cmb.html\">招行</a>"))
        #expect(!html.contains(".md\""))
    }

    @Test func productPageShowsMatrixAndBacklinks() throws {
        let html = try SiteWorkspace().page("products/fund.html")
        #expect(html.contains("<table class=\"matrix\">"))
        #expect(html.contains("<a href=\"../competitors/cmb.html\">招商银行</a></th>"))
        #expect(html.contains("先讲安全"))
        // Backlinks: the objection that names this product.
        #expect(html.contains("<a href=\"../objections/fee.html\">管理费太高</a>"))
        let competitor = try SiteWorkspace().page("competitors/cmb.html")
        #expect(competitor.contains("<a href=\"../products/fund.html\">维修资金专户</a>"))
        #expect(competitor.contains("品牌强"), "aggregated comparison row")
    }

    @Test func objectionPageHasPracticeToggleKeyPointsAndNeverSay() throws {
        let html = try SiteWorkspace().page("objections/fee.html")
        #expect(html.contains("data-practice-toggle"))
        #expect(html.contains("<ul class=\"key-points\"><li>认同感受</li></ul>"))
        #expect(html.contains("<ul class=\"avoid\"><li>这是规定</li></ul>"))
        #expect(html.contains("<blockquote class=\"customer-says\">别家不收管理费</blockquote>"))
    }

    @Test func frontMatterIsEscaped() throws {
        let workspace = try SiteWorkspace(["products/evil.md": """
            ---
            title: "<script>alert(1)</script> & 产品"
            tags: ["<img src=x onerror=alert(1)>"]
            ---
            正文。
            """])
        let files = try workspace.render()
        let html = String(decoding: files["products/evil.html"]!, as: UTF8.self)
        #expect(!html.contains("<script>alert(1)</script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; 产品"))
        #expect(!html.contains("<img src=x"))
        for path in ["search/meta.js", "search/titles.js", "search/titles-0.js"] {
            let search = String(decoding: files[path]!, as: UTF8.self)
            #expect(!search.contains("</script>"), "index strings cannot close a script (\(path))")
        }
        #expect(String(decoding: files["search/titles.js"]!, as: UTF8.self).contains("\\u003c/script>"), "the title is there, escaped")
    }

    @Test func rawHTMLAndJavascriptLinksAreOmittedUnlessUnsafe() throws {
        let body = "---\ntitle: 产品\n---\n<div onclick=\"x()\">原始</div>\n\n[点我](javascript:alert(1)) <b>粗</b>\n"
        let safe = try SiteWorkspace(["products/raw.md": body]).page("products/raw.html")
        #expect(!safe.contains("onclick"))
        #expect(!safe.contains("javascript:"))
        #expect(!safe.contains("<b>粗</b>"))
        let unsafeSettings = "---\ntitle: 测试手册\nunsafeHTML: true\n---\n"
        let unsafe = try SiteWorkspace(["products/raw.md": body], settings: unsafeSettings).page("products/raw.html")
        #expect(unsafe.contains("<b>粗</b>"))
        #expect(unsafe.contains("onclick"))
    }

    @Test func uiStringsFollowTheLocale() throws {
        let hans = try SiteWorkspace().page("products/fund.html")
        #expect(hans.contains("lang=\"zh-Hans\""))
        #expect(hans.contains("核心卖点"))
        let hant = try SiteWorkspace(settings: "---\ntitle: 手冊\nlocale: zh-Hant\n---\n").page("products/fund.html")
        #expect(hant.contains("lang=\"zh-Hant\""))
        #expect(hant.contains("核心賣點"))
        #expect(hant.contains("競爭對手"))
        let english = try SiteWorkspace(settings: "---\ntitle: Handbook\nlocale: en\n---\n").page("products/fund.html")
        #expect(english.contains("lang=\"en\""))
        #expect(english.contains("Selling points"))
    }

    @Test func aUserTemplateReplacesOnlyThatFile() throws {
        let workspace = try SiteWorkspace()
        try workspace.write("Templates/product.mustache", "<h1 class=\"mine\">{{title}}</h1>")
        let templates = try TemplateSet.load(overridesAt: workspace.root.appendingPathComponent("Templates").path)
        #expect(templates.overridden == ["product.mustache"])
        let files = try workspace.render(templates: templates)
        #expect(String(decoding: files["products/fund.html"]!, as: UTF8.self).contains("<h1 class=\"mine\">维修资金专户</h1>"))
        #expect(String(decoding: files["competitors/cmb.html"]!, as: UTF8.self).contains("<table class=\"matrix\">"))
    }

    @Test func aBrokenUserTemplateIsReportedWithItsPath() throws {
        let workspace = try SiteWorkspace()
        try workspace.write("Templates/product.mustache", "{{#unclosed}}")
        let templates = try TemplateSet.load(overridesAt: workspace.root.appendingPathComponent("Templates").path)
        #expect(throws: SiteError.self) { try workspace.render(templates: templates) }
        do {
            _ = try workspace.render(templates: templates)
        } catch let error as SiteError {
            #expect(error.path.hasSuffix("Templates/product.mustache"))
        }
    }

    @Test func embeddedTemplatesMatchTheTemplatesFolder() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Templates").standardized
        let enumerator = try #require(FileManager.default.enumerator(atPath: folder.path))
        var onDisk: [String: String] = [:]
        for case let relative as String in enumerator where !relative.hasPrefix(".") {
            var isDirectory: ObjCBool = false
            let path = folder.appendingPathComponent(relative).path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                onDisk[relative] = try String(contentsOfFile: path, encoding: .utf8)
            }
        }
        let differing = Set(onDisk.keys).union(DefaultTemplates.files.keys).filter { onDisk[$0] != DefaultTemplates.files[$0] }
        #expect(differing.isEmpty, "built-in copies differ from Templates/: \(differing.sorted()); run scripts/embed-templates.py")
    }
}

/// Rendering again with the previous render (as `serve` does) keeps unchanged pages and
/// renders changed ones: the result is always what a fresh render gives.
@Suite struct IncrementalRenderTests {
    @Test func unchangedPagesAreReusedAndChangedOnesRenderedAgain() throws {
        let workspace = try SiteWorkspace()
        let first = MemorySite()
        try SiteBuilder(playbook: workspace.playbook(), templates: .defaults).render(into: first)
        let second = MemorySite(previous: first)
        try SiteBuilder(playbook: workspace.playbook(), templates: .defaults).render(into: second)
        #expect(second.files == first.files)
        let pages = first.files.keys.filter { $0.hasSuffix(".html") }.count
        #expect(second.reusedCount == pages, "every page is reused when nothing changed")

        try workspace.write("Content/products/fund.md",
                            SiteWorkspace.product.replacingOccurrences(of: "交叉复核", with: "双人复核"))
        let third = MemorySite(previous: second)
        try SiteBuilder(playbook: workspace.playbook(), templates: .defaults).render(into: third)
        #expect(third.files == (try workspace.render()), "the same bytes as a fresh render")
        #expect(third.reusedCount < pages, "pages that show the product are rendered again")
        #expect(third.reusedCount > 0, "pages that do not show it are kept")
    }
}
