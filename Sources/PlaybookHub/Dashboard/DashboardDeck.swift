import PlaybookCore
import PlaybookDrill

/// The playbook's cards as the dashboard shows them: titles for card IDs, and the decks a
/// forecast is asked about (by product, category, kind or tag).
public struct DashboardDeck: Sendable {
    /// Every card of the playbook, in the playbook's order.
    public let cards: [Card]
    private let byID: [String: Card]
    private let productNames: [String: String]

    /// `productNames`: product ID → title, for the forecast's product choice.
    public init(cards: [Card], productNames: [String: String] = [:]) {
        self.cards = cards
        self.productNames = productNames
        byID = Dictionary(cards.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The card with `id`, nil when the playbook no longer has it.
    public func card(_ id: String) -> Card? { byID[id] }

    /// The card's question as a title (first line, at most `limit` characters); the ID for a
    /// card the playbook no longer has.
    public func title(of id: String, limit: Int = 60) -> String {
        guard let card = byID[id] else { return id }
        let line = card.front.split(whereSeparator: \.isNewline).first.map(String.init) ?? card.front
        return line.count > limit ? String(line.prefix(limit - 1)) + "…" : line
    }

    /// A product's title, or its ID when the playbook has no such product.
    public func productName(_ id: String) -> String { productNames[id] ?? id }

    /// The cards `filter` selects, in the playbook's order.
    public func cards(matching filter: CardFilter) -> [Card] { cards.filter(filter.matches) }

    /// The values a forecast can be filtered by, sorted.
    public var products: [String] { Set(cards.flatMap(\.products)).sorted() }
    public var categories: [String] { Set(cards.compactMap(\.category)).sorted() }
    public var tags: [String] { Set(cards.flatMap(\.tags)).sorted() }
    public var kinds: [CardKind] { CardKind.allCases.filter { kind in cards.contains { $0.kind == kind } } }
}
