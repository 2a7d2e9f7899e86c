import Foundation
import PlaybookCore
import Testing
@testable import PlaybookSite

/// Patching the search index for changed texts gives the files a full index of the new texts
/// gives; an edit that would change the fold table is refused.
@Suite struct SearchIndexPatchTests {
    static let texts = [
        "资金安全，专户专用。维修资金 Fund 账户", "代发工资免手续费，上门开卡", "私人银行 专属理财 顾问服务",
        "信用卡分期 手续费 优惠", "资金监管 透明 账户", "网银 年费 优惠 Account", "员工 福利 代发", "安全 保障 存款保险",
        "理财 产品 风险 等级", "分期 费率 透明", "客户经理 上门 服务", "账户 变更 审批",
        "帳", "专户 资金 安全 监管",
    ]

    /// The bundled language layer with one playbook group: the language file depends on the corpus's words.
    static let language = SearchLanguage(playbookGroups: [["维修资金", "大修基金"]])

    func documents(_ texts: [String]) -> [SearchDocument] {
        texts.enumerated().map { SearchDocument(title: "标题\($0.offset)", path: SitePath("p\($0.offset).html"), kind: "k", text: $0.element) }
    }

    /// The files of a full index of `texts`.
    func files(_ texts: [String]) -> [String: String] {
        Dictionary(uniqueKeysWithValues: SearchIndex(documents: documents(texts), language: Self.language).files())
    }

    /// The files after patching the index of `Self.texts` for `changes` (number → new text);
    /// nil when the patch gives up.
    func patched(_ changes: [Int: String]) -> [String: String]? {
        let full = SearchIndex(documents: documents(Self.texts), language: Self.language)
        var current = files(Self.texts)
        var patch = SearchIndexPatch(fold: full.fold, census: full.ideographs, postingShards: full.postingShards,
                                     vocabulary: full.vocabulary, language: Self.language)
        let list = changes.sorted { $0.key < $1.key }.map { SearchIndexPatch.Change(number: $0.key, title: "标题\($0.key)", text: $0.value) }
        guard let written = try? patch.apply(list, base: 0, read: { current[$0] }) else { return nil }
        for file in written { current[file.path] = file.contents }
        return current
    }

    @Test func changedTextsGiveTheFullIndexOfTheNewTexts() throws {
        let edits: [[Int: String]] = [
            [0: "资金安全，专户。维修资金 账户"],                   // terms lost, a word too
            [1: "代发工资免手续费，上门开卡，员工福利 Account"],       // terms gained, a word too
            [2: "私人银行 专属理财 顾问", 9: "分期 费率 透明 资金"], // two documents, two text shards
            [7: ""],                                              // emptied
            [3: "信用卡分期 手续费 优惠"],                          // unchanged
            [6: "员工 福利 代发 附加"],                            // 附 and 加 are new, but have no other forms
        ]
        for edit in edits {
            var texts = Self.texts
            for (number, text) in edit { texts[number] = text }
            let patchedFiles = try #require(patched(edit), "\(edit)")
            let expected = files(texts)
            #expect(patchedFiles.keys.sorted() == expected.keys.sorted())
            // One posting shard here: every patch rewrites the shard that holds the title postings too.
            #expect(expected.filter { $0.key.hasPrefix("search/idx-") }.count == 1)
            #expect(patchedFiles["search/idx-0.js"]?.contains("\"^标题\":[0,0,1,0,1,0,") == true)
            for (path, contents) in expected { #expect(patchedFiles[path] == contents, "\(path) after \(edit)") }
        }
    }

    @Test func theLanguageFileIsWrittenAgainOnlyWhenTheCorpusWordsChange() throws {
        let full = SearchIndex(documents: documents(Self.texts), language: Self.language)
        let current = files(Self.texts)
        func written(_ number: Int, _ text: String) throws -> [String] {
            var patch = SearchIndexPatch(fold: full.fold, census: full.ideographs, postingShards: full.postingShards,
                                         vocabulary: full.vocabulary, language: Self.language)
            return try patch.apply([SearchIndexPatch.Change(number: number, title: "标题\(number)", text: text)], base: 0,
                                   read: { current[$0] }).map(\.path)
        }
        // 顾问服务 → 服务顾问: the same words in another order.
        #expect(try !written(2, "私人银行 专属理财 服务顾问").contains(SearchLanguagePack.path))
        // 安全 is in other documents already: how many hold it changes, the set of words does not.
        #expect(try !written(4, "资金监管 透明 账户 安全").contains(SearchLanguagePack.path))
        // 资产 is a new word of the corpus (its characters are not).
        #expect(try written(2, "私人银行 专属理财 顾问服务 资产").contains(SearchLanguagePack.path))
        #expect(full.vocabulary.contains("理财") && !full.vocabulary.contains("资产"))
    }

    @Test func editsThatWouldChangeTheFoldTableAreRefused() {
        // 龍 is in no text: its Traditional/Simplified pair would join the fold table.
        #expect(patched([1: "代发工资 龍"]) == nil)
        // 帳 is in one document only and maps to 账: removing it would drop it from the table.
        #expect(patched([12: "账"]) == nil)
        // 维 (維) is in one document only.
        #expect(patched([0: "资金安全，专户专用。修资金 Fund 账户"]) == nil)
        // 资 is in several documents: removing it from one leaves the table as it is.
        #expect(patched([4: "监管 透明 账户"]) != nil)
        // The refusal says which ideograph is in the way.
        #expect(refusal([1: "代发工资 龍"]) == "new ideograph 龍")
        #expect(refusal([12: "账"]) == "last use of ideograph 帳")
    }

    /// Why the patch of `changes` gives up.
    func refusal(_ changes: [Int: String]) -> String? {
        let full = SearchIndex(documents: documents(Self.texts), language: Self.language)
        let current = files(Self.texts)
        var patch = SearchIndexPatch(fold: full.fold, census: full.ideographs, postingShards: full.postingShards,
                                     vocabulary: full.vocabulary, language: Self.language)
        let list = changes.map { SearchIndexPatch.Change(number: $0.key, title: "标题\($0.key)", text: $0.value) }
        do {
            _ = try patch.apply(list, base: 0, read: { current[$0] })
            return nil
        } catch let reason as FullBuildReason {
            return reason.description
        } catch {
            return "\(error)"
        }
    }

    @Test func theCensusCountsDocumentsNotOccurrences() {
        let census = IdeographCensus(documents(["资资资", "金", "金"]))
        #expect(census.holds("资") && !census.holdsTwice("资"))
        #expect(census.holdsTwice("金"))
        #expect(!census.holds("龍"))
        var copy = census
        copy.add("资")
        #expect(copy.holdsTwice("资"))
        copy.remove("金")
        #expect(copy.holds("金") && !copy.holdsTwice("金"))
    }

    @Test func damagedShardsAreRefused() {
        #expect(SearchShardScript.postings(in: "PB.idx[0]={\"资\":[1,x]};\n", 0) == nil)
        #expect(SearchShardScript.postings(in: "PB.idx[1]={};\n", 0) == nil)
        #expect(SearchShardScript.postings(in: "PB.idx[0]={};\n", 0) == [:])
        #expect(SearchShardScript.quotedTexts(in: "PB.docs[0]=[\"a\",\n\"b\"];\n", 0) == ["\"a\"", "\"b\""])
        #expect(SearchShardScript.quotedTexts(in: "PB.docs[0]=[\"a\"]", 0) == nil)
    }
}
