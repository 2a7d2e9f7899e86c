/// Where a card is in the FSRS learning cycle.
///
/// The raw values follow py-fsrs and the reference vectors (1 Learning, 2 Review,
/// 3 Relearning), with 0 for a card that has never been reviewed.
public enum CardState: Int, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// Never reviewed. py-fsrs models this as Learning on step 0 without stability.
    case new = 0
    /// Going through the learning steps after the first review.
    case learning = 1
    /// Graduated: scheduled in whole days from the stability.
    case review = 2
    /// Going through the relearning steps after a lapse (Again on a Review card).
    case relearning = 3

    /// The state's name as the reference vectors spell it ("New", "Learning", …).
    public var description: String {
        switch self {
        case .new: "New"
        case .learning: "Learning"
        case .review: "Review"
        case .relearning: "Relearning"
        }
    }
}
