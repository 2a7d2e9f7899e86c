import Testing
@testable import PlaybookCore

@Suite struct ChineseNumberTests {
    @Test(arguments: [("五十", 50), ("十五", 15), ("十", 10), ("一百二十", 120), ("三百零五", 305), ("两千", 2000),
                      ("一千二百三十四", 1234), ("四", 4), ("一二三", 123)])
    func readsNumerals(text: String, value: Int) {
        #expect(ChineseNumber.value(of: text) == value)
    }

    @Test func rejectsWhatIsNotANumber() {
        #expect(ChineseNumber.value(of: "百十") == nil)
        #expect(ChineseNumber.value(of: "五五十") == nil)
        #expect(ChineseNumber.value(of: "五a") == nil)
    }

    @Test func findsNumbersInText() {
        let found = ChineseNumber.numbers(in: Array("日均五十万就免年费"))
        #expect(found.count == 1)
        #expect(found.first?.value == 50)
        #expect(found.first?.range == 2..<4)
    }
}
