/// The kinds of card, as used in card IDs and `--kind` filters.
public enum CardKind: String, Sendable, Codable, Hashable, CaseIterable {
    case objection
    case sellingPoint = "selling-point"
    case buyerValue = "buyer-value"
    case comparison
    case strength
    case weakness
    case style
    case talkTrack = "talk-track"
    case quiz
}

/// A flashcard derived from the model, shared by the drill and the site.
///
/// The ID is `KIND/DOC-ID/ITEM-ID`: it depends only on the card's own document and item,
/// so editing other items never changes it.
public struct Card: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var kind: CardKind
    public var front: String
    public var back: String
    /// Extra context shown with the front (the objection's context, the product name …).
    public var hint: String
    /// Options of a multiple-choice card.
    public var choices: [String]
    /// 0-based indices of the correct choices.
    public var answers: [Int]
    /// What a typed answer must cover.
    public var keyPoints: [String]
    /// Other ways of saying each key point (same order as ``keyPoints``), for scoring.
    public var keyPointAlternatives: [[String]] = []
    /// Phrases that must never be said (objection cards).
    public var avoid: [String]
    public var tags: [String]
    public var category: String?
    public var products: [String]
    public var competitors: [String]
    public var source: SourceReference

    public init(id: String, kind: CardKind, front: String, back: String, hint: String = "", choices: [String] = [],
                answers: [Int] = [], keyPoints: [String] = [], avoid: [String] = [], tags: [String] = [],
                category: String? = nil, products: [String] = [], competitors: [String] = [], source: SourceReference) {
        self.id = id
        self.kind = kind
        self.front = front
        self.back = back
        self.hint = hint
        self.choices = choices
        self.answers = answers
        self.keyPoints = keyPoints
        self.avoid = avoid
        self.tags = tags
        self.category = category
        self.products = products
        self.competitors = competitors
        self.source = source
    }

    public var isMultipleChoice: Bool { !choices.isEmpty }

    enum CodingKeys: String, CodingKey {
        case id, kind, front, back, hint, choices, answers, keyPoints, keyPointAlternatives, avoid, tags, category
        case products, competitors, source
    }

    /// Decodes in the order ``encode(to:)`` writes (positional coders depend on it).
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        kind = try c.decode(CardKind.self, forKey: .kind)
        front = try c.decode(String.self, forKey: .front)
        back = try c.decode(String.self, forKey: .back)
        hint = try c.decode(String.self, forKey: .hint)
        choices = try c.decode([String].self, forKey: .choices)
        answers = try c.decode([Int].self, forKey: .answers)
        keyPoints = try c.decode([String].self, forKey: .keyPoints)
        keyPointAlternatives = try c.decodeIfPresent([[String]].self, forKey: .keyPointAlternatives) ?? []
        avoid = try c.decode([String].self, forKey: .avoid)
        tags = try c.decode([String].self, forKey: .tags)
        category = try c.decodeIfPresent(String.self, forKey: .category)
        products = try c.decode([String].self, forKey: .products)
        competitors = try c.decode([String].self, forKey: .competitors)
        source = try c.decode(SourceReference.self, forKey: .source)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(kind, forKey: .kind)
        try c.encode(front, forKey: .front)
        try c.encode(back, forKey: .back)
        try c.encode(hint, forKey: .hint)
        try c.encode(choices, forKey: .choices)
        try c.encode(answers, forKey: .answers)
        try c.encode(keyPoints, forKey: .keyPoints)
        // Only when some point has alternatives, so exports of playbooks without them are unchanged.
        try c.encodeIfPresent(keyPointAlternatives.contains(where: { !$0.isEmpty }) ? keyPointAlternatives : nil,
                              forKey: .keyPointAlternatives)
        try c.encode(avoid, forKey: .avoid)
        try c.encode(tags, forKey: .tags)
        try c.encode(category, forKey: .category)
        try c.encode(products, forKey: .products)
        try c.encode(competitors, forKey: .competitors)
        try c.encode(source, forKey: .source)
    }
}
