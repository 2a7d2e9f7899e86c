/// Finds what a typed answer to a card must cover when the author gave no key-point list.
enum KeyPointExtractor {
    /// The author's **bold** phrases, else the text's clauses.
    static func keyPoints(highlights: [String], text: String) -> [String] {
        highlights.isEmpty ? clauses(text) : highlights
    }

    /// A sentence split at its punctuation into short clauses (at most six).
    static func clauses(_ text: String) -> [String] {
        // Split on scalars, not Characters: every separator is one scalar, and grapheme
        // breaking made this a visible part of loading a large playbook.
        var clauses: [String] = []
        for piece in text.unicodeScalars.split(whereSeparator: separators.contains) {
            let clause = Substring(piece).trimmingWhitespace()
            if clause.count >= 2 { clauses.append(clause) }
            if clauses.count == 6 { break }
        }
        return clauses
    }

    private static let separators: Set<Unicode.Scalar> = ["，", "。", "；", "、", ",", ".", ";", "！", "？", "!", "?", "\n", "\r", "：", ":"]
}
