import Testing
@testable import PlaybookCore

@Suite struct LanguageSegmentationTests {
    let language = Language.standard

    func words(_ text: String) -> [String] { language.words(text).map(\.text) }

    @Test func segmentsCommonSentences() {
        #expect(words("我们一起算算利息") == ["我们", "一起", "算算", "利息"])
        #expect(words("网银年费太贵了").contains("年费"))
        #expect(words("提前还款有没有违约金").contains("违约金"))
    }

    @Test func asciiAndDigitRunsAreOneWord() {
        let tokens = language.words("日均50万免年费，CCB也行")
        #expect(tokens.map(\.text).contains("50"))
        #expect(tokens.map(\.text).contains("ccb"))
        let ccb = tokens.first { $0.text == "ccb" }
        #expect(ccb?.range == 9..<12)
    }

    @Test func offsetsCoverTheFoldedText() {
        let text = "理財會不會虧本"
        let folded = language.fold(text)
        let tokens = language.words(text)
        #expect(tokens.map(\.text).joined() == folded)
        #expect(tokens.last?.range.upperBound == folded.count)
    }

    @Test func addedWordsStayWhole() {
        var language = Language.standard
        #expect(!words("维修资金专户").isEmpty)
        language.add(words: ["维修资金专户"])
        #expect(language.words("维修资金专户").map(\.text) == ["维修资金专户"])
    }

    @Test func stopWordsAreDroppedFromContentWords() {
        let content = language.contentWords("请问你们的手续费怎么办呢？").map(\.text)
        #expect(content == ["手续费"])
        #expect(!language.contentWords("不").isEmpty)
    }

    @Test func lexiconIsLoadedFromTheBundledDictionary() {
        let lexicon = Lexicon.standard
        #expect(lexicon.count > 50_000)
        #expect(lexicon.frequency(of: "手续费") != nil)
        #expect(lexicon.total > 50_000_000)
    }
}
