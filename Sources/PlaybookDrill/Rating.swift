/// How well a card was recalled, as in Anki and FSRS.
public enum Rating: Int, Sendable, Codable, CaseIterable, Comparable {
    case again = 1, hard = 2, good = 3, easy = 4

    public static func < (a: Rating, b: Rating) -> Bool { a.rawValue < b.rawValue }
}
