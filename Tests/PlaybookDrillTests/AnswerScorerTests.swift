import Testing
@testable import PlaybookDrill

@Suite struct AnswerScorerTests {
    let scorer = AnswerScorer()
    // From the sample playbook's "queue too long" objection.
    let keyPoints = ["先致歉认同感受", "主动分流业务", "告知准确等候时间"]
    let avoid = ["今天人多，大家都在等", "这是规定，我也没办法"]

    @Test func verbatimAnswerCoversEverything() {
        let result = scorer.score(answer: "先致歉认同感受，然后主动分流业务，再告知准确等候时间。", keyPoints: keyPoints, avoid: avoid)
        #expect(result.covered == [true, true, true])
        #expect(result.score == 100)
        #expect(AnswerScorer.suggestedRating(for: result) == .easy)
    }

    @Test func otherWordsStillCount() {
        let answer = "真抱歉让您久等了，我理解您的感受。我带您去自助设备分流办理业务，柜台的话我帮您确认准确的等候时间。"
        let result = scorer.score(answer: answer, keyPoints: keyPoints, avoid: avoid)
        #expect(result.covered == [true, true, true], "\(result)")
    }

    @Test func traditionalFullWidthSpacesAndEnglishAreFolded() {
        let answer = "先 致歉、認同感受！ then 主動分流業務 ，告知準確等候時間 ＯＫ"
        #expect(scorer.score(answer: answer, keyPoints: keyPoints, avoid: avoid).score == 100)
    }

    @Test func partialCoverageScoresTheShare() {
        let result = scorer.score(answer: "先道歉，认同客户感受。", keyPoints: keyPoints, avoid: avoid)
        #expect(result.covered == [true, false, false])
        #expect(result.score == 33)
        #expect(AnswerScorer.suggestedRating(for: result) == .again)
    }

    @Test func fillerCoversNothing() {
        for filler in ["不好意思", "您好，请稍等一下。", "对不起对不起", ""] {
            #expect(scorer.score(answer: filler, keyPoints: keyPoints, avoid: avoid).score == 0, "\(filler)")
        }
    }

    @Test(arguments: [
        "这是规定，我也没办法",        // verbatim
        "这是规定我真的也没办法",      // a word inserted, punctuation dropped
        "这是規定，我也沒辦法",        // Traditional
        "这是规定，也没办法",          // a word dropped
        "这是规定啊，我也没办法",      // a particle inserted
        "我也没办法，这是规定",        // clauses swapped
    ])
    func neverSayPhrasesAndCloseVariantsAreFlagged(answer: String) {
        let full = "先致歉认同感受，主动分流业务，告知准确等候时间。" + answer
        let result = scorer.score(answer: full, keyPoints: keyPoints, avoid: avoid)
        #expect(result.isFlagged, "\(answer)")
        #expect(result.score == 0)
        #expect(AnswerScorer.suggestedRating(for: result) == .again)
    }

    @Test func unrelatedSentencesAreNotFlagged() {
        let result = scorer.score(answer: "规定的流程我来帮您走完，没问题。", keyPoints: keyPoints, avoid: avoid)
        #expect(!result.isFlagged)
    }

    @Test func englishKeyPoints() {
        let result = scorer.score(answer: "First I acknowledge the customer's concern, then explain fund safety.",
                                  keyPoints: ["acknowledge the concern", "fund safety", "offer a trial"], avoid: ["that's the rule"])
        #expect(result.covered == [true, true, false])
        #expect(!result.isFlagged)
        #expect(scorer.score(answer: "Sorry, that is the rule.", keyPoints: ["x"], avoid: ["that's the rule"]).isFlagged)
    }

    @Test func substringDistance() {
        #expect(SequenceMatching.bestSubstring(pattern: Array("abc"), text: Array("xxabcxx"), equal: ==).distance == 0)
        #expect(SequenceMatching.bestSubstring(pattern: Array("abcd"), text: Array("xxabxdxx"), equal: ==).distance == 1)
        #expect(SequenceMatching.bestSubstring(pattern: Array("abcd"), text: Array("zzzz"), equal: ==).distance == 4)
        let end = SequenceMatching.bestSubstring(pattern: Array("abc"), text: Array("xxabcxx"), equal: ==).end
        #expect(SequenceMatching.start(pattern: Array("abc"), text: Array("xxabcxx"), end: end, equal: ==) == 2)
    }
}
