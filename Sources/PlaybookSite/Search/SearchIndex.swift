import Foundation
import PlaybookCore

/// One searchable page.
struct SearchDocument: Sendable {
    var title: String
    var path: SitePath
    var kind: String
    /// The content files the text comes from.
    var files: [String] = []
    var text: String
    /// Whether the text's first line is what the customer says (an objection), which search weighs up.
    var startsWithQuote = false
}

/// The in-browser search index: a meta file, posting-list shards and document-text shards,
/// each a small script (browsers block `fetch` from `file://`, but load `<script>` files).
///
/// Chinese has no spaces between words, so CJK text is indexed as character bigrams and
/// single characters (a one-character query such as 费 must find something), and Latin text
/// as words. Text is normalised one code point at a time
/// (full-width to ASCII, ASCII to lower case, Traditional to Simplified through a fold table
/// built with OpenCC for the characters the site contains), so the browser can normalise a
/// query and a document the same way and offsets in both stay aligned for highlighting.
struct SearchIndex {
    /// Documents per text shard: small, because a query loads the shards of its top hits only.
    static let documentsPerShard = 8
    /// Documents per title shard: a query loads the title shards of the documents it ranks.
    static let titlesPerShard = 64
    /// The prefix of a title-posting key in a posting shard: `^term` → document, position
    /// pairs of the term in the document's normalised title (documents delta-encoded).
    static let titlePrefix = "^"

    let documents: [SearchDocument]
    let fold: [Unicode.Scalar: Unicode.Scalar]
    /// `fold` as a flat table by code point (0: unchanged), for the hot loop.
    private let foldByValue: [UInt32]
    let postingShards: Int
    /// Bitmaps by code point of the ideographs in the documents' titles and texts, and of those
    /// in at least two documents: whether removing one from a document can change ``fold``.
    private(set) var ideographs = IdeographCensus()

    /// Code points the fold table can hold (every ideograph block in ``isIdeograph(_:)``).
    static let foldLimit = 0x30000

    /// How the browser reads queries: stop words, synonyms, pinyin, and the segmenter that
    /// makes ``vocabulary``.
    let language: SearchLanguage
    /// The corpus's words.
    private(set) var vocabulary = SearchVocabulary()

    init(documents: [SearchDocument], language: SearchLanguage = .none) {
        let census = IdeographCensus(documents)
        self.init(documents: documents, fold: SearchIndex.foldTable(for: census.ordered), language: language)
        ideographs = census
        vocabulary = SearchVocabulary(documents, index: self, language: language)
        PhaseTimer.mark("search: vocabulary")
    }

    /// An index of `documents` with a fold table an earlier build made for the same corpus.
    init(documents: [SearchDocument], fold: [Unicode.Scalar: Unicode.Scalar], language: SearchLanguage = .none,
         postingShards: Int? = nil) {
        self.documents = documents
        self.fold = fold
        self.language = language
        var flat = [UInt32](repeating: 0, count: SearchIndex.foldLimit)
        for (from, to) in fold where Int(from.value) < SearchIndex.foldLimit { flat[Int(from.value)] = to.value }  // the rest: `fold`
        foldByValue = flat
        PhaseTimer.mark("search: documents, fold table")
        // About 64 documents' worth of postings per shard keeps each query's download small.
        self.postingShards = postingShards ?? max(1, min(512, documents.count / 16))
    }

    /// Traditional → Simplified for every CJK character of the corpus, both ways: a
    /// Traditional character in the text folds to its Simplified form, and the Traditional
    /// forms of Simplified characters in the text fold to them (so a Traditional query finds
    /// Simplified content).
    static func foldTable(for ordered: [Unicode.Scalar]) -> [Unicode.Scalar: Unicode.Scalar] {
        guard let toSimplified = ChineseConverter.toSimplified,
              let toTraditional = try? ChineseConverter(.simplifiedToTraditional) else { return [:] }
        let toTaiwan = ChineseConverter.toTaiwan
        guard !ordered.isEmpty else { return [:] }
        // One conversion call per direction over all characters, newline-separated so no
        // phrase rule can join neighbours.
        let separated = ordered.map { String($0) }.joined(separator: "\n")
        let simplified = toSimplified.convert(separated).split(separator: "\n", omittingEmptySubsequences: false)
        let traditional = toTraditional.convert(separated).split(separator: "\n", omittingEmptySubsequences: false)
        // Taiwan forms differ from generic Traditional ones for some characters (账: 賬 vs 帳).
        let taiwan = toTaiwan?.convert(separated).split(separator: "\n", omittingEmptySubsequences: false) ?? []
        guard simplified.count == ordered.count, traditional.count == ordered.count else { return [:] }
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (index, scalar) in ordered.enumerated() {
            if let s = single(simplified[index]), s != scalar { table[scalar] = s }
            if let t = single(traditional[index]), t != scalar, table[t] == nil { table[t] = table[scalar] ?? scalar }
            if taiwan.count == ordered.count, let t = single(taiwan[index]), t != scalar, table[t] == nil {
                table[t] = table[scalar] ?? scalar
            }
        }
        return table
    }

    private static func single(_ text: Substring) -> Unicode.Scalar? {
        let scalars = text.unicodeScalars
        return scalars.count == 1 ? scalars.first : nil
    }

    static func isIdeograph(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F: return true
        default: return false
        }
    }

    /// The one-to-one normalisation shared with `search.js`.
    func normalize(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        var value = scalar.value
        if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
        if (0x41...0x5A).contains(value) { value += 0x20 }
        guard value < SearchIndex.foldLimit else {
            let scalar = Unicode.Scalar(value)!
            return fold[scalar] ?? scalar
        }
        let folded = foldByValue[Int(value)]
        return Unicode.Scalar(folded != 0 ? folded : value)!
    }

    /// Index terms of a text: CJK characters and bigrams, and lower-case Latin words.
    func terms(of text: String) -> Set<String> {
        var terms = TermSet()
        collect(text, into: &terms)
        return Set(terms.cjk.map(TermSet.text)).union(terms.words)
    }

    /// The terms of one document. CJK terms are packed into integers (one or two code points),
    /// so indexing a large site does not build a string per character pair.
    struct TermSet {
        var cjk: Set<UInt64> = []
        var words: Set<String> = []

        static func single(_ scalar: Unicode.Scalar) -> UInt64 { UInt64(scalar.value) }
        static func pair(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> UInt64 {
            1 << 63 | UInt64(first.value) << 21 | UInt64(second.value)
        }
        static func text(_ term: UInt64) -> String {
            let mask: UInt64 = (1 << 21) - 1
            guard term >> 63 == 1 else { return String(Unicode.Scalar(UInt32(term))!) }
            var text = String(Unicode.Scalar(UInt32(term >> 21 & mask))!)
            text.unicodeScalars.append(Unicode.Scalar(UInt32(term & mask))!)
            return text
        }

        mutating func removeAll() {
            cjk.removeAll(keepingCapacity: true)
            words.removeAll(keepingCapacity: true)
        }
    }

    func collect(_ text: String, into terms: inout TermSet) {
        var previous: Unicode.Scalar?
        var word = ""
        for raw in text.unicodeScalars {
            let scalar = normalize(raw)
            if SearchIndex.isIdeograph(scalar) {
                if !word.isEmpty { terms.words.insert(word); word = "" }
                terms.cjk.insert(TermSet.single(scalar))
                if let previous { terms.cjk.insert(TermSet.pair(previous, scalar)) }
                previous = scalar
            } else if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                previous = nil
                word.unicodeScalars.append(scalar)
            } else {
                previous = nil
                if !word.isEmpty { terms.words.insert(word); word = "" }
            }
        }
        if !word.isEmpty { terms.words.insert(word) }
    }

    /// FNV-1a over UTF-16 code units, as `search.js` computes it.
    static func shard(of term: String, count: Int) -> Int {
        var hash: UInt32 = 2_166_136_261
        for unit in term.utf16 {
            hash ^= UInt32(unit)
            hash = hash &* 16_777_619
        }
        return Int(hash % UInt32(count))
    }

    /// Every file of the index: path inside the site → contents.
    func files() -> [(path: String, contents: String)] {
        indexFiles() + textShards(base: 0).map { ($0.path, $0.contents()) }
    }

    /// A file of the index; when it has a key, its contents depend only on what the key was
    /// computed from.
    struct KeyedFile: Sendable {
        var path: String
        var key: UInt64?
        var contents: @Sendable () -> String
    }

    /// The document-text shards, each keyed by `base` and the texts it holds, so a build can
    /// keep the shards whose texts did not change without writing them out again.
    func textShards(base: UInt64) -> [KeyedFile] {
        let documents = documents
        return ParallelMap.map(Array(stride(from: 0, to: documents.count, by: SearchIndex.documentsPerShard))) { start in
            let slice = documents[start..<min(start + SearchIndex.documentsPerShard, documents.count)]
            let number = start / SearchIndex.documentsPerShard
            return KeyedFile(path: SearchShardScript.textPath(number), key: SearchIndex.textShardKey(base: base, texts: slice.map(\.text))) {
                SearchShardScript.text(number, quoted: slice.map { SearchShardScript.quote($0.text) })
            }
        }
    }

    /// A text shard's key: `base` and its texts.
    static func textShardKey(base: UInt64, texts: [String]) -> UInt64 {
        var hash = FNV1a()
        hash.mix(base)
        for text in texts {
            hash.mix(UInt64(text.utf8.count))
            hash.mix(text)
        }
        return hash.value
    }

    /// The meta file (titles, folds), the language file and the posting-list shards.
    func indexFiles() -> [(path: String, contents: String)] {
        // Terms of each batch of documents on every core, merged in document order.
        let batchSize = max(256, documents.count / (4 * ProcessInfo.processInfo.activeProcessorCount) + 1)
        let batches = ParallelMap.map(Array(stride(from: 0, to: documents.count, by: batchSize))) { start in
            var cjk: [UInt64: [Int]] = [:]
            var words: [String: [Int]] = [:]
            var terms = TermSet()
            for id in start..<min(start + batchSize, documents.count) {
                terms.removeAll()
                collect(documents[id].title, into: &terms)
                collect(documents[id].text, into: &terms)
                for term in terms.cjk { cjk[term, default: []].append(id) }
                for word in terms.words { words[word, default: []].append(id) }
            }
            return (cjk: cjk, words: words)
        }
        var cjkPostings = batches.first?.cjk ?? [:]
        var wordPostings = batches.first?.words ?? [:]
        for batch in batches.dropFirst() {
            cjkPostings.merge(batch.cjk) { $0 + $1 }
            wordPostings.merge(batch.words) { $0 + $1 }
        }
        PhaseTimer.mark("search: terms")
        var postings = Array(repeating: [String: [Int]](), count: postingShards)
        for (term, ids) in cjkPostings {
            let text = TermSet.text(term)
            postings[SearchIndex.shard(of: text, count: postingShards)][text] = ids
        }
        for (word, ids) in wordPostings { postings[SearchIndex.shard(of: word, count: postingShards)][word] = ids }
        // Title postings: where each term is in the titles, so a query can tell which documents'
        // titles hold a phrase without loading every title.
        for (term, pairs) in titlePostings(words: Set(wordPostings.keys)) {
            postings[SearchIndex.shard(of: term, count: postingShards)][SearchIndex.titlePrefix + term] = SearchIndex.deltaEncoded(pairs)
        }
        PhaseTimer.mark("search: title postings")
        var files: [(String, String)] = []
        let foldPairs = fold.sorted { $0.key.value < $1.key.value }
            .map { "\(SearchShardScript.quote(String($0.key))):\(SearchShardScript.quote(String($0.value)))" }
        // Compact titles: [title, folder index, file name, kind index]; folders and kinds are
        // listed once, since a big playbook repeats a handful of each thousands of times.
        var folders: [String] = [], kinds: [String] = []
        var folderIndex: [String: Int] = [:], kindIndex: [String: Int] = [:]
        let titles = documents.map { document -> String in
            let path = document.path.path
            let slash = path.lastIndex(of: "/")
            let folder = slash.map { String(path[...$0]) } ?? ""
            let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
            let f = folderIndex[folder] ?? { folders.append(folder); folderIndex[folder] = folders.count - 1; return folders.count - 1 }()
            let k = kindIndex[document.kind] ?? { kinds.append(document.kind); kindIndex[document.kind] = kinds.count - 1; return kinds.count - 1 }()
            return "[\(SearchShardScript.quote(document.title)),\(f),\(SearchShardScript.quote(name)),\(k)\(document.startsWithQuote ? ",1" : "")]"
        }
        // The meta file is what every query loads first: counts, the fold table, folders and
        // kinds. Titles are in title shards (a query loads those of the documents it ranks) and,
        // all of them (their text only), in titles.js, for the closest titles when nothing matches.
        files.append(("search/meta.js", "PB.meta={\"version\":3,\"shards\":\(postingShards),\"docsPerShard\":\(SearchIndex.documentsPerShard),"
                      + "\"titlesPerShard\":\(SearchIndex.titlesPerShard),\"count\":\(documents.count),"
                      + "\"fold\":{\(foldPairs.joined(separator: ","))},"
                      + "\"folders\":[\(folders.map(SearchShardScript.quote).joined(separator: ","))],"
                      + "\"kinds\":[\(kinds.map(SearchShardScript.quote).joined(separator: ","))]};\n"))
        files.append((SearchShardScript.allTitlesPath, SearchShardScript.allTitles(documents.map(\.title))))
        for start in stride(from: 0, to: titles.count, by: SearchIndex.titlesPerShard) {
            let number = start / SearchIndex.titlesPerShard
            files.append((SearchShardScript.titlePath(number),
                          SearchShardScript.titles(number, Array(titles[start..<min(start + SearchIndex.titlesPerShard, titles.count)]))))
        }
        files.append((SearchLanguagePack.path, SearchLanguagePack(language: language, vocabulary: vocabulary, index: self).script))
        PhaseTimer.mark("search: meta, language")
        // Shards are written independently: on every core.
        files += ParallelMap.map(Array(postings.enumerated())) { number, shard in
            return (SearchShardScript.postingPath(number), SearchShardScript.posting(number, shard))
        }
        PhaseTimer.mark("search: postings")
        return files
    }

    /// Term → (document, position) pairs, flat, in document then position order: where each
    /// term starts in each document's normalised title (positions in code points, as the
    /// browser's `Array.from`). CJK terms are the index's characters and bigrams; a Latin term
    /// is an index word found anywhere in a title's run of letters and digits (so also inside a
    /// longer word), as `indexOf` finds it.
    func titlePostings(words: Set<String>) -> [String: [Int]] {
        var pairs: [String: [Int]] = [:]
        for (id, document) in documents.enumerated() {
            let scalars = document.title.unicodeScalars.map(normalize)
            var index = 0
            while index < scalars.count {
                let scalar = scalars[index]
                if SearchIndex.isIdeograph(scalar) {
                    pairs[String(scalar), default: []] += [id, index]
                    if index + 1 < scalars.count, SearchIndex.isIdeograph(scalars[index + 1]) {
                        var pair = String(scalar)
                        pair.unicodeScalars.append(scalars[index + 1])
                        pairs[pair, default: []] += [id, index]
                    }
                    index += 1
                } else if SearchIndex.isWordScalar(scalar) {
                    var end = index
                    while end < scalars.count, SearchIndex.isWordScalar(scalars[end]) { end += 1 }
                    for from in index..<end {
                        var word = ""
                        for to in from..<end {
                            word.unicodeScalars.append(scalars[to])
                            if words.contains(word) { pairs[word, default: []] += [id, from] }
                        }
                    }
                    index = end
                } else {
                    index += 1
                }
            }
        }
        return pairs
    }

    /// Title-posting pairs as written: each document number as the difference from the one
    /// before (0 for another position in the same title), since a title word such as 客户 is in
    /// thousands of titles.
    static func deltaEncoded(_ pairs: [Int]) -> [Int] {
        var encoded = pairs, previous = 0
        for index in stride(from: 0, to: pairs.count, by: 2) {
            encoded[index] = pairs[index] - previous
            previous = pairs[index]
        }
        return encoded
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}
