import Foundation
import PlaybookCore
import Testing
@testable import PlaybookSite

/// `serve`'s in-memory site (``RenderedSite``): after a body edit of any kind of document,
/// objection files and competitors included, the updated site must equal a fresh render of
/// the edited playbook, file for file, having rendered only the pages that show the edit.
/// Runs on a copy of the repository's sample playbook.
@Suite struct RenderedSiteTests {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Content").standardizedFileURL
    static let options = PlaybookLoader.Options(today: CalendarDay(year: 2026, month: 11, day: 23)!)

    /// A copy of the sample playbook.
    final class Workspace {
        let content = FileManager.default.temporaryDirectory.appendingPathComponent("rendered-site-\(UUID().uuidString)")

        init() throws { try FileManager.default.copyItem(at: RenderedSiteTests.sample, to: content) }
        deinit { try? FileManager.default.removeItem(at: content) }

        /// Replaces `old` (which must occur) in a content file.
        func edit(_ file: String, replacing old: String, with new: String) throws {
            let url = content.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text.contains(old), "\(file) does not contain \(old)")
            try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: false, encoding: .utf8)
        }

        func render() throws -> RenderedSite {
            let load = try PlaybookLoader.load(contentPath: content.path, options: RenderedSiteTests.options)
            #expect(!load.hasErrors)
            return try RenderedSite(load: load, templates: .defaults, templatesPath: "Templates")
        }

        var documents: Set<String> { Set(FileWalk.paths(under: content.path, skippingHidden: true).filter { $0.hasSuffix(".md") }) }

        /// The site updated in place, or nil with the reason a full render is needed in `reason`.
        func update(_ site: RenderedSite, _ file: String, reason: inout String) throws -> RenderedSite? {
            do {
                return try site.updating([file], contentPath: content.path, knownFiles: documents)
            } catch let why as FullBuildReason {
                reason = why.description
                return nil
            }
        }

        func update(_ site: RenderedSite, _ file: String) throws -> RenderedSite? {
            var reason = ""
            return try update(site, file, reason: &reason)
        }
    }

    /// Checks `updated` against a fresh render of the workspace.
    func expectFresh(_ updated: RenderedSite, in space: Workspace, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let ours = updated.site.files, theirs = try space.render().site.files
        #expect(ours.keys.sorted() == theirs.keys.sorted(), sourceLocation: sourceLocation)
        for (path, data) in theirs where ours[path] != data {
            Issue.record("\(path) differs from a fresh render after an update", sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: [
        ("products/payroll.md", "所以代发之后的员工服务决定了", "所以员工服务决定了"),
        ("objections/price.md", "我按您每月的付款笔数给您算一笔全年总账", "我按您每月的付款笔数算一笔全年总账"),
        ("objections/price.md", "- 帮客户算全年总账", "- 帮客户算清全年总账"),
        ("competitors/cmb.md", "部分区县和新建社区覆盖不足", "部分区县和新社区覆盖不足"),
        ("self/self-analysis.md", "优秀的客户经理并非天生全能，", ""),
        ("segments/gov-agency.md", "受国库集中支付等制度约束", "受制度约束"),
        ("cases/payroll-groupbuy.md", "企业工会希望为员工争取一些实在的福利", "企业工会希望为员工争取福利"),
    ])
    func bodyEditsOfEveryKindUpdateInPlace(file: String, old: String, new: String) throws {
        let space = try Workspace()
        let first = try space.render()
        let pages = first.site.files.keys.filter { $0.hasSuffix(".html") }.count
        try space.edit(file, replacing: old, with: new)
        let updated = try #require(try space.update(first, file), "\(file) is updated in place")
        #expect(updated.renderedCount > 0 && updated.renderedCount < pages / 4,
                "\(updated.renderedCount) of \(pages) pages rendered")
        try expectFresh(updated, in: space)
        #expect(first.site.files != updated.site.files, "the first site is left as it was")
        guard !new.isEmpty else { return }
        try space.edit(file, replacing: new, with: old)
        let again = try #require(try space.update(updated, file), "an update builds on an update")
        #expect(again.site.files == first.site.files, "reverting the edit gives the first site back")
    }

    @Test(arguments: [
        ("products/payroll.md", "title: 代发工资", "title: 代发工资服务", "outline changed: products/payroll.md"),
        ("objections/price.md", "## 网银年费太贵", "## 网银年费太贵了", "outline changed: objections/price.md"),
        ("products/payroll.md", "所以代发之后", "所以代發之后", "new ideograph 發"),
        ("products/payroll.md", "所以代发之后的员工服务决定了", "所以[员工服务](../nowhere.md)决定了", "products/payroll.md has errors"),
        ("products/payroll.md", "title: 代发工资", "title: [代发工资", "products/payroll.md"),
    ])
    func outlineEditsFoldTableChangesAndErrorsNeedAFullRender(file: String, old: String, new: String, why: String) throws {
        let space = try Workspace()
        let first = try space.render()
        try space.edit(file, replacing: old, with: new)
        var reason = ""
        #expect(try space.update(first, file, reason: &reason) == nil)
        #expect(reason.contains(why), "\(reason)")
    }
}
