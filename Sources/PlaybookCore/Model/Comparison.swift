/// One row of a comparison matrix: a dimension, what each party offers, and how to position.
public struct ComparisonRow: Sendable, Hashable, Codable {
    public var id: String
    public var dimension: String
    public var entries: [ComparisonEntry]
    public var verdict: String?
    public var line: Int

    public init(id: String, dimension: String, entries: [ComparisonEntry], verdict: String?, line: Int) {
        self.id = id
        self.dimension = dimension
        self.entries = entries
        self.verdict = verdict
        self.line = line
    }

    /// Our own entry, if the row has one.
    public var ours: ComparisonEntry? { entries.first { $0.isUs } }
}

/// What one party says on a comparison dimension.
public struct ComparisonEntry: Sendable, Hashable, Codable {
    /// The party as written (`我行`, `招行`, a link text …).
    public var party: String
    /// The resolved competitor ID; nil for the bank itself or an unresolved party.
    public var competitor: String?
    /// Whether the party is the bank itself.
    public var isUs: Bool
    public var text: String
    public var textHtml: String
    /// The **bold** phrases of the text.
    public var highlights: [String] = []
    /// The link destination when the party was written as a link (resolved after loading).
    var partyLink: String?
    /// Where the party is written, for diagnostics.
    var partyLocation: SourceLocation?

    public init(party: String, competitor: String?, isUs: Bool, text: String, textHtml: String) {
        self.party = party
        self.competitor = competitor
        self.isUs = isUs
        self.text = text
        self.textHtml = textHtml
    }
}
