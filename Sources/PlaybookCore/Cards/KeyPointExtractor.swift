/// Finds what a typed answer to a card must cover when the author gave no key-point list.
enum KeyPointExtractor {
    /// The author's **bold** phrases, else the text's clauses.
    static func keyPoints(highlights: [String], text: String) -> [String] {
        highlights.isEmpty ? clauses(text) : highlights
    }

    /// A sentence split at its punctuation into short clauses (at most six).
    static func clauses(_ text: String) -> [String] {
        // Split on scalars with a switch, not Characters or a Set: every separator is one scalar,
        // and this runs over the text of every item when a large playbook is loaded.
        var clauses: [String] = []
        for piece in text.unicodeScalars.split(whereSeparator: isSeparator) {
            let clause = Substring(piece).trimmingWhitespace()
            // At least two characters (checked cheaply: one scalar is one character).
            guard clause.unicodeScalars.count >= 2, clause.index(after: clause.startIndex) != clause.endIndex else { continue }
            clauses.append(clause)
            if clauses.count == 6 { break }
        }
        return clauses
    }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "，", "。", "；", "、", ",", ".", ";", "！", "？", "!", "?", "\n", "\r", "：", ":": return true
        default: return false
        }
    }
}
