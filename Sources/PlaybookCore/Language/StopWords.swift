/// Words that carry no content of their own: particles, pronouns, question frames (怎么办,
/// 有没有, 请问), polite formulas and intensifiers. Negations are not stop words.
public struct StopWords: Sendable {
    public private(set) var words: Set<String>

    /// The bundled list (`Data/language/stopwords.txt`).
    public static let standard = StopWords(text: LanguageData.stopWords)

    public init(words: Set<String>) {
        self.words = words
    }

    /// One word per line; `#` starts a comment.
    public init(text: String) {
        var words: Set<String> = []
        for line in text.split(separator: "\n") {
            let word = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first?
                .trimmingCharacters(in: .whitespaces) ?? ""
            if !word.isEmpty { words.insert(word) }
        }
        self.words = words
    }

    /// Whether a (folded) word is a stop word.
    public func contains(_ word: String) -> Bool { words.contains(word) }
}
