import Testing
@testable import PlaybookSite

@Suite struct SearchIndexTests {
    func index(_ texts: [String]) -> SearchIndex {
        SearchIndex(documents: texts.enumerated().map {
            SearchDocument(title: "t\($0.offset)", path: SitePath("p\($0.offset).html"), kind: "k", text: $0.element)
        })
    }

    @Test func chineseIsIndexedAsBigramsAndLatinAsWords() {
        let terms = index(["资金安全 Fund Account，查"]).terms(of: "资金安全 Fund Account，查")
        #expect(terms == ["资金", "金安", "安全", "资", "金", "安", "全", "fund", "account", "查"])
    }

    @Test func fullWidthAndCaseAreFolded() {
        let terms = index(["ＡＴＭ"]).terms(of: "ＡＴＭ")
        #expect(terms == ["atm"])
    }

    @Test func traditionalFoldsToSimplifiedBothWays() {
        // Simplified content: a Traditional query must find it.
        let simplified = index(["资金安全"])
        #expect(simplified.fold["資"] == "资")
        #expect(simplified.terms(of: "資金安全") == simplified.terms(of: "资金安全"))
        // Traditional content: a Simplified query must find it.
        let traditional = index(["資金安全"])
        #expect(traditional.terms(of: "资金") == traditional.terms(of: "資金"))
        let account = index(["账户"])
        #expect(account.terms(of: "賬戶") == account.terms(of: "账户"))
    }

    @Test func shardHashIsFNV1aOverUTF16LikeTheBrowser() {
        // Expected values computed independently (Python, FNV-1a 32-bit over UTF-16 code units),
        // the same function search.js uses to pick a shard.
        let large = 4_000_000_000
        #expect(SearchIndex.shard(of: "a", count: large) == 0xE40C292C)
        #expect(SearchIndex.shard(of: "资金", count: large) == 1_233_063_782)
        #expect(SearchIndex.shard(of: "资金", count: 64) == 1_233_063_782 % 64)
    }

    @Test func indexFilesAreScriptsWithEscapedStrings() {
        let files = index(["</script><b>"]).files()
        #expect(files.map(\.path).contains("search/meta.js"))
        for file in files { #expect(!file.contents.contains("</script>")) }
    }
}
