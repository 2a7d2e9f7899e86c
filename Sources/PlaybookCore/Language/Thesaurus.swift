/// Synonym groups with an index from each word to the groups it is in.
public struct Thesaurus: Sendable {
    public private(set) var groups: [SynonymGroup] = []
    private var index: [String: [Int]] = [:]

    public init(groups: [SynonymGroup] = []) {
        for group in groups { add(group) }
    }

    /// The bundled sales thesaurus, folded.
    public static let sales = Thesaurus(text: LanguageData.salesThesaurus, source: .sales, folder: .standard)

    /// Lines of `id: word word …`; `#` starts a comment. Words are folded with `folder`.
    public init(text: String, source: SynonymSource, folder: TextFolder) {
        self.init()
        var lines: [(id: String, words: [String])] = []
        for line in text.split(separator: "\n") {
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            guard let colon = content.firstIndex(of: ":") else { continue }
            let id = content[..<colon].trimmingCharacters(in: .whitespaces)
            let words = content[content.index(after: colon)...].split(separator: " ").map(String.init)
            guard !id.isEmpty, words.count >= 2 else { continue }
            lines.append((id, words))
        }
        let folded = Thesaurus.fold(lines.flatMap(\.words), folder: folder)
        var next = 0
        for (id, words) in lines {
            add(SynonymGroup(id: "\(source.rawValue):\(id)", words: Array(folded[next..<(next + words.count)]), source: source))
            next += words.count
        }
    }

    /// Folds many words at once (one conversion instead of one per word).
    static func fold(_ words: [String], folder: TextFolder) -> [String] {
        let together = folder.fold(words.joined(separator: " ")).split(separator: " ").map(String.init)
        return together.count == words.count ? together : words.map { folder.fold($0) }
    }

    /// Adds a group (words already folded); repeated words are kept once.
    public mutating func add(_ group: SynonymGroup) {
        var seen: Set<String> = []
        var group = group
        group.words = group.words.filter { !$0.isEmpty && seen.insert($0).inserted }
        guard group.words.count >= 2 else { return }
        let position = groups.count
        groups.append(group)
        for word in group.words { index[word, default: []].append(position) }
    }

    /// Adds every group of another thesaurus.
    public mutating func merge(_ other: Thesaurus) {
        for group in other.groups { add(group) }
    }

    /// The groups a (folded) word is in; several when it has several senses.
    public func groups(containing word: String) -> [SynonymGroup] {
        (index[word] ?? []).map { groups[$0] }
    }

    /// The IDs of the groups a word is in.
    public func groupIDs(of word: String) -> [String] {
        (index[word] ?? []).map { groups[$0].id }
    }

    /// Every word that shares a group with `word`, itself excluded.
    public func synonyms(of word: String) -> Set<String> {
        var result: Set<String> = []
        for position in index[word] ?? [] { result.formUnion(groups[position].words) }
        result.remove(word)
        return result
    }

    /// Every word of every group.
    public var words: Set<String> { Set(index.keys) }
}
