/// What every document has: identity, front matter common to all types, and its origin.
public struct DocumentInfo: Sendable, Hashable, Codable {
    public var id: String
    public var type: DocumentType
    public var title: String
    public var tags: [String]
    public var draft: Bool
    /// Who answers for the content (front matter `owner`).
    public var owner: String?
    /// When the content was last reviewed (front matter `reviewed`).
    public var reviewed: CalendarDay?
    /// How often it must be reviewed (`reviewEvery`, else the playbook's default).
    public var reviewEvery: ReviewInterval?
    public var source: SourceReference
    /// The file's path inside the content folder (`products/fund.md`), for resolving links.
    public var file: String

    public init(id: String, type: DocumentType, title: String, tags: [String] = [], draft: Bool = false,
                owner: String? = nil, reviewed: CalendarDay? = nil, reviewEvery: ReviewInterval? = nil,
                source: SourceReference, file: String = "") {
        self.file = file
        self.id = id
        self.type = type
        self.title = title
        self.tags = tags
        self.draft = draft
        self.owner = owner
        self.reviewed = reviewed
        self.reviewEvery = reviewEvery
        self.source = source
    }

    /// The day the next review is due, when a review date and interval are known.
    public var reviewDue: CalendarDay? {
        guard let reviewed, let reviewEvery else { return nil }
        return reviewEvery.due(after: reviewed)
    }
}
