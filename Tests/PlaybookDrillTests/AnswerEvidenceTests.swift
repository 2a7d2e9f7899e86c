import Testing
@testable import PlaybookDrill

/// What the scorer reports for each key point, and how it treats senses, alternatives and slips.
@Suite struct AnswerEvidenceTests {
    let scorer = AnswerScorer()

    @Test func synonymEvidenceNamesTheGroup() throws {
        let result = scorer.score(answer: "非常抱歉，我体谅您的心情。", keyPoints: ["先致歉认同感受"], avoid: [])
        let point = try #require(result.keyPoints.first)
        #expect(point.covered)
        let apology = try #require(point.evidence.first { $0.keyPointWord == "致歉" })
        #expect(apology.kind == .synonym)
        #expect(apology.answerWord == "抱歉")
        #expect(apology.group == "sales:apology")
        #expect(apology.answerRange == 2..<4)
    }

    @Test func politeWordsAloneDoNotCoverAReckoning() {
        let result = scorer.score(answer: "您好，不好意思，谢谢您，麻烦您了。", keyPoints: ["帮客户算全年总账", "认同关注成本"], avoid: [])
        #expect(result.covered == [false, false])
    }

    @Test func aWordWithTwoSensesDoesNotPassAnOffTopicAnswer() {
        // 回报 is "yield" and "report back": it must not cover both points, nor pass the answer.
        let result = scorer.score(answer: "回报这个事我再想想。", keyPoints: ["收益更高", "主动汇报进展", "尊重客户选择"], avoid: [])
        #expect(!result.passes)
        #expect(result.covered.filter { $0 }.count <= 1)
    }

    @Test func alternativesCoverTheirPoint() throws {
        let result = scorer.score(answer: "这个我完全可以换位思考。", keyPoints: ["认同关注成本"],
                                  alternatives: [["换位思考"]], avoid: [])
        let point = try #require(result.keyPoints.first)
        #expect(point.covered)
        #expect(point.alternative == "换位思考")
        #expect(point.evidence.first?.kind == .alternative)
    }

    @Test func homophoneSlipsAreCaught() throws {
        let result = scorer.score(answer: "利律是公开的，手序费也不高。", keyPoints: ["利率公开", "手续费不高"], avoid: [])
        #expect(result.covered == [true, true])
        let slip = try #require(result.keyPoints[1].evidence.first { $0.kind == .pinyin })
        #expect(slip.answerWord == "手序费")
        #expect(slip.keyPointWord == "手续费")
    }

    @Test func paraphraseWithTheSameContentWordsCovers() {
        let result = scorer.score(answer: "提前还款的话，违约金是不收的。", keyPoints: ["不收违约金"], avoid: [])
        #expect(result.covered == [true])
    }

    @Test(arguments: [
        "我们这款产品保本的，您就放心买吧。",   // words inserted
        "我們的產品保本，您放心買。",           // Traditional
        "您放心买，我们的产品保本。",           // clauses swapped
        "我们的理财保本，您放心买。",           // a word changed
    ])
    func neverSayVariantsAreFlaggedWithTheirStretch(answer: String) throws {
        let result = scorer.score(answer: "我理解您的顾虑。" + answer, keyPoints: ["理解客户顾虑"], avoid: ["我们的产品保本，您放心买"])
        let flag = try #require(result.flags.first, "\(answer)")
        #expect(result.score == 0)
        #expect(!flag.stretch.isEmpty)
        #expect(answer.contains(flag.stretch) || flag.stretch.contains("保本"), "\(flag.stretch)")
    }

    @Test func negatedRuleTalkIsNotFlagged() {
        let result = scorer.score(answer: "产品不保本，我会讲清风险，您考虑好再买。", keyPoints: ["不承诺保本"],
                                  avoid: ["我们的产品保本，您放心买"])
        #expect(!result.isFlagged)
        #expect(result.covered == [true])
    }

    @Test func rubricNeedsTwoPointsAndHalf() {
        let points = ["不收账户管理费", "团队服务不另收费", "产品费用事前告知", "没有隐藏收费"]
        #expect(!scorer.score(answer: "我们不收账户管理费。", keyPoints: points, avoid: []).passes)
        #expect(scorer.score(answer: "我们不收账户管理费，也没有隐藏收费。", keyPoints: points, avoid: []).passes)
    }
}
