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
}
