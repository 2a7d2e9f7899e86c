import PlaybookCore

/// What the browser search needs from the language layer (``Language``): how to split text
/// into words, which words carry no content, synonym groups, and the toneless pinyin of
/// characters a query may hold. A value, so an index and its incremental patch use the same one.
struct SearchLanguage: Sendable {
    /// Words (folded) that a query can drop: particles, question frames.
    var stopWords: Set<String>
    /// Groups of words (folded) that mean the same for search: synonyms, aliases, names.
    var groups: [[String]]
    /// Reading → the characters that have it (a polyphone is under each of its readings).
    var pinyin: [String: String]
    /// The words of a run of folded ideographs, in order.
    var segment: @Sendable ([Character]) -> [String]
    /// How common a word is in the dictionary; nil when it does not know the word.
    var frequency: @Sendable (String) -> Int?
    /// The playbook's own groups among ``groups`` (the rest is the language layer's bundled data).
    var playbookGroups: [[String]] = []

    /// No language data: no words, stop words, synonyms or pinyin (search falls back to
    /// character pairs).
    static let none = SearchLanguage(stopWords: [], groups: [], pinyin: [:], segment: { _ in [] }, frequency: { _ in nil })
}
