/// The scheduling memory of one card: its FSRS state after its latest review.
///
/// A value type with every time in whole Unix seconds (`Int64`), so it can be stored in a
/// database row and replayed exactly.
public struct SchedulingState: Sendable, Hashable, Codable {
    /// The card's place in the learning cycle.
    public var state: CardState
    /// The index of the current learning or relearning step; `nil` in Review (and for a new card).
    public var step: Int?
    /// FSRS stability S in days (the interval at which R falls to 0.9); `nil` before the first review.
    public var stability: Double?
    /// FSRS difficulty D in [1, 10]; `nil` before the first review.
    public var difficulty: Double?
    /// When the card is next due, in Unix seconds.
    public var due: Int64
    /// When the card was last reviewed, in Unix seconds; `nil` before the first review.
    public var lastReview: Int64?
    /// How many times the card has been reviewed.
    public var reps: Int
    /// How many times the card lapsed (Again while in Review).
    public var lapses: Int

    /// Creates a state from all its fields.
    public init(
        state: CardState,
        step: Int?,
        stability: Double?,
        difficulty: Double?,
        due: Int64,
        lastReview: Int64?,
        reps: Int,
        lapses: Int
    ) {
        self.state = state
        self.step = step
        self.stability = stability
        self.difficulty = difficulty
        self.due = due
        self.lastReview = lastReview
        self.reps = reps
        self.lapses = lapses
    }

    /// A card that has never been reviewed, due at `due` (py-fsrs `Card(due=…)`).
    public static func new(due: Int64) -> SchedulingState {
        SchedulingState(
            state: .new, step: nil, stability: nil, difficulty: nil,
            due: due, lastReview: nil, reps: 0, lapses: 0)
    }

    /// Seconds from `lastReview` to `due`: the interval the latest review scheduled
    /// (`nil` before the first review).
    public var scheduledSeconds: Int64? {
        lastReview.map { due - $0 }
    }
}
