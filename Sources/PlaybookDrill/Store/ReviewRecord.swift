import Foundation

/// What a session stores about a card.
public struct StoredCard: Sendable, Equatable {
    public var cardID: String
    public var contentHash: String
    public var scheduling: SchedulingState
    /// The card's content changed since it was last reviewed.
    public var changed: Bool
    /// When the card's content disappeared from the playbook (kept, with its history).
    public var orphanedAt: Int64?
}

/// One answer, as stored in the review log.
public struct ReviewRecord: Sendable, Equatable {
    /// Unique across devices (a UUID for answers made here); progress files merge by it.
    public var id: String
    public var cardID: String
    public var contentHash: String
    public var reviewedAt: Int64
    public var rating: Rating
    /// `flashcard`, `type` or `choice`.
    public var mode: String
    /// 0–100 for typed and choice answers.
    public var score: Int?
    public var before: SchedulingState
    public var after: SchedulingState
    public var durationMilliseconds: Int?
    /// The typed answer, when there was one.
    public var answer: String?

    public init(id: String = UUID().uuidString.lowercased(), cardID: String, contentHash: String, reviewedAt: Int64, rating: Rating, mode: String, score: Int?,
                before: SchedulingState, after: SchedulingState, durationMilliseconds: Int?, answer: String? = nil) {
        self.id = id
        self.answer = answer
        self.cardID = cardID
        self.contentHash = contentHash
        self.reviewedAt = reviewedAt
        self.rating = rating
        self.mode = mode
        self.score = score
        self.before = before
        self.after = after
        self.durationMilliseconds = durationMilliseconds
    }
}

/// What changed between the stored progress and the playbook's current cards.
public struct SyncReport: Sendable, Equatable {
    /// Cards whose content changed since they were last reviewed.
    public var changed: [String] = []
    /// Cards with progress whose content is gone.
    public var orphaned: [String] = []
    /// Orphans that are back in the playbook.
    public var restored: [String] = []

    public init() {}
}
