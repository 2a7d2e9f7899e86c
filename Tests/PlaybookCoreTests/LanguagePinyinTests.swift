import Testing
@testable import PlaybookCore

@Suite struct LanguagePinyinTests {
    let table = PinyinTable.standard

    @Test func coversTheCommonCharacters() {
        #expect(table.count >= 6_700)
        #expect(table.readings(of: "手") == ["shou"])
    }

    @Test func homophoneSlipsSoundAlike() {
        #expect(table.soundAlike("序", "续"))
        #expect(table.soundAlike("律", "率"))
        #expect(table.soundAlike("才", "财"))
        #expect(!table.soundAlike("手", "费"))
    }

    @Test func polyphonesHaveEveryReading() {
        #expect(Set(table.readings(of: "行")).isSuperset(of: ["xing", "hang"]))
    }
}
