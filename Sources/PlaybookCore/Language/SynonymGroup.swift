/// Where a synonym group comes from.
public enum SynonymSource: String, Sendable, Codable, Hashable {
    /// The bundled sales-conversation thesaurus (`Data/language/thesaurus-sales.txt`).
    case sales
    /// The playbook's `synonyms:` setting.
    case playbook
    /// A competitor's ID, name and aliases.
    case competitor
    /// A product's ID and title.
    case product
    /// A key point and its alternatives.
    case keyPoint
}

/// Words that mean the same in one sense. A word with two senses belongs to two groups.
public struct SynonymGroup: Sendable, Hashable, Codable {
    /// Unique within a thesaurus (`sales:fee`, `playbook:1`, `competitor:ccb` …).
    public var id: String
    /// The words, folded.
    public var words: [String]
    public var source: SynonymSource

    public init(id: String, words: [String], source: SynonymSource) {
        self.id = id
        self.words = words
        self.source = source
    }
}
