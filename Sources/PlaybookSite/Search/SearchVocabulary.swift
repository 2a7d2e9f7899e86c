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
                    if language.isWord(part) { words.append(part) }
                }
            }
        }
        return words
    }

    func contains(_ word: String) -> Bool { frequencies[word] != nil }

    /// A document's words went from `old` to `new`.
    mutating func replace(_ old: Set<String>, with new: Set<String>) {
        for word in new.subtracting(old) { frequencies[word, default: 0] += 1 }
        for word in old.subtracting(new) {
            guard let count = frequencies[word] else { continue }
            frequencies[word] = count <= 1 ? nil : count - 1
        }
    }

    /// The ideograph words, most documents first, at most `limit`.
    func ordered(limit: Int) -> [String] {
        let words = frequencies.filter { $0.key.unicodeScalars.allSatisfy(SearchIndex.isIdeograph) }
        return words.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(limit).map(\.key)
    }
}
