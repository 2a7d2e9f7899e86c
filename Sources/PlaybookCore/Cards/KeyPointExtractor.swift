/// Finds what a typed answer to a card must cover when the author gave no key-point list.
enum KeyPointExtractor {
    /// The author's **bold** phrases, else the text's clauses.
    static func keyPoints(highlights: [String], text: String) -> [String] {
        highlights.isEmpty ? clauses(text) : highlights
    }

    /// A sentence split at its punctuation into short clauses (at most six).
    static func clauses(_ text: String) -> [String] {
        let separators: Set<Character> = ["，", "。", "；", "、", ",", ".", ";", "！", "？", "!", "?", "\n", "：", ":"]
        return text.split(whereSeparator: { separators.contains($0) })
            .map { $0.trimmingWhitespace() }
            .filter { $0.count >= 2 }
            .prefix(6)
            .map { $0 }
    }
}
