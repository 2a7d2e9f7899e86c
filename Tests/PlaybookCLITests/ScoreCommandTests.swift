import Foundation
import Testing

/// `playbook score`: a trainer scores an answer to an objection and sees the evidence.
@Suite struct ScoreCommandTests {
    typealias F = DrillFixture

    static let settings = """
        ---
        title: 测试手册
        synonyms:
          - [专属服务, 一对一服务, 专人服务]
        ---
        """

    static let objections = """
        ---
        category: 价格
        ---
        ## 你们的手续费太贵了 {#fee}
        > 你们的手续费比别家贵。

        ### 应对
        我理解您的顾虑，我行手续费包含全程专属服务。

        ### 要点
        - 认同客户感受（也可说：换位思考）
        - 强调专属服务
        - 资金安全

        ### 避免
        - 嫌贵就别买
        """

    static func playbook() throws -> TempPlaybook {
        try TempPlaybook(["objections/price.md": objections], settings: settings)
    }

    func score(_ pb: TempPlaybook, _ arguments: [String], stdin: String? = nil) throws -> CLIRunner.Result {
        try CLIRunner.run(["score", "--content", pb.content.path] + arguments, in: pb.root, stdin: stdin)
    }

    @Test func printsEachKeyPointWithItsEvidence() throws {
        let pb = try Self.playbook()
        defer { pb.remove() }
        let result = try score(pb, ["fee", "换位思考一下，我们有一对一服务，资金很稳妥。"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("✓ 认同客户感受 [换位思考]"), "\(result.stdout)")
        #expect(result.stdout.contains("一对一服务≈专属服务"), "the playbook's synonyms: \(result.stdout)")
        #expect(result.stdout.contains("稳妥≈安全"))
        #expect(result.stdout.contains("score 100 · pass"))
    }

    @Test func flagsNeverSayPhrasesWithTheStretch() throws {
        let pb = try Self.playbook()
        defer { pb.remove() }
        let result = try score(pb, ["price/fee", "资金安全，嫌贵的话您就别买了。", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["score"] as? Int == 0)
        #expect(json["pass"] as? Bool == false)
        let flags = try #require(json["flags"] as? [[String: Any]])
        #expect(flags.first?["phrase"] as? String == "嫌贵就别买")
        #expect((flags.first?["stretch"] as? String)?.contains("嫌贵") == true)
        let points = try #require(json["keyPoints"] as? [[String: Any]])
        #expect(points.count == 3)
        #expect(points[2]["covered"] as? Bool == true)
    }

    @Test func batchScoresJSONLines() throws {
        let pb = try Self.playbook()
        defer { pb.remove() }
        let input = """
            {"objection": "fee", "answer": "我理解您的感受，资金很安全。"}
            {"keyPoints": ["利率稳定"], "avoid": [], "answer": "利率一直很稳定"}
            """
        let result = try score(pb, ["--batch"], stdin: input)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(lines.count == 2)
        #expect(lines[0]?["objection"] as? String == "objection/price/fee")
        #expect(lines[0]?["covered"] as? [Bool] == [true, false, true])
        #expect(lines[1]?["covered"] as? [Bool] == [true])
    }

    @Test func batchWithPlanPrintsEachLinesPlan() throws {
        let pb = try Self.playbook()
        defer { pb.remove() }
        let input = """
            {"objection": "fee", "answer": ""}
            {"keyPoints": ["利率稳定"], "avoid": ["保证收益"], "answer": ""}
            """
        let result = try score(pb, ["--batch", "--plan"], stdin: input)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(lines.count == 2)
        let points = lines[0]?["keyPoints"] as? [[String: Any]]
        #expect(points?.map { $0["text"] as? String } == ["认同客户感受", "强调专属服务", "资金安全"])
        let ways = points?.first?["ways"] as? [[String: Any]]
        #expect(ways?.map { $0["folded"] as? String } == ["认同客户感受", "换位思考"], "alternatives are ways")
        #expect((lines[1]?["avoid"] as? [[String: Any]])?.first?["folded"] as? String == "保证收益")
        let unknown = try score(pb, ["--batch", "--plan"], stdin: "{\"objection\": \"no-such\", \"answer\": \"\"}\n")
        #expect(unknown.status == 2)
    }

    @Test func groupsPrintsThePlaybooksOwnSynonymGroups() throws {
        let pb = try Self.playbook()
        defer { pb.remove() }
        let result = try score(pb, ["--groups"])
        #expect(result.status == 0, "\(result.stderr)")
        let groups = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let settings = groups.first { $0["id"] as? String == "playbook:1" }
        #expect(settings?["words"] as? [String] == ["专属服务", "一对一服务", "专人服务"])
        let point = groups.first { ($0["id"] as? String)?.hasPrefix("keyPoint:") == true }
        #expect(point?["words"] as? [String] == ["认同客户感受", "换位思考"])
    }

    @Test func unknownObjectionsAndBadInputExitTwo() throws {
        let pb = try Self.playbook()
        defer { pb.remove() }
        let unknown = try score(pb, ["no-such", "答案"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no objection “no-such”"))
        let bad = try score(pb, ["--batch"], stdin: "not json\n")
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("line 1"))
        let missing = try score(pb, ["fee"])
        #expect(missing.status == 2)
    }
}
