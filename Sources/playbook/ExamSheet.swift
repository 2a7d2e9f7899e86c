import Foundation
import PlaybookCore
import PlaybookDrill

/// An exam's answers as they come: each card's score and the key points it lacked. Read by
/// the summary, which Ctrl-C may print from another queue, hence the lock.
final class ExamSheet: @unchecked Sendable {
    /// One answered card.
    struct Answer {
        var id: String
        var front: String
        var score: Double
        var missed: [String]
    }

    private let lock = NSLock()
    private var answers: [Answer] = []

    func add(card: Card, score: Double, missed: [String]) {
        lock.withLock { answers.append(Answer(id: card.id, front: card.front, score: score, missed: missed)) }
    }

    /// Forgets the last answer (undo).
    func removeLast() {
        lock.withLock { _ = answers.popLast() }
    }

    /// Per-card scores, in the order asked, for the exam record.
    var scores: [ExamRecord.CardScore] {
        lock.withLock { answers.map { ExamRecord.CardScore(card: $0.id, score: $0.score) } }
    }

    /// Cards answered below full marks, with what they lacked.
    var missedCards: [Answer] {
        lock.withLock { answers.filter { $0.score < 100 } }
    }
}
