import Foundation
import PlaybookCore
@testable import PlaybookSite
import Testing

/// `playbook build` after an edit to practice cards: one that keeps the deck's shape patches
/// `deck.js` and the shards of the edited cards in place (``PracticePatch``); one that adds a
/// card, changes a key point's alternatives or moves a shard's end builds in full. Either way
/// the site is byte for byte what a build from nothing gives.
@Suite struct PracticeIncrementalBuildTests {
    func build(_ space: SiteWorkspace) throws -> SiteBuild.Outcome {
        try SiteBuild(contentPath: space.content.path, templatesPath: space.root.appendingPathComponent("T").path,
                      output: space.site.path, loading: .init(today: CalendarDay(iso: "2026-11-23")!)).run()
    }

    func read(_ space: SiteWorkspace, _ path: String) throws -> String {
        try String(contentsOf: space.site.appendingPathComponent(path), encoding: .utf8)
    }

    /// Checks that the site on disk holds what a render from nothing gives, file by file.
    func expectFreshBuild(_ space: SiteWorkspace, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let fresh = try space.render()
        let manager = FileManager.default
        let onDisk = try manager.subpathsOfDirectory(atPath: space.site.path).filter { path in
            var folder: ObjCBool = false
            return manager.fileExists(atPath: space.site.path + "/" + path, isDirectory: &folder) && !folder.boolValue
                && path != SiteWriter.markerName
        }
        #expect(onDisk.sorted() == fresh.keys.sorted(), sourceLocation: sourceLocation)
        for (path, data) in fresh where manager.contents(atPath: space.site.path + "/" + path) != data {
            Issue.record("\(path) differs from a fresh build", sourceLocation: sourceLocation)
        }
    }

    /// The reason a build went in full, or nil when it updated in place.
    func fullBuildReason(_ outcome: SiteBuild.Outcome) -> String? {
        switch outcome {
        case .built(let written): return written.reason?.description ?? "no reason"
        case .updated: return nil
        case .unchanged: return "unchanged"
        case .contentErrors: return "content errors"
        }
    }

    @Test func anEditedCardIsPatchedInItsShardAndTheDeck() throws {
        let space = try SiteWorkspace(["objections/price.md": PracticeDataTests.objections])
        guard case .built = try build(space) else { Issue.record("the first build builds"); return }
        let deckBefore = try read(space, "practice/deck.js")
        let hashBefore = CardFingerprint.hash(try #require(CardBuilder.cards(for: space.playbook()).first { $0.id == "objection/price/fee" }))
        #expect(deckBefore.contains(hashBefore))

        try space.write("Content/objections/price.md",
                        PracticeDataTests.objections.replacingOccurrences(of: "再算一笔账", with: "再陪客户算一笔全年的账"))
        let outcome = try build(space)
        guard case .updated(let update) = outcome else { Issue.record("a response edit updates in place: \(outcome)"); return }
        #expect(update.written.contains("practice/deck.js") && update.written.contains("practice/cards/0.js"))
        let card = try #require(CardBuilder.cards(for: space.playbook()).first { $0.id == "objection/price/fee" })
        let hashAfter = CardFingerprint.hash(card)
        #expect(hashAfter != hashBefore)
        let deckAfter = try read(space, "practice/deck.js")
        #expect(deckAfter.contains("\"\(hashAfter)\"") && !deckAfter.contains(hashBefore))
        #expect(try read(space, "practice/cards/0.js").contains("再陪客户算一笔全年的账"))
        try expectFreshBuild(space)

        guard case .unchanged = try build(space) else { Issue.record("nothing changed: nothing is written"); return }
        // Back to the first text: the first deck again.
        try space.write("Content/objections/price.md", PracticeDataTests.objections)
        #expect(fullBuildReason(try build(space)) == nil)
        #expect(try read(space, "practice/deck.js") == deckBefore)
        try expectFreshBuild(space)
    }

    @Test func anEditOutsideTheCardsUpdatesInPlaceAndLeavesThePracticeData() throws {
        let space = try SiteWorkspace(["objections/price.md": PracticeDataTests.objections])
        _ = try build(space)
        let deck = try read(space, "practice/deck.js"), shard = try read(space, "practice/cards/0.js")
        try space.write("Content/objections/price.md",
                        PracticeDataTests.objections.replacingOccurrences(of: "您每月大概有几笔转账", with: "您每月每月大概有几笔转账"))
        let outcome = try build(space)
        guard case .updated(let update) = outcome else { Issue.record("a follow-up question updates in place: \(outcome)"); return }
        #expect(!update.written.contains { $0.hasPrefix("practice/") })
        #expect(try read(space, "practice/deck.js") == deck && read(space, "practice/cards/0.js") == shard)
    }

    @Test func anAlternativeOrANewCardBuildsInFull() throws {
        let space = try SiteWorkspace(["objections/price.md": PracticeDataTests.objections])
        _ = try build(space)
        var text = PracticeDataTests.objections.replacingOccurrences(of: "- 帮客户算全年总账", with: "- 帮客户算全年总账（也可说：算清全年费用）")
        try space.write("Content/objections/price.md", text)
        #expect(fullBuildReason(try build(space)) == "the key-point alternatives of objections/price.md changed")
        try expectFreshBuild(space)
        // An alternative's words are the synonyms of the other cards' plans too: in place only when they stay.
        text = text.replacingOccurrences(of: "先**认同感受**", with: "先**认同客户的感受**")
        try space.write("Content/objections/price.md", text)
        #expect(fullBuildReason(try build(space)) == nil)
        try expectFreshBuild(space)

        text = text.replacingOccurrences(of: "## 自测\n", with: "## 自测\n- 问：专户的利息归谁？\n  答：归全体业主。\n")
        try space.write("Content/objections/price.md", text)
        #expect(fullBuildReason(try build(space)) == "practice cards of objections/price.md were added, removed or reordered")
        try expectFreshBuild(space)
    }

    /// Objections whose responses take about 20 KB of JSON each: four fill a shard.
    static func longObjections(_ ids: [String], repeats: [String: Int] = [:]) -> String {
        "---\ncategory: 价格\n---\n" + ids.map { id in
            "## 客户嫌费用高 \(id) {#\(id)}\n> 别家更便宜\n### 应对话术\n"
                + String(repeating: "先认同客户的顾虑，再用数字说明差别。", count: repeats[id] ?? 400) + "\n"
        }.joined(separator: "\n")
    }

    @Test func aShardIsPatchedWithItsNeighboursCardsUnlessItsEndMoves() throws {
        let space = try SiteWorkspace(["objections/a.md": Self.longObjections(["a1", "a2", "a3"]),
                                       "objections/b.md": Self.longObjections(["b1", "b2", "b3"])])
        _ = try build(space)
        let shard = try read(space, "practice/cards/0.js")
        #expect(shard.contains("\"objection/a/a1\"") && shard.contains("\"objection/b/b1\"") && !shard.contains("\"objection/b/b2\""))

        // b1 shares shard 0 with a.md's cards: they are read again for it.
        try space.write("Content/objections/b.md", Self.longObjections(["b1", "b2", "b3"], repeats: ["b1": 399]))
        let outcome = try build(space)
        guard case .updated(let update) = outcome else { Issue.record("a shorter response updates in place: \(outcome)"); return }
        #expect(update.written.contains("practice/cards/0.js") && !update.written.contains("practice/cards/1.js"))
        try expectFreshBuild(space)

        // b2 starts shard 1: short enough, it would join shard 0.
        try space.write("Content/objections/b.md", Self.longObjections(["b1", "b2", "b3"], repeats: ["b1": 399, "b2": 2]))
        #expect(fullBuildReason(try build(space)) == "practice card shard 0 would end at another card")
        try expectFreshBuild(space)
        #expect(try read(space, "practice/cards/0.js").contains("\"objection/b/b2\""))
        // b3 grows a little: shard 1 still holds it and every card after it.
        try space.write("Content/objections/b.md", Self.longObjections(["b1", "b2", "b3"], repeats: ["b1": 399, "b2": 400]))
        _ = try build(space)
        try space.write("Content/objections/b.md",
                        Self.longObjections(["b1", "b2", "b3"], repeats: ["b1": 399, "b2": 400, "b3": 401]))
        #expect(fullBuildReason(try build(space)) == nil)
        try expectFreshBuild(space)

        // b1 short enough for b2 to join shard 0: every later shard would start elsewhere.
        try space.write("Content/objections/b.md", Self.longObjections(["b1", "b2", "b3"], repeats: ["b1": 2]))
        #expect(fullBuildReason(try build(space)) == "practice card shard 0 would end at another card")
        try expectFreshBuild(space)
        #expect(try read(space, "practice/cards/0.js").contains("\"objection/b/b2\""))
    }
}
