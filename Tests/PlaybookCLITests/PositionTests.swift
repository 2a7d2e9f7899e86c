import Foundation
import Testing

/// docs/cli.md: line and column are positions in the original file — front matter lines counted,
/// whatever the line ends or a byte-order mark, columns in characters rather than bytes.
@Suite struct PositionTests {
    /// A product whose diagnostics sit in the front matter, after Chinese text and in a nested list.
    static let lines = [
        "---",                                              // 1
        "title: 产品",                                       // 2
        "category: 对公",                                     // 3
        "competitors: [招行甲, nope]",                         // 4
        "---",                                              // 5
        "",                                                 // 6
        "摘要<span>x</span>，见[说明](missing.md)。",            // 7
        "",                                                 // 8
        "## 竞品对比",                                          // 9
        "- **资金安全**",                                       // 10
        "  - 我行: 好，详见[说明](../competitors/zz.md)",          // 11
        "  - 未知银行: 不知道",                                   // 12
        "  - 招行: 网点少",                                      // 13
        "",
    ]

    static let expected = [
        "products/p.md:4:15 error unknown-reference",   // 招行甲: 14 characters precede it
        "products/p.md:4:20 error unknown-reference",   // nope
        "products/p.md:7:3 warning raw-html",           // <span> after 摘要
        "products/p.md:7:10 warning raw-html",          // </span>
        "products/p.md:7:19 error broken-link",         // [说明](missing.md) after 18 characters
        "products/p.md:11:13 error broken-link",        // link after `  - 我行: 好，详见`
        "products/p.md:12:5 warning unknown-party",     // 未知银行
    ]

    static func check(_ text: String) throws -> CheckOutcome {
        try check(bytes: Array(text.utf8))
    }

    static func check(bytes: [UInt8]) throws -> CheckOutcome {
        let playbook = try TempPlaybook(["competitors/cmb.md": TempPlaybook.competitorCMB])
        defer { playbook.remove() }
        try playbook.write("products/p.md", bytes: bytes)
        return try playbook.check()
    }

    @Test func positionsCountFrontMatterLines() throws {
        let outcome = try Self.check(Self.lines.joined(separator: "\n"))
        #expect(outcome.status == 1)
        #expect(outcome.spots == Self.expected)
    }

    @Test func bodyPositionsShiftByTheFrontMatterLength() throws {
        let body = "# 产品\n\n正文<b>粗</b>。\n"
        let without = try Self.check(body)
        let with = try Self.check("---\ntitle: 产品\ncategory: 对公\ntags: [a, b]\n---\n" + body)
        #expect(without.spots == ["products/p.md:3:3 warning raw-html", "products/p.md:3:7 warning raw-html"])
        #expect(with.spots == ["products/p.md:8:3 warning raw-html", "products/p.md:8:7 warning raw-html"])
    }

    @Test func crlfLineEndsGiveTheSamePositions() throws {
        let outcome = try Self.check(Self.lines.joined(separator: "\r\n"))
        #expect(outcome.status == 1)
        #expect(outcome.spots == Self.expected)
    }

    @Test func byteOrderMarkGivesTheSamePositions() throws {
        let outcome = try Self.check(bytes: [0xEF, 0xBB, 0xBF] + Array(Self.lines.joined(separator: "\n").utf8))
        #expect(outcome.status == 1)
        #expect(outcome.spots == Self.expected)
    }

    @Test func byteOrderMarkWithCRLFGivesTheSamePositions() throws {
        let outcome = try Self.check(bytes: [0xEF, 0xBB, 0xBF] + Array(Self.lines.joined(separator: "\r\n").utf8))
        #expect(outcome.spots == Self.expected)
    }

    @Test func byteOrderMarkOnTheFirstLineIsNotAColumn() throws {
        // Without front matter the first body line is line 1; the BOM must not shift its columns.
        let outcome = try Self.check(bytes: [0xEF, 0xBB, 0xBF] + Array("中文<b>x</b>\n".utf8))
        #expect(outcome.spots == [
            "products/p.md:1:1 error missing-field",
            "products/p.md:1:3 warning raw-html",
            "products/p.md:1:7 warning raw-html",
        ])
    }

    /// The brief's example: a party nested under a dimension, in a file with Chinese everywhere.
    @Test func unknownPartyColumnCountsCharacters() throws {
        let outcome = try Self.check(Self.lines.joined(separator: "\n"))
        let party = try #require(outcome.first("unknown-party"))
        #expect(party.line == 12)
        #expect(party.column == 5)   // 4 bytes and 4 characters of indent and marker; not 4 + 12 bytes
        #expect(party.severity == "warning")
        #expect(party.message.contains("未知银行"))
    }

    @Test func linkColumnAfterChineseCountsCharactersNotBytes() throws {
        let outcome = try Self.check(Self.lines.joined(separator: "\n"))
        let links = outcome.diagnostics.filter { $0.code == "broken-link" }
        // Line 11: `  - 我行: 好，详见[` — 12 characters (22 bytes) precede the link.
        #expect(links.map { "\($0.line):\($0.column)" } == ["7:19", "11:13"])
    }

    @Test func yamlColumnAfterChineseCountsCharacters() throws {
        let outcome = try Self.check("---\ntype: product\ntitle: 中文: b\n---\n")
        #expect(outcome.spots == ["products/p.md:3:10 error invalid-front-matter"])
    }

    @Test func invalidUTF8ColumnCountsCharacters() throws {
        let bytes = Array("---\ntitle: 产品\n---\n中文".utf8) + [0xFF] + Array("\n".utf8)
        let outcome = try Self.check(bytes: bytes)
        #expect(outcome.spots == ["products/p.md:4:3 error invalid-utf8"])
    }

    @Test
    func invalidUTF8ColumnIgnoresByteOrderMark() throws {
        let outcome = try Self.check(bytes: [0xEF, 0xBB, 0xBF] + Array("ab".utf8) + [0xFF, 0x0A])
        #expect(outcome.spots == ["products/p.md:1:3 error invalid-utf8"])
    }

    @Test
    func carriageReturnLineEndsGiveTheSamePositions() throws {
        let outcome = try Self.check(Self.lines.joined(separator: "\r"))
        #expect(outcome.spots == Self.expected)
    }
}
