import Foundation
import Testing

/// docs/drill.md: filters by deck kind, tag, category, product, competitor; limits for new and due cards.
@Suite struct DrillFilterTests {
    typealias F = DrillFixture

    /// Enough ratings for every card (the quiz card takes "3" as a wrong option).
    static let ratings = String(repeating: "3\n", count: 8)

    static let cases: [([String], [String])] = [
        (["--kind", "objection"], [F.feeFront, F.rateFront, F.thinkFront]),
        (["--kind", "selling-point", "--kind", "quiz"], [F.sellingPointFront, F.quizFront]),
        (["--category", "价格"], [F.feeFront, F.rateFront]),
        (["--category", "时机", "--category", "理财"], [F.thinkFront, F.sellingPointFront]),
        (["--tag", "费用"], [F.feeFront, F.rateFront]),
        (["--product", "fund"], [F.thinkFront, F.sellingPointFront, F.quizFront]),
        (["--product", "fund", "--kind", "objection"], [F.thinkFront]),
        (["--product", "稳盈理财"], [F.thinkFront, F.sellingPointFront, F.quizFront]),
        (["--product", "穩盈理財", "--kind", "objection"], [F.thinkFront]),
        (["--new", "1"], [F.feeFront]),
        (["--limit", "2"], [F.feeFront, F.rateFront]),
        (["--new", "0"], []),
        (["--kind", "quiz", "--category", "价格"], []),
    ]

    @Test(arguments: cases)
    func filtersSelectCards(arguments: [String], expected: [String]) throws {
        let pb = try DrillPlaybook()
        defer { pb.remove() }
        let result = try pb.drill(arguments, input: Self.ratings)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.askedFronts == expected, "playbook drill \(arguments.joined(separator: " "))")
        #expect(try pb.reviewCount() == expected.count)
        if expected.isEmpty { #expect(result.screen.contains("现在没有要复习的卡片。")) }
    }

    @Test func newCardsPerSessionFromPlaybookSettings() throws {
        let settings = TempPlaybook.minimalSettings.replacingOccurrences(of: "locale: zh-Hans", with: "locale: zh-Hans\nnewPerSession: 2")
        let pb = try DrillPlaybook(settings: settings)
        defer { pb.remove() }
        let result = try pb.drill(input: Self.ratings)
        #expect(result.askedFronts == [F.feeFront, F.rateFront])
        let overridden = try pb.drill(["--new", "1"], input: Self.ratings)
        #expect(overridden.askedFronts == [F.thinkFront], "--new overrides newPerSession")
    }

    @Test func limitsCountDueCardsFirst() throws {
        let pb = try DrillPlaybook()
        defer { pb.remove() }
        // Learn the two price objections (Again keeps them in short learning steps).
        let learn = try pb.drill(["--category", "价格"], input: "1\n1\n")
        #expect(learn.status == 0)
        let later = F.time(plus: 3600)

        let limited = try pb.drill(["--limit", "3"], input: Self.ratings, now: later, db: nil)
        #expect(limited.askedFronts == [F.feeFront, F.rateFront, F.thinkFront], "two due cards, then one new card")
        #expect(limited.header(of: F.feeFront)?.contains("1/3 · 到期") == true)
        #expect(limited.header(of: F.thinkFront)?.contains("3/3 · 新卡") == true)
    }

    @Test func dueOnlyWithNewZeroAndLimitOne() throws {
        let pb = try DrillPlaybook()
        defer { pb.remove() }
        #expect(try pb.drill(["--category", "价格"], input: "1\n1\n").status == 0)
        let later = F.time(plus: 3600)
        let dueOnly = try pb.drill(["--new", "0"], input: Self.ratings, now: later)
        #expect(dueOnly.askedFronts == [F.feeFront, F.rateFront])
        let oneCard = try pb.drill(["--limit", "1"], input: Self.ratings, now: F.time(plus: 7200))
        #expect(oneCard.askedFronts.count == 1)
        #expect(oneCard.headers.count == 1 && oneCard.headers[0].contains("1/1 · 到期"))
    }

    @Test func competitorFilter() throws {
        let competitorObjection = """
            ---
            category: 竞品
            competitors: [cmb]
            ---

            ## 招行的服务更好 {#better-service}

            ### 应对
            我行网点更近，客户经理一对一服务。

            ### 要点
            - 网点更近
            - 一对一服务

            """
        var files = DrillFixture.files
        files["competitors/cmb.md"] = TempPlaybook.competitorCMB
        files["objections/competition.md"] = competitorObjection
        let pb = try DrillPlaybook(files)
        defer { pb.remove() }
        let result = try pb.drill(["--competitor", "cmb"], input: Self.ratings)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.askedFronts == ["招行的服务更好"])
        #expect(try pb.query("SELECT card_id FROM review") == [["objection/competition/better-service"]])
    }

    @Test(arguments: [["--new", "-1"], ["--limit", "0"], ["--kind", "nonsense"], ["--now", "yesterday"],
                      ["--pass", "101", "--exam"], ["--mode", "essay"], ["--lang", "fr"]])
    func invalidOptionsAreUsageErrors(arguments: [String]) throws {
        let pb = try DrillPlaybook()
        defer { pb.remove() }
        let result = try CLIRunner.run(["drill", "--content", pb.content.path, "--db", pb.db] + arguments, in: pb.root,
                                       stdin: "", timeout: 30)
        #expect(result.status == 2, "playbook drill \(arguments.joined(separator: " ")): \(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: pb.db), "a usage error must not create the database")
    }
}
