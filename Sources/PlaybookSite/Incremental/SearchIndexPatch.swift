import Foundation
import PlaybookCore

/// Changes the search index of a site in place after some documents' texts changed (their
/// titles, kinds and count did not): the text shards that hold them are rewritten with the new
/// texts, and only the posting shards of the terms a document gained or lost, so the result
/// is what ``SearchIndex`` would write for the whole new corpus. The title shards, `titles.js`,
/// `meta.js` and the title postings (`^term` entries of the posting shards) depend only on the
/// titles, paths and kinds, which a patch does not change: a rewritten posting shard keeps its
/// title postings as it read them.
///
/// The language file is made again from the corpus's new vocabulary when the words changed.
/// The fold table must stay as it is: an edit that brings in an ideograph with Traditional or
/// Simplified forms that the corpus does not hold, or removes the last of one the table maps,
/// makes ``apply(_:base:read:)`` give up (nil), and a full build makes the index again.
struct SearchIndexPatch {
    /// A search document's new text.
    struct Change {
        var number: Int
        var title: String
        var text: String
    }

    /// A rewritten file of the index; `key` for text shards (see ``SearchIndex/textShards(base:)``).
    struct File {
        var path: String
        var contents: String
        var key: UInt64?
    }

    private let index: SearchIndex
    private(set) var census: IdeographCensus
    /// Ideographs the fold table maps from or to: their presence in the corpus shapes it.
    private let folded: Set<Unicode.Scalar>

    /// The corpus's words: the language file is made again when a change moves them.
    private(set) var vocabulary: SearchVocabulary

    init(fold: [Unicode.Scalar: Unicode.Scalar], census: IdeographCensus, postingShards: Int,
         vocabulary: SearchVocabulary, language: SearchLanguage) {
        index = SearchIndex(documents: [], fold: fold, language: language, postingShards: postingShards)
        self.census = census
        self.vocabulary = vocabulary
        folded = Set(fold.keys).union(fold.values)
    }

    /// The files to write for `changes`; `read` gives the current contents of an index file.
    /// Throws when the fold table would change or a file is not as the index writes it.
    mutating func apply(_ changes: [Change], base: UInt64, read: (String) -> String?) throws(FullBuildReason) -> [File] {
        var textShards: [Int: [String]] = [:]
        var postings: [Int: [String: [Int]]] = [:]
        var wordsChanged = false
        for change in changes {
            let shard = change.number / SearchIndex.documentsPerShard, line = change.number % SearchIndex.documentsPerShard
            if textShards[shard] == nil {
                guard let lines = read(SearchShardScript.textPath(shard)).flatMap({ SearchShardScript.quotedTexts(in: $0, shard) }) else {
                    throw FullBuildReason("\(SearchShardScript.textPath(shard)) is missing or not as the index writes it")
                }
                textShards[shard] = lines
            }
            guard let quoted = textShards[shard]?[safe: line], let old = SearchShardScript.unquote(quoted) else {
                throw FullBuildReason("\(SearchShardScript.textPath(shard)) has no text for a document")
            }
            if old == change.text { continue }
            try keepFold(from: [change.title, old], to: [change.title, change.text])
            textShards[shard]?[line] = SearchShardScript.quote(change.text)
            if vocabulary.replace(SearchVocabulary.words(of: [change.title, old], index: index, language: index.language),
                                  with: SearchVocabulary.words(of: [change.title, change.text], index: index, language: index.language)) {
                wordsChanged = true
            }
            let before = terms([change.title, old]), after = terms([change.title, change.text])
            for (term, gained) in after.subtracting(before).map({ ($0, true) }) + before.subtracting(after).map({ ($0, false) }) {
                let number = SearchIndex.shard(of: term, count: index.postingShards)
                if postings[number] == nil {
                    guard let parsed = read(SearchShardScript.postingPath(number)).flatMap({ SearchShardScript.postings(in: $0, number) })
                    else { throw FullBuildReason("\(SearchShardScript.postingPath(number)) is missing or not as the index writes it") }
                    postings[number] = parsed
                }
                var ids = postings[number]?[term] ?? []
                let at = ids.partitioningIndex { $0 >= change.number }
                if gained, ids[safe: at] != change.number { ids.insert(change.number, at: at) }
                if !gained, ids[safe: at] == change.number { ids.remove(at: at) }
                postings[number]?[term] = ids.isEmpty ? nil : ids
            }
        }
        var files: [File] = []
        for (number, lines) in textShards {
            guard let texts = lines.map(SearchShardScript.unquote) as? [String] else {
                throw FullBuildReason("\(SearchShardScript.textPath(number)) is not as the index writes it")
            }
            files.append(File(path: SearchShardScript.textPath(number), contents: SearchShardScript.text(number, quoted: lines),
                              key: SearchIndex.textShardKey(base: base, texts: texts)))
        }
        for (number, entries) in postings {
            files.append(File(path: SearchShardScript.postingPath(number), contents: SearchShardScript.posting(number, entries)))
        }
        if wordsChanged {
            files.append(File(path: SearchLanguagePack.path,
                              contents: SearchLanguagePack(language: index.language, vocabulary: vocabulary, index: index).script))
        }
        return files
    }

    /// Updates the census for a document's texts going from `old` to `new`; throws when the
    /// corpus's fold table would change.
    private mutating func keepFold(from old: [String], to new: [String]) throws(FullBuildReason) {
        let before = IdeographCensus.ideographs(of: old), after = IdeographCensus.ideographs(of: new)
        let added = after.subtracting(before), removed = before.subtracting(after)
        // A new ideograph is harmless when it has no other forms (the fold table made for it alone is empty).
        let unseen = added.filter { !census.holds($0) }.sorted { $0.value < $1.value }
        if !unseen.isEmpty, !SearchIndex.foldTable(for: unseen).isEmpty {
            throw FullBuildReason(Message(.reasonNewIdeograph, String(String.UnicodeScalarView(unseen))))
        }
        if let gone = removed.sorted(by: { $0.value < $1.value }).first(where: { folded.contains($0) && !census.holdsTwice($0) }) {
            throw FullBuildReason(Message(.reasonLastIdeograph, String(gone)))
        }
        for scalar in added { census.add(scalar) }
        for scalar in removed { census.remove(scalar) }
    }

    private func terms(_ texts: [String]) -> Set<String> {
        texts.reduce(into: Set<String>()) { $0.formUnion(index.terms(of: $1)) }
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

extension Array where Element == Int {
    /// The first index whose element satisfies `belongs`, for a predicate false then true along the array.
    func partitioningIndex(where belongs: (Int) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if belongs(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
