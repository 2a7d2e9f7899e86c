import Testing
@testable import PlaybookCore

@Suite struct HeadingAndIdentifierTests {
    @Test(arguments: [
        ("核心卖点", "核心卖点"), ("1. 核心卖点", "核心卖点"), ("2、核心卖点", "核心卖点"), ("一、核心卖点", "核心卖点"),
        ("（一）核心卖点", "核心卖点"), ("(1) 核心卖点", "核心卖点"), ("⑴核心卖点", "核心卖点"), ("①核心卖点", "核心卖点"),
        ("第一部分 核心卖点", "核心卖点"), ("1.2 核心卖点", "核心卖点"), ("核心卖点：", "核心卖点"),
        ("  Selling   Points ", "selling points"), ("ＳＥＬＬＩＮＧ points", "selling points"),
        ("3D 安全", "3d 安全"), ("一站式服务", "一站式服务"),
    ])
    func headingKeysDropNumberingAndFoldCase(raw: String, key: String) {
        #expect(HeadingText(raw).key == key)
    }

    @Test func trailingIDIsSplitOff() {
        let heading = HeadingText("费用太高了 {#fee-too-high}")
        #expect(heading.title == "费用太高了")
        #expect(heading.explicitID == "fee-too-high")
        #expect(HeadingText("没有 ID").explicitID == nil)
    }

    @Test func sectionAliasesMatchInThreeScripts() {
        for heading in ["核心卖点", "產品賣點", "Selling points", "2. 卖点"] {
            #expect(SectionCatalog.product.key(for: HeadingText(heading)) == .sellingPoints)
        }
        for heading in ["应对话术", "應對", "Response"] {
            #expect(SectionCatalog.objection.key(for: HeadingText(heading)) == .response)
        }
        #expect(SectionCatalog.product.key(for: HeadingText("营销心得")) == nil)
    }

    @Test(arguments: ["fund", "fund-account", "a_b", "维修资金", "A1"])
    func validIDs(id: String) { #expect(Identifier.isValid(id)) }

    @Test(arguments: ["", "../x", "a/b", "a\\b", "..", ".hidden", "a b", "x?y", "a%2F"])
    func hostileIDsAreRejected(id: String) { #expect(!Identifier.isValid(id)) }

    @Test func slugsKeepCJKAndFoldPunctuation() {
        #expect(Identifier.slug("资金安全 & 服务") == "资金安全-服务")
        #expect(Identifier.slug("Fee Too High!") == "fee-too-high")
        #expect(Identifier.slug("！！") == "item")
        #expect(Identifier.isValid(Identifier.slug("../../etc/passwd")))
    }

    @Test func allocatorNumbersRepeats() {
        var ids = IDAllocator()
        #expect(ids.unique("a") == "a")
        #expect(ids.unique("a") == "a-2")
        #expect(ids.unique("a") == "a-3")
        let claimed = ids.claim("a-2")
        #expect(!claimed)
    }

    @Test func calendarArithmetic() {
        let day = CalendarDay(iso: "2024-01-31")!
        #expect(day.adding(months: 1).description == "2024-02-29")
        #expect(day.adding(days: 366).description == "2025-01-31")
        #expect(CalendarDay(daysSince1970: 0).description == "1970-01-01")
        #expect(CalendarDay(iso: "2026-02-30") == nil)
        #expect(CalendarDay(iso: "26-1-1") == nil)
        #expect(ReviewInterval("90d")!.due(after: CalendarDay(iso: "2026-01-01")!).description == "2026-04-01")
        #expect(ReviewInterval("1y")!.due(after: day).description == "2025-01-31")
        #expect(ReviewInterval("soon") == nil)
        #expect(CalendarDay(secondsSince1970: 86_399).description == "1970-01-01")
        #expect(CalendarDay(secondsSince1970: -1).description == "1969-12-31")
    }
}
