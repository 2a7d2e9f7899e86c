import PlaybookCore

/// The search index's language data, `search/lang.js`: what `search-query.js` needs to read a
/// query as a rep means it. Only what this corpus needs is shipped: the synonym groups with a
/// word the corpus holds, the corpus's words for typo repair, the
/// Taiwan phrasing of those words, and the pinyin of the characters a query may use. It depends
/// on the set of the corpus's words, not on how many documents hold each.
struct SearchLanguagePack {
    /// Words shipped for typo repair and query segmentation, at most.
    static let wordLimit = 20_000
    static let path = "search/lang.js"

    var stopWords: [String]
    var groups: [[String]]
    /// Taiwan phrasing of a corpus word, normalised as the browser normalises a query → the word.
    var phrases: [(String, String)]
    var pinyin: [(String, String)]
    var words: [String]

    init(language: SearchLanguage, vocabulary: SearchVocabulary, index: SearchIndex) {
        func normal(_ text: String) -> String {
            String(String.UnicodeScalarView(text.unicodeScalars.map(index.normalize)))
        }
        words = vocabulary.ordered(limit: SearchLanguagePack.wordLimit, frequency: language.frequency)
        stopWords = language.stopWords.map(normal).filter { !$0.isEmpty }.sorted()
        groups = language.groups.compactMap { group -> [String]? in
            var members: [String] = []
            for word in group.map(normal) where !word.isEmpty && !members.contains(word) { members.append(word) }
            let present = members.contains { SearchLanguagePack.holds(vocabulary, $0, language: language) }
            return members.count > 1 && present ? members : nil
        }
        var phrases: [(String, String)] = [], seen: Set<String> = []
        if let converter = ChineseConverter.toTaiwan, !words.isEmpty {
            // One conversion over every word, newline-separated so no phrase rule joins neighbours.
            let converted = converter.convert(words.joined(separator: "\n")).split(separator: "\n", omittingEmptySubsequences: false)
            if converted.count == words.count {
                for (word, taiwan) in zip(words, converted) {
                    let key = normal(String(taiwan))
                    if key != word, key.count >= 2, !vocabulary.contains(key), seen.insert(key).inserted { phrases.append((key, word)) }
                }
            }
        }
        self.phrases = phrases
        pinyin = language.pinyin.sorted { $0.key < $1.key }
    }

    /// Whether the corpus holds a phrase: as a word, or as words (two characters or more) all of which it holds.
    static func holds(_ vocabulary: SearchVocabulary, _ phrase: String, language: SearchLanguage) -> Bool {
        if vocabulary.contains(phrase) { return true }
        let words = phrase.split(separator: " ").flatMap { part -> [String] in
            part.unicodeScalars.allSatisfy(SearchIndex.isIdeograph) ? language.segment(Array(part)) : [String(part)]
        }.filter { $0.count >= SearchVocabulary.shortest || !$0.unicodeScalars.allSatisfy(SearchIndex.isIdeograph) }
        return !words.isEmpty && words.allSatisfy(vocabulary.contains)
    }

    /// The script: `PB.lang={...}`.
    var script: String {
        func list(_ items: [String]) -> String { "[" + items.map(SearchShardScript.quote).joined(separator: ",") + "]" }
        func object(_ pairs: [(String, String)]) -> String {
            "{" + pairs.map { SearchShardScript.quote($0.0) + ":" + SearchShardScript.quote($0.1) }.joined(separator: ",") + "}"
        }
        return "PB.lang={\"version\":1,\"stop\":\(list(stopWords)),\n\"groups\":[\(groups.map(list).joined(separator: ",\n"))],\n"
            + "\"phrases\":\(object(phrases)),\n\"pinyin\":\(object(pinyin)),\n\"words\":\(list(words))};\n"
    }
}
