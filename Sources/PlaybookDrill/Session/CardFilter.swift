import PlaybookCore

/// Which cards a session asks: by kind, tag, category, product or competitor. Empty lists
/// match everything; within a list any value matches.
public struct CardFilter: Sendable, Equatable {
    public var kinds: [CardKind] = []
    public var tags: [String] = []
    public var categories: [String] = []
    public var products: [String] = []
    public var competitors: [String] = []

    public init(kinds: [CardKind] = [], tags: [String] = [], categories: [String] = [], products: [String] = [],
                competitors: [String] = []) {
        self.kinds = kinds
        self.tags = tags
        self.categories = categories
        self.products = products
        self.competitors = competitors
    }

    public func matches(_ card: Card) -> Bool {
        (kinds.isEmpty || kinds.contains(card.kind))
            && (tags.isEmpty || card.tags.contains { tags.contains($0) })
            && (categories.isEmpty || card.category.map { categories.contains($0) } == true)
            && (products.isEmpty || card.products.contains { products.contains($0) })
            && (competitors.isEmpty || card.competitors.contains { competitors.contains($0) })
    }
}
