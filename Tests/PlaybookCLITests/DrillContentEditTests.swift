import Foundation
import Testing

/// docs/format.md §10, §7: card IDs survive edits; a card whose content changes keeps its history (or
/// starts over with `--relearn-changed`); a card whose content disappears is kept as an orphan.
@Suite struct DrillContentEditTests {
    typealias F = DrillFixture

    static let editedPrice = DrillFixture.priceObjections.replacingOccurrences(of: "而且资金更安全。", with: "而且资金有存款保险保障。")

    @Test func changedCardKeepsItsHistoryAndIsMarked() throws {
        let pb = try DrillPlaybook()
        defer { pb.remove() }
        #expect(try pb.drill(input: "3\n3\n3\n3\n2\n").status == 0)
        #expect(try pb.reviewCount() == 5)

        try pb.playbook.write("objections/price.md", Self.editedPrice)
        let later = F.time(plus: 3600)
        // fee and rate fall due at the same time; fee comes first by ID. Input ends on it.
        let next = try pb.drill(["--category", "价格"], input: "", now: later)
        #expect(next.status == 0, "\(next.stderr)")
        #expect(next.stdout.contains("1 张卡片内容已修改"), "the session reports the changed card")
        #expect(next.askedFronts.first == F.feeFront)
        let header = try #require(next.header(of: F.feeFront))
        #expect(header.contains("1/2 · 到期") && header.contains("内容已修改"), "the card is marked when shown: \(header)")
        // History kept, card marked.
        #expect(try pb.query("SELECT changed FROM card WHERE card_id = '\(F.fee)'") == [["1"]])
        #expect(try pb.query("SELECT COUNT(*) FROM review WHERE card_id = '\(F.fee)'") == [["1"]])
        #expect(try pb.query("SELECT changed FROM card WHERE card_id = '\(F.rate)'") == [["0"]])
        let stats = try pb.stats(now: later)
        #expect(stats.new == 0, "a changed card is not new: \(stats)")
        #expect(stats.orphans.isEmpty)

        // Reviewing it again stores the new content and clears the mark.
        let review = try pb.drill(["--category", "价格", "--limit", "1"], input: "3\n", now: later)
        #expect(review.status == 0)
        #expect(try pb.query("SELECT changed, reps FROM card WHERE card_id = '\(F.fee)'") == [["0", "2"]])
        let hashes = try pb.query("SELECT content_hash FROM review WHERE card_id = '\(F.fee)' ORDER BY id").map { $0[0] }
        #expect(hashes.count == 2 && hashes[0] != hashes[1], "each review records the content it was asked with")
        let quiet = try pb.drill(["--kind", "objection"], input: "", now: later)
        #expect(!quiet.stdout.contains("内容已修改"))
    }

    @Test func relearnChangedStartsTheCardOverAndKeepsItsReviews() throws {
        let pb = try DrillPlaybook()
        defer { pb.remove() }
        #expect(try pb.drill(["--kind", "objection"], input: "3\n3\n3\n").status == 0)
        try pb.playbook.write("objections/price.md", Self.editedPrice)
        let later = F.time(plus: 3600)

        let relearn = try pb.drill(["--kind", "objection", "--relearn-changed"], input: "", now: later)
        #expect(relearn.status == 0, "\(relearn.stderr)")
        #expect(try pb.query("SELECT COUNT(*) FROM card WHERE card_id = '\(F.fee)'") == [["0"]], "the card is new again")
        #expect(try pb.query("SELECT COUNT(*) FROM review WHERE card_id = '\(F.fee)'") == [["1"]], "its reviews are kept")
        #expect(try pb.query("SELECT COUNT(*) FROM card") == [["2"]], "other cards keep their progress")
        // Due cards first, then the relearned card as a new one.
        #expect(relearn.headers.first?.contains("1/3 · 到期") == true)
        let stats = try pb.stats(now: later)
        #expect(stats.new == 3, "fee, the selling point and the quiz are new: \(stats)")

        let answer = try pb.drill(["--kind", "objection"], input: "3\n3\n3\n", now: later)
        #expect(answer.askedFronts == [F.rateFront, F.thinkFront, F.feeFront])
        #expect(answer.header(of: F.feeFront)?.contains("3/3 · 新卡") == true)
        #expect(answer.header(of: F.feeFront)?.contains("内容已修改") == false, "a relearned card is simply new")
        #expect(try pb.query("SELECT state_before FROM review WHERE card_id = '\(F.fee)' ORDER BY id") == [["0"], ["0"]])
    }

    @Test func deletedObjectionIsAnOrphanUntilItComesBack() throws {
        let pb = try DrillPlaybook()
        defer { pb.remove() }
        #expect(try pb.drill(["--kind", "objection"], input: "3\n3\n3\n").status == 0)
        let later = F.time(plus: 3600)

        try FileManager.default.removeItem(at: pb.playbook.url("objections/timing.md"))
        let orphaned = try pb.stats(now: later)
        #expect(orphaned.orphans == [F.think])
        #expect(orphaned.total == 4)
        #expect(orphaned.new == 2, "the orphan is not counted among the playbook's cards")
        #expect(try pb.query("SELECT COUNT(*) FROM card WHERE card_id = '\(F.think)'") == [["1"]])

        let session = try pb.drill(["--kind", "objection"], input: "", now: later)
        #expect(session.status == 0)
        #expect(session.stdout.contains("1 张卡片的内容已从手册删除（进度保留）"))
        #expect(!session.askedFronts.contains(F.thinkFront))
        #expect(try pb.query("SELECT orphaned_at FROM card WHERE card_id = '\(F.think)'") == [[String(F.nowSeconds + 3600)]])
        #expect(try pb.query("SELECT COUNT(*) FROM review WHERE card_id = '\(F.think)'") == [["1"]], "its history is kept")

        try pb.playbook.write("objections/timing.md", DrillFixture.timingObjections)
        let restored = try pb.stats(now: later)
        #expect(restored.orphans.isEmpty)
        #expect(restored.total == 5)
        let back = try pb.drill(["--kind", "objection"], input: "", now: later)
        #expect(!back.stdout.contains("从手册删除"))
        #expect(try pb.query("SELECT IFNULL(orphaned_at, 'null'), reps FROM card WHERE card_id = '\(F.think)'") == [["null", "1"]],
                "the restored card keeps its progress")
    }

    @Test func editingAnotherItemKeepsCardIDs() throws {
        let pb = try DrillPlaybook()
        defer { pb.remove() }
        #expect(try pb.drill(["--kind", "objection"], input: "3\n3\n3\n").status == 0)
        // A new objection inserted before the others: no existing card changes ID or content.
        let inserted = DrillFixture.priceObjections.replacingOccurrences(of: "## 你们的手续费太贵了 {#fee}", with: """
            ## 存款利息为什么要扣税 {#tax}

            ### 应对
            利息税按国家规定执行，我行代扣代缴。

            ### 要点
            - 国家规定

            ## 你们的手续费太贵了 {#fee}
            """)
        try pb.playbook.write("objections/price.md", inserted)
        let next = try pb.drill(["--kind", "objection"], input: "", now: F.time(plus: 3600))
        #expect(next.status == 0)
        #expect(!next.stdout.contains("内容已修改"))
        #expect(!next.stdout.contains("从手册删除"))
        let stats = try pb.stats(now: F.time(plus: 3600))
        #expect(stats.orphans.isEmpty)
        #expect(stats.total == 6 && stats.new == 3)
    }
}
