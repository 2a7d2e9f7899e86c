import Foundation
import PlaybookCore
@testable import PlaybookSite

/// A temporary folder holding a playbook (in `Content/`) and room for a site, removed at the end.
final class SiteWorkspace {
    let root: URL
    var content: URL { root.appendingPathComponent("Content") }
    var site: URL { root.appendingPathComponent("Site") }

    static let settings = "---\ntitle: 测试手册\nlocale: zh-Hans\n---\n欢迎。\n"
    static let product = """
        ---
        title: 维修资金专户
        tags: [业委会]
        competitors: [cmb]
        ---
        维修资金的**摘要**，详见[招行](../competitors/cmb.md)。

        ## 核心卖点
        - **资金安全**：交叉复核
        ## 竞品对比
        - **资金安全**
          - 我行: 交叉复核
          - 招行: 品牌强
          - 结论: 先讲安全
        """
    static let competitor = "---\nname: 招商银行\naliases: [招行]\n---\n股份制银行。\n"
    static let objections = """
        ---
        category: 价格
        products: [fund]
        competitors: [cmb]
        ---
        ## 管理费太高 {#fee}
        > 别家不收管理费
        ### 应对话术
        先**认同感受**。
        ### 避免
        - 这是规定
        """

    init(_ files: [String: String] = [:], settings: String = SiteWorkspace.settings) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("site-test-\(UUID().uuidString)")
        var all = ["playbook.md": settings, "products/fund.md": SiteWorkspace.product,
                   "competitors/cmb.md": SiteWorkspace.competitor, "objections/price.md": SiteWorkspace.objections]
        for (path, text) in files { all[path] = text }
        for (path, text) in all { try write("Content/" + path, text) }
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func playbook() throws -> Playbook {
        let result = try PlaybookLoader.load(contentPath: content.path, options: .init(today: CalendarDay(iso: "2026-11-23")!))
        precondition(!result.hasErrors, "\(result.diagnostics)")
        return result.playbook
    }

    func render(templates: TemplateSet = .defaults) throws -> [String: Data] {
        try SiteBuilder(playbook: playbook(), templates: templates).render()
    }

    func page(_ path: String, templates: TemplateSet = .defaults) throws -> String {
        let files = try render(templates: templates)
        guard let data = files[path] else { throw SiteError(path: path, message: "not rendered; have \(files.keys.sorted())") }
        return String(decoding: data, as: UTF8.self)
    }
}
