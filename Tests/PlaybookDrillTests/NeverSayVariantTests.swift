import Testing
@testable import PlaybookDrill

/// Never-say phrases reworded the ways trainees reword them are still flagged; answers that
/// only share a word or two with a phrase are not.
@Suite struct NeverSayVariantTests {
    let scorer = AnswerScorer()

    @Test(arguments: [
        ("嫌贵您可以去别家办", "觉得贵的话您可以去其他银行办。"),         // synonym for a word, one word changed
        ("别的银行也收，又不是我们一家", "其他银行也收费，又不只我们一家。"), // 收 / 收费
        ("他们是在讨论工作", "他们在讨论业务呢。"),                       // two words, one a synonym
        ("这是规定，我也没办法", "这是制度规定，我也没有办法。"),           // words inserted
        ("利率是央行定的，跟我们没关系", "利率是人民银行定的，和我们无关。"), // synonyms throughout
        ("跟存款一样安全", "和存款一样稳妥。"),
        ("放心，肯定不会亏", "您放心，绝对不会亏的。"),
        ("那是商户的问题，跟银行无关", "那是商家的问题，和银行没关系。"),
    ])
    func rewordedPhrasesAreFlagged(phrase: String, answer: String) {
        let result = scorer.score(answer: answer, keyPoints: ["认同客户感受"], avoid: [phrase])
        #expect(result.isFlagged, "\(answer)")
        #expect(result.score == 0)
    }

    @Test(arguments: [
        ("嫌贵您可以去别家办", "我帮您把两家的费用算清楚，您来比较。"),
        ("这是规定，我也没办法", "按规定流程我来帮您办，没问题的。"),
        ("他们是在讨论工作", "我马上让他们回到岗位，再加开一个窗口。"),
        ("跟存款一样安全", "理财不是存款，我先讲清风险等级。"),
    ])
    func answersSharingAWordAreNotFlagged(phrase: String, answer: String) {
        #expect(!scorer.score(answer: answer, keyPoints: ["认同客户感受"], avoid: [phrase]).isFlagged, "\(answer)")
    }

    @Test(arguments: [
        ("别的银行要的更多", "别家银行要的材料比我们还多。"),              // two words inserted between
        ("别的银行要的更多", "同业要的资料多得多。"),                      // 同业, 多得多
        ("年费是系统定的，我也没办法", "年费其实是系统自动定的，我这边基本上也没什么办法。"), // softened
        ("利率肯定还要降，赶紧买", "利率一定还会再降，您赶快买。"),        // 一定 / 肯定, 赶快 / 赶紧
        ("大家都忙，又不是您一个人忙", "又不是您一个人忙，大家都忙。"),    // order changed
        ("利率不会再降了", "利率应该不会再往下降了。"),                    // negated phrase, negated answer
    ])
    func phrasesWithWordsInsertedOrSwappedAreFlagged(phrase: String, answer: String) {
        #expect(scorer.score(answer: answer, keyPoints: ["认同客户感受"], avoid: [phrase]).isFlagged, "\(answer)")
    }

    @Test(arguments: [
        ("分期是零利息", "分期不是零利息，我把折合年化利率讲清楚。"),
        ("跟存款一样安全", "这个产品和存款不一样，不能说安全无风险。"),
        ("基金长期一定赚钱", "基金长期也不一定赚钱，要先做风险评估。"),
        ("利率不会再降了", "浮动利率以后会跟着降，利率再降您也能享受到。"),
        ("农商行不正规", "农商行也是正规银行，我尊重您和他们的关系。"),
        ("下个月肯定降息", "下个月会不会降息谁也说不准，额度有限售完即止。"),
    ])
    func answersThatFlipThePhraseByNegationAreNotFlagged(phrase: String, answer: String) {
        #expect(!scorer.score(answer: answer, keyPoints: ["认同客户感受"], avoid: [phrase]).isFlagged, "\(answer)")
    }

    @Test func aKeyPointsAlternativeDoesNotSayAPhraseSharingItsWords() {
        let points = ["大额存单是存款不是理财", "存款保险保障本息最高50万元"]
        let alternatives = [[], ["国家存款保险兜底"]]
        let phrase = "国家肯定会兜底的"
        let alternative = scorer.score(answer: "这是存款不是理财，受国家存款保险兜底，本息最高50万元。",
                                       keyPoints: points, alternatives: alternatives, avoid: [phrase])
        #expect(!alternative.isFlagged)
        #expect(alternative.passes)
        let overclaim = scorer.score(answer: "这是存款，国家到时候必定会帮您兜底。",
                                     keyPoints: points, alternatives: alternatives, avoid: [phrase])
        #expect(overclaim.flagged == [phrase])
    }

    @Test func aRewordedFlagShowsWhichWordsSaidWhichAndHow() throws {
        let result = scorer.score(answer: "您好，别家银行要的材料比我们还多。", keyPoints: ["认同客户感受"], avoid: ["别的银行要的更多"])
        let flag = try #require(result.flags.first)
        #expect(flag.kind == .reworded)
        #expect(flag.stretch == "别家银行要的材料比我们还多")
        #expect(flag.words.map(\.keyPointWord) == ["别的银行", "多"])
        #expect(flag.words.map(\.answerWord) == ["别家银行", "多"])
        #expect(flag.words.map(\.kind) == [.synonym, .exact])
        #expect(flag.words.first?.group == "sales:other-bank")
    }
}
