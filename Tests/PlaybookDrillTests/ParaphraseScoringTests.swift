import Testing
@testable import PlaybookDrill

/// Paraphrases the thesaurus and word parts let through, and what they must not let through.
@Suite struct ParaphraseScoringTests {
    let scorer = AnswerScorer()

    private func evidence(_ result: AnswerScorer.Result, point: Int) -> [String] {
        result.keyPoints[point].evidence.map { "\($0.keyPointWord)~\($0.answerWord)" }
    }

    @Test func acknowledgingIsSaidManyWays() {
        let points = ["认同关注成本", "一起算清总账"]
        let result = scorer.score(answer: "您关心成本很正常，咱们把一年的开销算一算。", keyPoints: points, avoid: [])
        #expect(result.covered[0])
        #expect(evidence(result, point: 0) == ["认同~很正常", "关注~关心", "成本~成本"])
        #expect(result.keyPoints[0].evidence[0].group == "sales:empathy")
    }

    @Test func worryAndSupervisionParaphrased() {
        let points = ["理解客户顾虑", "说明资金有监管"]
        let answer = "换成我也会犯嘀咕，这笔钱放在专户，金融监管总局管着。"
        let result = scorer.score(answer: answer, keyPoints: points, avoid: [])
        #expect(result.passes, "\(result)")
        #expect(evidence(result, point: 0) == ["理解~换成我", "顾虑~犯嘀咕"])
    }

    @Test func fillerAgreementCoversNoPoint() {
        let points = ["认同关注成本", "一起算清总账", "先小额试用"]
        let result = scorer.score(answer: "好的好的，您说得对，我们会尽量处理的。", keyPoints: points, avoid: [])
        #expect(result.covered == [false, false, false])
    }

    @Test func aCompoundIsSaidThroughItsParts() {
        // 可查 is one word to the segmenter (a thesaurus phrase); the answer says 查.
        let result = scorer.score(answer: "每一笔明细您随时都能查。", keyPoints: ["明细随时可查"], avoid: [])
        #expect(result.covered == [true])
        #expect(evidence(result, point: 0).contains("查~查"))
    }

    @Test func twoWordPhraseWithAWordBetweenIsFlagged() {
        let result = scorer.score(answer: "各家存款基本都是这个利率水平。", keyPoints: ["x"], avoid: ["存款都是这个利率"])
        #expect(result.flagged == ["存款都是这个利率"])
    }

    @Test func aNegationBetweenTheWordsIsNotTheNeverSayPhrase() {
        #expect(!scorer.score(answer: "这只产品的收益其实不高。", keyPoints: ["x"], avoid: ["收益很高"]).isFlagged)
        #expect(scorer.score(answer: "这只产品收益确实高。", keyPoints: ["x"], avoid: ["收益很高"]).isFlagged)
    }

    @Test func aSingleCharacterIsNotTheTailOfANeverSayWord() {
        // 行 (of 私行) is not 招行: praising a private-banking service is not "招行's service is so-so".
        let result = scorer.score(answer: "他们私行服务第一，我们也不差。", keyPoints: ["x"], avoid: ["招行服务一般"])
        #expect(!result.isFlagged, "\(result.flags)")
    }
}

/// Lengths of time and quantities said in other words.
@Suite struct QuantityParaphraseTests {
    let scorer = AnswerScorer()

    @Test func aLengthOfTimeIsSaidAsAnotherThatCanMeanTheSame() {
        let result = scorer.score(answer: "材料齐了一周多一点就给您批复。", keyPoints: ["七个工作日出审批结论"], avoid: [])
        #expect(result.covered == [true], "\(result)")
        #expect(result.keyPoints[0].evidence.contains { $0.kind == .number && $0.answerWord == "一周多一点" })
    }

    @Test func aDifferentLengthOfTimeDoesNotCount() {
        let result = scorer.score(answer: "材料齐了一个多月才给您批复。", keyPoints: ["七个工作日出审批结论"], avoid: [])
        #expect(!result.keyPoints[0].evidence.contains { $0.kind == .number })
    }

    @Test func aLengthOfTimeAloneDoesNotCoverAPoint() {
        let result = scorer.score(answer: "大概一周多吧。", keyPoints: ["七个工作日出审批结论"], avoid: [])
        #expect(result.covered == [false])
    }
}

/// How much of a point's weight an answer must say, by how many of its words it says.
@Suite struct CoverageThresholdTests {
    let scorer = AnswerScorer()

    @Test func twoWordsSayingAlmostHalfCoverAPoint() {
        let result = scorer.score(answer: "填好后存成template，下次只填金额。", keyPoints: ["保存常用收款人模板"], avoid: [])
        #expect(result.keyPoints[0].coverage < scorer.coverageThreshold)
        #expect(result.covered == [true])
    }

    @Test func oneGenericWordNeedsTheFullShare() {
        let result = scorer.score(answer: "我理解您。", keyPoints: ["理解客户感受"], avoid: [])
        #expect(result.keyPoints[0].coverage >= scorer.severalWordsThreshold)
        #expect(result.covered == [false])
    }
}
