import Foundation

/// One finished exam, as stored and as carried in a progress file.
public struct ExamRecord: Sendable, Equatable {
    /// One card's score in the exam.
    public struct CardScore: Sendable, Equatable, Codable {
        public var card: String
        public var score: Double

        public init(card: String, score: Double) {
            self.card = card
            self.score = score
        }
    }

    /// Unique across devices; progress files merge by it.
    public var id: String
    public var startedAt: Int64
    public var finishedAt: Int64
    /// The pass mark.
    public var pass: Double
    public var score: Double
    public var passed: Bool
    public var cards: [CardScore]
    /// How many cards were asked (exams stored before per-card scores were kept have only this).
    public var cardCount: Int

    public init(id: String = UUID().uuidString.lowercased(), startedAt: Int64, finishedAt: Int64, pass: Double,
                score: Double, passed: Bool, cards: [CardScore], cardCount: Int? = nil) {
        self.id = id
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.pass = pass
        self.score = score
        self.passed = passed
        self.cards = cards
        self.cardCount = cardCount ?? cards.count
    }

    var cardsJSON: String {
        String(decoding: (try? JSONEncoder().encode(cards)) ?? Data("[]".utf8), as: UTF8.self)
    }

    static func cards(fromJSON text: String?) -> [CardScore] {
        guard let text else { return [] }
        return (try? JSONDecoder().decode([CardScore].self, from: Data(text.utf8))) ?? []
    }
}
