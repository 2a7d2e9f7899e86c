import Foundation
import Testing

/// `playbook build` after an edit that keeps every document's outline updates the site in
/// place (``SiteUpdate``); anything else falls back to a full build. Either way the site must be
/// byte for byte what a build from nothing gives. Runs on a copy of the repository's sample
/// playbook, which has every document type.
@Suite struct SiteUpdateTests {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Content").standardizedFileURL

    /// A copy of the sample playbook, built once into `Site`.
    final class Workspace {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("site-update-\(UUID().uuidString)")
        var content: URL { root.appendingPathComponent("Content") }
        var site: URL { root.appendingPathComponent("Site") }
        var build: [String] {
            ["build", "--content", content.path, "--out", site.path, "--templates", root.appendingPathComponent("T").path,
             "--today", "2026-11-23"]
        }

        init() throws {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: SiteUpdateTests.sample, to: content)
            let first = try CLIRunner.run(build)
            #expect(first.status == 0 && first.stderr.contains("built"), "\(first.stderr)")
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        /// Replaces `old` (which must occur) in a content file.
        func edit(_ file: String, replacing old: String, with new: String) throws {
            let url = content.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text.contains(old), "\(file) does not contain \(old)")
            try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: false, encoding: .utf8)
        }

        /// Builds, and checks how (`updated` in place or `built` in full) and that the site
        /// equals a fresh build's, file by file. With `why`, the build runs with `--verbose` and
        /// must say that reason for building in full.
        func rebuild(expecting how: String, why: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws {
            let result = try CLIRunner.run(build + (why == nil ? [] : ["--verbose"]))
            #expect(result.status == 0, "\(result.stderr)", sourceLocation: sourceLocation)
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.last?.hasPrefix(how) == true, "\(result.stderr)", sourceLocation: sourceLocation)
            if let why {
                #expect(lines.first == "full build: \(why)"[...], "\(result.stderr)", sourceLocation: sourceLocation)
            }
            let fresh = root.appendingPathComponent("Fresh-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: fresh) }
            let reference = try CLIRunner.run(["build", "--content", content.path, "--out", fresh.path, "--no-cache",
                                               "--templates", root.appendingPathComponent("T").path, "--today", "2026-11-23"])
            #expect(reference.status == 0, "\(reference.stderr)")
            let ours = try files(site), theirs = try files(fresh)
            #expect(ours.keys.sorted() == theirs.keys.sorted(), sourceLocation: sourceLocation)
            for (path, data) in theirs where ours[path] != data {
                Issue.record("\(path) differs from a fresh build after an update", sourceLocation: sourceLocation)
            }
        }

        func files(_ folder: URL) throws -> [String: Data] {
            var files: [String: Data] = [:]
            let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
            while let url = enumerator?.nextObject() as? URL {
                guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
                files[String(url.path.dropFirst(folder.path.count + 1))] = try Data(contentsOf: url)
            }
            return files
        }
    }

    @Test func bodyEditsOfEveryKindOfDocumentUpdateInPlace() throws {
        let space = try Workspace()
        // Terms gained and lost, all with ideographs the playbook already has.
        try space.edit("products/payroll.md", replacing: "所以代发之后的员工服务决定了", with: "所以员工服务决定了")
        try space.rebuild(expecting: "updated")
        try space.edit("products/payroll.md",
                       replacing: "- **员工在外地取钱方便吗？**：工资卡全国通用，每月前3笔跨行取现免手续费，手机支付和转账也都可以直接用，员工在外地同样方便。\n",
                       with: "")
        // A card removed moves the cards after it in the practice deck.
        try space.rebuild(expecting: "built", why: "practice cards of products/payroll.md were added, removed or reordered")
        try space.edit("segments/gov-agency.md", replacing: "受国库集中支付等制度约束", with: "受制度约束")
        try space.rebuild(expecting: "updated")
        try space.edit("cases/payroll-groupbuy.md", replacing: "企业工会希望为员工争取一些实在的福利", with: "企业工会希望为员工争取福利")
        try space.rebuild(expecting: "updated")
        // Pages that show other documents whole beside the edited one: the objection index and
        // battle cards (every objection file), a competitor's battle card (objection files).
        // (Their text other than cards: the follow-up questions.)
        try space.edit("objections/price.md", replacing: "- 您现在每个月大概有多少笔跨行付款？", with: "- 您现在每月大概有多少笔跨行付款？")
        try space.rebuild(expecting: "updated")
        // A card's response or key points: the deck's row and the card's shard are patched.
        try space.edit("objections/price.md", replacing: "我按您每月的付款笔数给您算一笔全年总账",
                       with: "我按您每月的付款笔数算一笔全年总账")
        try space.rebuild(expecting: "updated")
        try space.edit("objections/price.md", replacing: "- 帮客户算全年总账", with: "- 帮客户算清全年总账")
        try space.rebuild(expecting: "updated")
        try space.edit("products/payroll.md", replacing: "答：网银提交免手续费；柜面提交每笔1元。",
                       with: "答：网银提交不收手续费；柜面提交每笔1元。")
        try space.rebuild(expecting: "updated")
        try space.edit("objections/price.md", replacing: "- 您现在每月大概有多少笔跨行付款？", with: "- 您现在每个月大概有多少笔跨行付款？")
        try space.rebuild(expecting: "updated")
        try space.edit("competitors/cmb.md", replacing: "部分区县和新建社区覆盖不足", with: "部分区县和新社区覆盖不足")
        try space.rebuild(expecting: "updated")
        // Back to the first version: the same bytes as the first build.
        try space.edit("products/payroll.md", replacing: "所以员工服务决定了", with: "所以代发之后的员工服务决定了")
        try space.rebuild(expecting: "updated")
    }

    @Test func editsThatChangeMoreThanTheirOwnPagesBuildInFull() throws {
        let space = try Workspace()
        try space.edit("products/payroll.md", replacing: "title: 代发工资", with: "title: 代发工资服务")
        try space.rebuild(expecting: "built", why: "outline changed: products/payroll.md")
        // An ideograph the playbook does not hold changes the search index's fold table.
        try space.edit("products/payroll.md", replacing: "所以代发之后", with: "所以代發之后")
        try space.rebuild(expecting: "built", why: "new ideograph 發")
        // An objection's title and a competitor's summary are shown on other pages.
        try space.edit("objections/price.md", replacing: "## 网银年费太贵", with: "## 网银年费太贵了")
        try space.rebuild(expecting: "built", why: "outline changed: objections/price.md")
        try space.edit("competitors/cmb.md", replacing: "品牌影响力大。", with: "品牌影响力大，")
        try space.rebuild(expecting: "built", why: "outline changed: competitors/cmb.md")
        // A template, or playbook.md, changes every page.
        try space.edit("playbook.md", replacing: "title:", with: "title: 新")
        try space.rebuild(expecting: "built", why: "playbook.md changed")
    }

    @Test func anObjectionsOverridesLineIsPartOfItsOutline() throws {
        let space = try Workspace()
        // Its products and tags are shown on other pages (product backlinks, tag pages).
        try space.edit("objections/price.md", replacing: "产品：corporate-ebank · 标签：费用、年费",
                       with: "产品：corporate-ebank、payroll · 标签：费用、年费")
        try space.rebuild(expecting: "built", why: "outline changed: objections/price.md")
        try space.edit("objections/price.md", replacing: "标签：费用、年费", with: "标签：年费")
        try space.rebuild(expecting: "built", why: "outline changed: objections/price.md")
        // The context below it is body text only, and the hint of the objection's practice card.
        try space.edit("objections/price.md", replacing: "用客户自己的数字说话", with: "用客户自己的数字来说话")
        try space.rebuild(expecting: "updated")
    }

    @Test func cardEditsThatChangeTheDecksShapeOrLanguageBuildInFull() throws {
        let space = try Workspace()
        // A key point's alternative is a synonym group every card's plan is made with.
        try space.edit("objections/price.md", replacing: "- 帮客户算全年总账", with: "- 帮客户算全年总账（也可说：算清一年的总费用）")
        try space.rebuild(expecting: "built", why: "the key-point alternatives of objections/price.md changed")
        try space.edit("objections/price.md", replacing: "（也可说：算清一年的总费用）", with: "（也可说：算清一年总共花多少）")
        try space.rebuild(expecting: "built", why: "the key-point alternatives of objections/price.md changed")
        // Its response alone: in place again.
        try space.edit("objections/price.md", replacing: "我按您每月的付款笔数给您算一笔全年总账",
                       with: "我按您每月的付款笔数算一笔全年总账")
        try space.rebuild(expecting: "updated")
        // A quiz question added is a new card.
        try space.edit("products/payroll.md", replacing: "- 问：员工多少人以上可以预约上门集中开卡？",
                       with: "- 问：代发工资能否通过企业网银提交？\n  答：可以，网银提交免手续费。\n- 问：员工多少人以上可以预约上门集中开卡？")
        try space.rebuild(expecting: "built", why: "practice cards of products/payroll.md were added, removed or reordered")
    }

    @Test func aFileAddedToTheSiteStopsTheUpdateAndIsKept() throws {
        let space = try Workspace()
        let stray = space.site.appendingPathComponent("products/notes.txt")
        try Data("mine".utf8).write(to: stray)
        try space.edit("products/payroll.md", replacing: "所以代发之后的员工服务决定了", with: "所以员工服务决定了")
        let result = try CLIRunner.run(space.build)
        #expect(result.status == 2)
        #expect(result.stderr.contains("products/notes.txt"))
        #expect(try String(contentsOf: stray, encoding: .utf8) == "mine")
    }

    @Test func aHandEditedIndexFileOrADamagedStateMeansAFullBuild() throws {
        let space = try Workspace()
        let shards = try FileManager.default.contentsOfDirectory(atPath: space.site.appendingPathComponent("search").path)
            .filter { $0.hasPrefix("idx-") }
        for shard in shards {
            let url = space.site.appendingPathComponent("search/" + shard)
            try (try String(contentsOf: url, encoding: .utf8) + "\n").write(to: url, atomically: false, encoding: .utf8)
        }
        try space.edit("products/payroll.md", replacing: "所以代发之后的员工服务决定了", with: "所以员工服务决定了")
        try space.rebuild(expecting: "built")

        let state = space.root.appendingPathComponent(".playbook-cache/Site.state")
        var bytes = [UInt8](try Data(contentsOf: state))
        bytes[bytes.count / 2] ^= 0x40
        try Data(bytes).write(to: state)
        try space.edit("products/payroll.md", replacing: "所以员工服务决定了", with: "所以代发之后的员工服务决定了")
        try space.rebuild(expecting: "built", why: "no state from an earlier full build")
    }

    @Test func anEditWithAnErrorStopsTheBuildAndKeepsTheSite() throws {
        let space = try Workspace()
        let page = space.site.appendingPathComponent("products/payroll.html")
        let before = try Data(contentsOf: page)
        try space.edit("products/payroll.md", replacing: "所以代发之后的员工服务决定了", with: "所以[员工服务](../nowhere.md)决定了")
        let result = try CLIRunner.run(space.build)
        #expect(result.status == 1)
        #expect(result.stderr.contains("broken-link"))
        #expect(try Data(contentsOf: page) == before)
    }
}
