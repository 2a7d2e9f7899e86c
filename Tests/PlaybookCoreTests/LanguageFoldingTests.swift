import Testing
@testable import PlaybookCore

@Suite struct LanguageFoldingTests {
    let folder = TextFolder.standard

    @Test func taiwanPhrasesFoldToMainlandWords() {
        #expect(folder.fold("資訊") == "信息")
        #expect(folder.fold("網路銀行") == "网络银行")
        #expect(folder.fold("個資外洩") == folder.fold("个资外泄"))
        #expect(folder.fold("手續費") == "手续费")
    }

    @Test func simplifiedTextIsLeftAlone() {
        #expect(folder.fold("怎么办") == "怎么办")
        #expect(folder.fold("什麼") == "什么")
        #expect(folder.fold("软体") == "软体")
    }

    @Test func fullWidthCaseAndPunctuationFold() {
        #expect(folder.fold("ＣＣＢ，手續費！") == "ccb 手续费")
        #expect(folder.fold("  我行——很安全。。") == "我行 很安全")
        #expect(folder.fold("５０萬") == "50万")
    }

    @Test func foldedCharactersKeepTheirOrigins() {
        let text = "您好，網路銀行"
        let folded = folder.folded(text)
        #expect(folded.text == "您好 网络银行")
        // "网络" sits at folded offsets 3..<5 and came from original characters 3..<5.
        #expect(folded.originalRange(of: 3..<5) == 3..<5)
        let expanded = folder.folded("㈱ 好")
        #expect(expanded.characters.first == "株")
        #expect(expanded.originalRange(of: 0..<1) == 0..<1)
    }

    @Test func singleCharactersFoldOnTheirOwn() {
        #expect(folder.foldCharacter("費") == "费")
        #expect(folder.foldCharacter("Ａ") == "a")
    }
}
