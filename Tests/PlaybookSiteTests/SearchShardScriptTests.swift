import Testing
@testable import PlaybookSite

/// The shard scripts are written and read back by one type: what an in-place update reads is
/// what a build wrote.
@Suite struct SearchShardScriptTests {
    @Test func textShardsRoundTrip() throws {
        let texts = ["代发工资 \"免费\" 开户", "", "第一行\n第二行\t制表", "</script><b>", "\u{2028}分隔\u{2029}", "\u{1}控制", "繁體 帳戶 𠀀"]
        for number in [0, 7, 123] {
            let script = SearchShardScript.text(number, quoted: texts.map(SearchShardScript.quote))
            #expect(!script.contains("</script>") && !script.contains("\u{2028}"))
            let quoted = try #require(SearchShardScript.quotedTexts(in: script, number))
            #expect(quoted.compactMap(SearchShardScript.unquote) == texts)
            #expect(SearchShardScript.quotedTexts(in: script, number + 1) == nil, "another shard's number is refused")
        }
        #expect(SearchShardScript.quotedTexts(in: SearchShardScript.text(3, quoted: []), 3) == [])
    }

    @Test func postingShardsRoundTrip() throws {
        let postings: [String: [Int]] = ["资金": [0, 4, 17], "代发": [2], "fund": [1, 2, 3], "2026": [9]]
        let script = SearchShardScript.posting(5, postings)
        #expect(SearchShardScript.postings(in: script, 5) == postings)
        #expect(SearchShardScript.postings(in: SearchShardScript.posting(0, [:]), 0) == [:])
        #expect(SearchShardScript.postings(in: script, 4) == nil)
        #expect(SearchShardScript.postings(in: String(script.dropLast(2)), 5) == nil, "a cut script is refused")
    }
}
