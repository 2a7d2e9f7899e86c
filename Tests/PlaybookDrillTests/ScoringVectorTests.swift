import Foundation
import Testing
@testable import PlaybookDrill
import PlaybookCore

/// The scorer reproduces `Fixtures/scoring/vectors.json` (written by
/// `scripts/make-scoring-vectors.py` through `playbook score --batch`): scores, covered key
/// points, flags and every piece of evidence. A port of the scorer checks itself against the
/// same file.
@Suite struct ScoringVectorTests {
    struct Vector: Decodable {
        let name: String
        let keyPoints: [String]
        let alternatives: [[String]]
        let avoid: [String]
        let answer: String
        let expected: Expected
    }

    struct Expected: Decodable {
        let score: Int
        let pass: Bool
        let covered: [Bool]
        let flagged: [String]
        let keyPoints: [KeyPointResult]
        let flags: [FlaggedPhrase]
    }

    static func vectors() throws -> [Vector] {
        let fixtures = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let data = try Data(contentsOf: fixtures.appendingPathComponent("scoring/vectors.json"))
        return try JSONDecoder().decode([Vector].self, from: data)
    }

    @Test func scorerReproducesTheVectors() throws {
        let vectors = try ScoringVectorTests.vectors()
        #expect(vectors.count >= 16)
        let scorer = AnswerScorer()
        for vector in vectors {
            let result = scorer.score(answer: vector.answer, keyPoints: vector.keyPoints,
                                      alternatives: vector.alternatives, avoid: vector.avoid)
            #expect(result.score == vector.expected.score, "\(vector.name)")
            #expect(result.passes == vector.expected.pass, "\(vector.name)")
            #expect(result.covered == vector.expected.covered, "\(vector.name)")
            #expect(result.flagged == vector.expected.flagged, "\(vector.name)")
            #expect(result.keyPoints == vector.expected.keyPoints, "\(vector.name)")
            #expect(result.flags == vector.expected.flags, "\(vector.name)")
        }
    }

    @Test func plansRoundTripAsPlainData() throws {
        let scorer = AnswerScorer()
        let plan = scorer.plan(keyPoints: ["认同关注成本", "帮客户算全年总账"], alternatives: [["换位思考"], []],
                               avoid: ["这是规定，我也没办法"])
        let decoded = try JSONDecoder().decode(ScoringPlan.self, from: JSONEncoder().encode(plan))
        #expect(decoded == plan)
        let answer = "我理解您在意费用，我们一起算一笔账。"
        #expect(scorer.score(answer: answer, plan: decoded) == scorer.score(answer: answer, plan: plan))
    }
}
