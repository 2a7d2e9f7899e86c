import PlaybookCore

/// The words of a search corpus (from the language layer's segmenter, two to six ideographs,
/// with the dictionary words inside them, and Latin words) with the number of documents that hold each. The browser repairs typos
/// towards these words and keeps the synonym groups that have one of them.
struct SearchVocabulary: Sendable, Equatable, Codable {
    static let shortest = 2, longest = 6
    private(set) var frequencies: [String: Int] = [:]

    init() {}

    /// The vocabulary of `documents`, a batch per core.
    init(_ documents: [SearchDocument], index: SearchIndex, language: SearchLanguage) {
        let size = max(64, documents.count / 8 + 1)
        let batches = ParallelMap.map(Array(stride(from: 0, to: documents.count, by: size))) { start in
            var counts: [String: Int] = [:]
            var known = Memo()
            for number in start..<min(start + size, documents.count) {
                for word in SearchVocabulary.words(of: [documents[number].title, documents[number].text], index: index,
                                                   language: language, memo: &known) {
                    counts[word, default: 0] += 1
                }
            }
            return counts
        }
        for batch in batches { frequencies.merge(batch, uniquingKeysWith: +) }
    }

    /// The words of runs of ideographs already segmented: pages repeat clauses (talk tracks,
    /// boilerplate), and segmenting is the costly part.
    struct Memo {
        var words: [String: [String]] = [:]
    }

    /// The words of one document's texts, normalised as the index normalises them.
    static func words(of texts: [String], index: SearchIndex, language: SearchLanguage) -> Set<String> {
        var memo = Memo()
        return words(of: texts, index: index, language: language, memo: &memo)
    }

    static func words(of texts: [String], index: SearchIndex, language: SearchLanguage, memo: inout Memo) -> Set<String> {
        var words: Set<String> = []
        var run: [Character] = [], latin = ""
        func flush() {
            if run.count >= shortest {
                let key = String(run)
                if let known = memo.words[key] {
                    words.formUnion(known)
                } else {
                    let found = runWords(run, language: language)
                    memo.words[key] = found
                    words.formUnion(found)
                }
            }
            run.removeAll(keepingCapacity: true)
            if !latin.isEmpty { words.insert(latin); latin = "" }
        }
        for text in texts {
            for raw in text.unicodeScalars {
                let scalar = index.normalize(raw)
                if SearchIndex.isIdeograph(scalar) {
                    if !latin.isEmpty { words.insert(latin); latin = "" }
                    run.append(Character(scalar))
                } else if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                    if !run.isEmpty { flush() }
                    latin.unicodeScalars.append(scalar)
                } else {
                    flush()
                }
            }
            flush()
        }
        return words
    }

    /// The words of a run of ideographs, and the dictionary words inside the longer ones (代发
    /// in 代发工资), as jieba's search mode gives them.
    private static func runWords(_ run: [Character], language: SearchLanguage) -> [String] {
        var words: [String] = []
        for word in language.segment(run) where (shortest...longest).contains(word.count) {
            words.append(word)
            let characters = Array(word)
            for length in stride(from: characters.count - 1, through: shortest, by: -1) {
                for start in 0...(characters.count - length) {
                    let part = String(characters[start..<start + length])
                    if language.frequency(part) != nil { words.append(part) }
                }
            }
        }
        return words
    }

    func contains(_ word: String) -> Bool { frequencies[word] != nil }

    /// A document's words went from `old` to `new`; returns whether the set of the corpus's
    /// words changed (a word came in, or its last use went).
    @discardableResult
    mutating func replace(_ old: Set<String>, with new: Set<String>) -> Bool {
        var changed = false
        for word in new.subtracting(old) {
            if frequencies[word] == nil { changed = true }
            frequencies[word, default: 0] += 1
        }
        for word in old.subtracting(new) {
            guard let count = frequencies[word] else { continue }
            if count <= 1 { changed = true }
            frequencies[word] = count <= 1 ? nil : count - 1
        }
        return changed
    }

    /// The ideograph words, at most `limit`: those the dictionary does not know first (the
    /// playbook's own names), then the commonest. The order depends on the set of words only, so
    /// an edit that brings in no word and removes none leaves the language file as it is.
    func ordered(limit: Int, frequency: (String) -> Int?) -> [String] {
        let words = frequencies.keys.filter { $0.unicodeScalars.allSatisfy(SearchIndex.isIdeograph) }
            .map { (word: $0, rank: frequency($0).map { -$0 } ?? Int.min) }
        return words.sorted { $0.rank != $1.rank ? $0.rank < $1.rank : $0.word < $1.word }.prefix(limit).map(\.word)
    }
}
