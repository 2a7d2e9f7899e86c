import Foundation
import PlaybookCore
import Testing
@testable import PlaybookSite

/// The language file of the search index ships what this corpus needs to read a rep's query.
@Suite struct SearchLanguagePackTests {
    static let language = SearchLanguage(playbookGroups: [["建设银行", "建行", "ccb"], ["外汇期权", "期权"]])
    static let texts = ["建行跟住房系统更熟，维修资金放在那里更顺", "转账要收手续费，个人信息不会泄露", "代发工资当天到账"]

    static let index = SearchIndex(
        documents: texts.enumerated().map { SearchDocument(title: "标题\($0.offset)", path: SitePath("p\($0.offset).html"), kind: "k", text: $0.element) },
        language: language)
    static let pack = SearchLanguagePack(language: language, vocabulary: index.vocabulary, index: index)

    @Test func theVocabularyHoldsTheSegmentersWordsAndTheirParts() {
        let vocabulary = Self.index.vocabulary
        #expect(vocabulary.contains("手续费") && vocabulary.contains("维修资金") && vocabulary.contains("代发工资"))
        // The dictionary words inside a longer word, as jieba's search mode gives them.
        #expect(vocabulary.contains("代发") && vocabulary.contains("工资") && vocabulary.contains("维修"))
        #expect(!vocabulary.contains("外汇") && !vocabulary.contains("发工"))
        #expect(Self.pack.words.contains("手续费"))
    }

    @Test func onlyGroupsWithAWordOfTheCorpusAreShipped() {
        #expect(Self.pack.groups.contains { $0.contains("建设银行") && $0.contains("建行") && $0.contains("ccb") })
        #expect(!Self.pack.groups.contains { $0.contains("外汇期权") })
        #expect(Self.pack.groups.count < Self.language.groups.count)
    }

    @Test func bundledGroupsAreFoundByTheirEnglishLabel() {
        #expect(Self.pack.groups.contains { $0.contains("fee") && $0.contains("手续费") })
    }

    @Test func taiwanPhrasingOfCorpusWordsLeadsToThem() {
        let phrases = Dictionary(Self.pack.phrases, uniquingKeysWith: { first, _ in first })
        // 信息 is 資訊 in Taiwan: the browser folds a query's characters to 资讯.
        #expect(phrases["资讯"] == "信息" || phrases.values.contains("个人信息"))
    }

    @Test func stopWordsAndPinyinAreShipped() {
        #expect(Self.pack.stopWords.contains("吗"))
        let dai = Self.pack.pinyin.first { $0.0 == "dai" }?.1 ?? ""
        #expect(dai.contains("代") && dai.contains("带"))
        #expect(Self.pack.script.hasPrefix("PB.lang={\"version\":1,"))
    }
}

/// What the sample playbook's search documents tell the browser about the customer's words.
@Suite struct SearchDocumentQuoteTests {
    @Test func anObjectionsTextStartsWithWhatTheCustomerSaysAndMetaSaysSo() throws {
        let result = try PlaybookLoader.load(contentPath: PageRecipeTests.sample.path, options: .init(today: CalendarDay(iso: "2026-11-23")!))
        let documents = PageContext(playbook: result.playbook).searchDocuments()
        let objection = try #require(result.playbook.objections.first)
        let document = try #require(documents.first { $0.title == objection.title })
        #expect(document.startsWithQuote)
        #expect(document.text.hasPrefix(objection.customerSays.split(whereSeparator: \.isNewline).joined(separator: " ") + "\n"))
        #expect(documents.filter(\.startsWithQuote).count == result.playbook.objections.count)
        // Titles (and the flag) are in the title shards and titles.js, not in meta.js.
        let files = SearchIndex(documents: documents).indexFiles()
        let titles = try #require(files.first { $0.path == SearchShardScript.allTitlesPath })
        #expect(titles.contents.contains(SearchShardScript.quote(objection.title)))
        let number = try #require(documents.firstIndex { $0.title == objection.title }) / SearchIndex.titlesPerShard
        let shard = try #require(files.first { $0.path == SearchShardScript.titlePath(number) })
        #expect(shard.contents.contains("[\(SearchShardScript.quote(objection.title)),"))
        #expect(shard.contents.contains(",1]"))
    }
}
