import Testing
@testable import PlaybookCore

@Suite struct ChineseConverterTests {
    @Test func traditionalToSimplified() throws {
        let converter = try ChineseConverter(.traditionalToSimplified)
        #expect(converter.convert("產品賣點與競品對比") == "产品卖点与竞品对比")
        #expect(converter.convert("ASCII stays") == "ASCII stays")
        #expect(converter.convert("") == "")
    }

    @Test func simplifiedToTaiwanUsesTaiwanPhrasing() throws {
        let converter = try ChineseConverter(.simplifiedToTaiwan)
        #expect(converter.convert("产品信息") == "產品資訊")
    }
}
