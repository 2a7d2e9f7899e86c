import Foundation

/// One finished (or abandoned) exam attempt, with exactly the fields of the progress format's exam line:
/// `{"type":"exam","id","startedAt","finishedAt","pass","score","passed","cards":[{"card","score"}]}`.
/// The store keeps times as Unix seconds; progress files carry them as ISO 8601.
public struct ExamRecord: Sendable, Equatable, Encodable {
    /// One card's score in the exam, 0–100.
    public struct CardScore: Sendable, Equatable, Encodable {
        public var card: String
        public var score: Double

        public init(card: String, score: Double) {
            self.card = card
            self.score = score
        }
    }

    /// Unique across stores (a UUID for new exams); progress files merge by it.
    public var id: String
    public var startedAt: Int64
    public var finishedAt: Int64
    /// The pass mark, 0–100.
    public var pass: Double
    /// The mean score, 0–100 (unanswered cards are not counted; an unfinished exam fails).
    public var score: Double
    public var passed: Bool
    /// The cards answered, in the order asked (empty for exams stored before per-card scores were kept).
    public var cards: [CardScore]

    public init(id: String = UUID().uuidString.lowercased(), startedAt: Int64, finishedAt: Int64, pass: Double, score: Double,
                passed: Bool, cards: [CardScore]) {
        self.id = id
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.pass = pass
        self.score = score
        self.passed = passed
        self.cards = cards
    }
}
