import Foundation
import PlaybookCore

/// Changes the search index of a site in place after some documents' texts changed (their
/// titles, kinds and count did not): the text shards that hold them are rewritten with the new
/// texts, and only the posting shards of the terms a document gained or lost, so the result
/// is what ``SearchIndex`` would write for the whole new corpus.
///
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

    init(fold: [Unicode.Scalar: Unicode.Scalar], census: IdeographCensus, postingShards: Int) {
        index = SearchIndex(documents: [], fold: fold, postingShards: postingShards)
        self.census = census
        folded = Set(fold.keys).union(fold.values)
    }

    /// The files to write for `changes`; `read` gives the current contents of an index file.
    /// Throws when the fold table would change or a file is not as the index writes it.
    mutating func apply(_ changes: [Change], base: UInt64, read: (String) -> String?) throws(FullBuildReason) -> [File] {
        var textShards: [Int: [String]] = [:]
        var postings: [Int: [String: [Int]]] = [:]
        for change in changes {
            let shard = change.number / SearchIndex.documentsPerShard, line = change.number % SearchIndex.documentsPerShard
            if textShards[shard] == nil {
                guard let lines = read(SearchIndex.textShardPath(shard)).flatMap({ SearchIndexPatch.textLines($0, shard) }) else {
                    throw FullBuildReason("\(SearchIndex.textShardPath(shard)) is missing or not as the index writes it")
                }
                textShards[shard] = lines
            }
            guard let quoted = textShards[shard]?[safe: line], let old = SearchIndexPatch.unquote(quoted) else {
                throw FullBuildReason("\(SearchIndex.textShardPath(shard)) has no text for a document")
            }
            if old == change.text { continue }
            try keepFold(from: [change.title, old], to: [change.title, change.text])
            textShards[shard]?[line] = JSONText.quote(change.text)
            let before = terms([change.title, old]), after = terms([change.title, change.text])
            for (term, gained) in after.subtracting(before).map({ ($0, true) }) + before.subtracting(after).map({ ($0, false) }) {
                let number = SearchIndex.shard(of: term, count: index.postingShards)
                if postings[number] == nil {
                    guard let parsed = read(SearchIndex.postingShardPath(number)).flatMap({ SearchIndexPatch.postingEntries($0, number) })
                    else { throw FullBuildReason("\(SearchIndex.postingShardPath(number)) is missing or not as the index writes it") }
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
            guard let texts = lines.map(SearchIndexPatch.unquote) as? [String] else {
                throw FullBuildReason("\(SearchIndex.textShardPath(number)) is not as the index writes it")
            }
            files.append(File(path: SearchIndex.textShardPath(number), contents: SearchIndex.textShard(number, quoted: lines),
                              key: SearchIndex.textShardKey(base: base, texts: texts)))
        }
        for (number, entries) in postings {
            files.append(File(path: SearchIndex.postingShardPath(number), contents: SearchIndex.postingShard(number, entries)))
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
            throw FullBuildReason("new ideograph \(String(String.UnicodeScalarView(unseen)))")
        }
        if let gone = removed.sorted(by: { $0.value < $1.value }).first(where: { folded.contains($0) && !census.holdsTwice($0) }) {
            throw FullBuildReason("last use of ideograph \(String(gone))")
        }
        for scalar in added { census.add(scalar) }
        for scalar in removed { census.remove(scalar) }
    }

    private func terms(_ texts: [String]) -> Set<String> {
        texts.reduce(into: Set<String>()) { $0.formUnion(index.terms(of: $1)) }
    }

    /// The quoted texts of a text shard's script, one per document.
    static func textLines(_ script: String, _ number: Int) -> [String]? {
        guard let body = between(script, "PB.docs[\(number)]=[", "];\n") else { return nil }
        return body.isEmpty ? [] : body.components(separatedBy: ",\n")
    }

    /// The entries of a posting shard's script.
    static func postingEntries(_ script: String, _ number: Int) -> [String: [Int]]? {
        guard let body = between(script, "PB.idx[\(number)]={", "};\n") else { return nil }
        var entries: [String: [Int]] = [:]
        for entry in body.components(separatedBy: ",\n") where !body.isEmpty {
            // Terms are ideographs, letters and digits: quoted as they are.
            guard entry.hasPrefix("\""), entry.hasSuffix("]"), let split = entry.range(of: "\":["),
                  !entry[..<split.lowerBound].contains("\\") else { return nil }
            let term = String(entry[entry.index(after: entry.startIndex)..<split.lowerBound])
            let list = entry[split.upperBound..<entry.index(before: entry.endIndex)]
            let ids = list.split(separator: ",").compactMap { Int($0) }
            guard !ids.isEmpty, ids.count == list.split(separator: ",").count else { return nil }
            entries[term] = ids
        }
        return entries
    }

    private static func between(_ text: String, _ prefix: String, _ suffix: String) -> String? {
        guard text.hasPrefix(prefix), text.hasSuffix(suffix), text.utf8.count >= prefix.utf8.count + suffix.utf8.count else { return nil }
        return String(text.dropFirst(prefix.count).dropLast(suffix.count))
    }

    /// A JSON string literal's text.
    static func unquote(_ quoted: String) -> String? {
        (try? JSONSerialization.jsonObject(with: Data(quoted.utf8), options: .fragmentsAllowed)) as? String
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
