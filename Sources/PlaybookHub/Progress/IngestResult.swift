import PlaybookCore

/// What one `HubStore.ingest` call did; encodes as the API's
/// `{"added":N,"duplicates":N,"refused":[{"line":N,"error":"…"}]}`.
public struct IngestResult: Sendable, Equatable, Encodable {
    /// A line that was not stored, with its 1-based number in the body and the reason.
    public struct RefusedLine: Sendable, Equatable, Encodable {
        public var line: Int
        /// Why, in English, without the location (the number is `line`).
        public var error: String
        /// The same reason as a message, for the dashboard's language.
        public var message: Message

        enum CodingKeys: String, CodingKey { case line, error }
    }

    /// Reviews and exams stored by this call.
    public var added = 0
    /// Reviews and exams already stored (by this learner and event `id`), left alone.
    public var duplicates = 0
    public var refused: [RefusedLine] = []

    public init(added: Int = 0, duplicates: Int = 0, refused: [RefusedLine] = []) {
        self.added = added
        self.duplicates = duplicates
        self.refused = refused
    }
}
