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

    @Test func titlePostingsSayWhereEachTermStartsInTheNormalisedTitle() {
        let index = SearchIndex(documents: [
            SearchDocument(title: "資金安全 SCRM", path: SitePath("a.html"), kind: "k", text: "资金 crm scrm"),
            SearchDocument(title: "安全", path: SitePath("b.html"), kind: "k", text: "资金"),
        ])
        let postings = index.titlePostings(words: ["crm", "scrm", "资金"])
        // Traditional 資 folds to 资; pairs are document, position (in code points).
        #expect(postings["资金"] == [0, 0])
        #expect(postings["安全"] == [0, 2, 1, 0])
        #expect(postings["全"] == [0, 3, 1, 1])
        #expect(postings["金安"] == [0, 1])
        // Latin: every index word found in a run of letters and digits, also inside a longer word.
        #expect(postings["scrm"] == [0, 5])
        #expect(postings["crm"] == [0, 6])
        #expect(postings["sc"] == nil)
        #expect(SearchIndex.deltaEncoded([3, 0, 3, 4, 10, 1]) == [3, 0, 0, 4, 7, 1])
    }

    @Test func metaHoldsNoTitlesAndTitleShardsHoldThemAll() {
        let texts = (0..<(SearchIndex.titlesPerShard + 3)).map { "正文\($0)" }
        let files = Dictionary(uniqueKeysWithValues: index(texts).files())
        let meta = files["search/meta.js"]!
        #expect(!meta.contains("\"t0\"") && meta.contains("\"count\":\(texts.count)"))
        #expect(files["search/titles-0.js"]!.hasPrefix("PB.titles[0]=[[\"t0\",0,\"p0.html\",0],\n"))
        #expect(files["search/titles-1.js"] == "PB.titles[1]=[[\"t64\",0,\"p64.html\",0],\n[\"t65\",0,\"p65.html\",0],\n[\"t66\",0,\"p66.html\",0]];\n")
        #expect(files["search/titles.js"]!.hasPrefix("PB.allTitles=[\"t0\",\"t1\","))
        #expect(files["search/titles.js"]!.hasSuffix(",\"t66\"];\n"))
        // Title postings sit in the posting shard of their term, under "^".
        let shard = SearchShardScript.postingPath(SearchIndex.shard(of: "t0", count: index(texts).postingShards))
        #expect(files[shard]!.contains("\"^t0\":[0,0]"))
    }
}
