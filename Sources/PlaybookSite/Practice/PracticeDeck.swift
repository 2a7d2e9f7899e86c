import PlaybookCore

/// The practice page's deck: every card of the playbook in deck order, each as a compact row
/// (facets as indices into the deck's lists, the terminal's content hash, its shard), and the
/// cards' full text split into shards loaded on demand (`practice/cards/N.js`).
///
/// docs/practice.md ("How it is built") describes the format the page's scripts read.
///
/// It holds no shard's JSON: that is written as it is made (``PracticeFiles``); ``PracticeArchive``
/// keeps the deck for in-place updates.
struct PracticeDeck: Sendable, Codable {
    /// A named facet value (a product or competitor): its ID and what the page shows.
    struct Named: Sendable, Equatable, Codable {
        var id: String
        var name: String
    }

    /// One card's row in `deck.js`.
    struct Row: Sendable, Equatable, Codable {
        var id: String
        var kind: Int
        /// -1 when the card has no category.
        var category: Int
        var products: [Int]
        var competitors: [Int]
        var tags: [Int]
        /// ``CardFingerprint/hash(_:)``, as the terminal drill stores it.
        var contentHash: String
        var shard: Int
        var flags: Int

        /// The card has key points: a typed answer can be scored.
        static let hasKeyPoints = 1
        /// The card is multiple choice.
        static let multipleChoice = 2
    }

    var title: String
    var locale: PlaybookLocale
    var drill: DrillSettings
    /// The team hub the page syncs with (`hub:` in playbook.md), when set.
    var hub: String?
    var kinds: [CardKind]
    var categories: [String]
    var tags: [String]
    var products: [Named]
    var competitors: [Named]
    /// The playbook's own synonym groups, each as `[id, word, …]` (as `PlaybookLanguage.make` takes them).
    var groups: [[String]]
    var rows: [Row]
    var shardCount: Int

    private enum CodingKeys: String, CodingKey {
        case title, locale, drill, hub, kinds, categories, tags, products, competitors, groups, rows, shardCount
    }

    /// A shard holds at most this many cards …
    static let cardsPerShard = 64
    /// … and stops growing past this many bytes of JSON (cards with long plans come in smaller shards).
    static let shardBudget = 96 * 1024
    /// How many cards are encoded together before the shards they complete are emitted.
    static let encodingBatch = 2048

    /// The deck of `cards`, handing each shard's cards (as ``PracticeCardJSON`` objects, in deck
    /// order) to `emit` as soon as the shard is complete instead of holding them, so the JSON of
    /// thousands of cards never sits in memory at once. Shards come in order.
    init(playbook: Playbook, cards: [Card], emit: ([(number: Int, cards: [SharedJSON])]) throws -> Void) throws {
        title = playbook.settings.title
        locale = playbook.settings.locale
        drill = playbook.settings.drill
        hub = playbook.settings.hub
        let language = Language(playbook: playbook)
        groups = Language.playbookGroups(playbook).map { [$0.id] + $0.words }

        var kindIndex = Facet<CardKind>(), categoryIndex = Facet<String>(), tagIndex = Facet<String>()
        var productIndex = Facet<String>(), competitorIndex = Facet<String>()
        // Kinds in their declared order; products and competitors in playbook order, then any a card names that the
        // playbook lacks; categories and tags in the order cards first use them.
        for kind in CardKind.allCases where cards.contains(where: { $0.kind == kind }) { _ = kindIndex.index(kind) }
        for product in playbook.products { _ = productIndex.index(product.info.id) }
        for competitor in playbook.competitors { _ = competitorIndex.index(competitor.info.id) }
        let pages = PracticeDeck.pages(of: playbook.documents.map(\.info))
        let concepts = ConceptJSONCache()
        var rows: [Row] = []
        var current: [SharedJSON] = []
        var shardCount = 0
        var cut = ShardCut()
        // Cards are encoded a batch at a time on every core; the shards a batch completes are emitted before the next.
        for start in stride(from: 0, to: cards.count, by: PracticeDeck.encodingBatch) {
            let batch = cards[start..<min(cards.count, start + PracticeDeck.encodingBatch)]
            let encoded = ParallelMap.map(Array(batch)) { card in
                (CardFingerprint.hash(card), PracticeCardJSON.object(card, page: PracticeDeck.page(of: card, pages: pages),
                                                                     language: language, concepts: concepts))
            }
            var complete: [(number: Int, cards: [SharedJSON])] = []
            for (card, (hash, json)) in zip(batch, encoded) {
                if shardCount == 0 || cut.startsNewShard(json) {
                    if shardCount > 0 { complete.append((shardCount - 1, current)) }
                    current = []
                    shardCount += 1
                    cut = ShardCut()
                }
                cut.add(json)
                current.append(json)
                rows.append(Row(id: card.id, kind: kindIndex.index(card.kind),
                                category: card.category.map { categoryIndex.index($0) } ?? -1,
                                products: card.products.map { productIndex.index($0) },
                                competitors: card.competitors.map { competitorIndex.index($0) },
                                tags: card.tags.map { tagIndex.index($0) }, contentHash: hash, shard: shardCount - 1,
                                flags: Row.flags(of: card)))
            }
            if !complete.isEmpty { try emit(complete) }
        }
        if shardCount > 0 { try emit([(shardCount - 1, current)]) }
        self.rows = rows
        self.shardCount = shardCount
        kinds = kindIndex.values
        categories = categoryIndex.values
        tags = tagIndex.values
        let productNames = Dictionary(playbook.products.map { ($0.info.id, $0.info.title) }, uniquingKeysWith: { a, _ in a })
        let competitorNames = Dictionary(playbook.competitors.map { ($0.info.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        products = productIndex.values.map { Named(id: $0, name: productNames[$0] ?? $0) }
        competitors = competitorIndex.values.map { Named(id: $0, name: competitorNames[$0] ?? $0) }
    }

    init(from decoder: any Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        title = try values.decode(String.self, forKey: .title)
        locale = try values.decode(PlaybookLocale.self, forKey: .locale)
        drill = try values.decode(DrillSettings.self, forKey: .drill)
        hub = try values.decodeIfPresent(String.self, forKey: .hub)
        kinds = try values.decode([CardKind].self, forKey: .kinds)
        categories = try values.decode([String].self, forKey: .categories)
        tags = try values.decode([String].self, forKey: .tags)
        products = try values.decode([Named].self, forKey: .products)
        competitors = try values.decode([Named].self, forKey: .competitors)
        groups = try values.decode([[String]].self, forKey: .groups)
        rows = try values.decode([Row].self, forKey: .rows)
        shardCount = try values.decode(Int.self, forKey: .shardCount)
    }

    /// About how many bytes a card adds to a shard that holds the shared values `held`.
    static func bytes(of card: SharedJSON, besides held: Set<String>) -> Int {
        card.textBytes + 2 + card.shared.reduce(0) { $0 + (held.contains($1.key) ? 6 : $1.json.utf8.count + 8) }
    }

    /// The site page of each content document (`documents` in playbook order), by its source
    /// path (cards know their source).
    static func pages(of documents: [DocumentInfo]) -> [String: SitePath] {
        let byFile = ObjectionIndexPaging.pages(of: documents)
        var pages: [String: SitePath] = [:]
        for info in documents where pages[info.source.path] == nil { pages[info.source.path] = byFile[info.file] }
        return pages
    }

    /// The page that shows a card, site-relative: an objection's own page, else its document's.
    static func page(of card: Card, pages: [String: SitePath]) -> String {
        if card.kind == .objection, let id = card.id.split(separator: "/").last {
            return SitePath.encode(SitePath.objection(String(id)).path)
        }
        return pages[card.source.path].map { SitePath.encode($0.path) } ?? ""
    }
}

extension PracticeDeck.Row {
    /// A card's ``flags``.
    static func flags(of card: Card) -> Int {
        (card.keyPoints.isEmpty ? 0 : hasKeyPoints) | (card.isMultipleChoice ? multipleChoice : 0)
    }
}

/// Where the deck's shards end: cards join the current shard until it holds
/// ``PracticeDeck/cardsPerShard`` cards or the next card would take it past
/// ``PracticeDeck/shardBudget`` bytes (a shard holds at least one card).
struct ShardCut: Sendable {
    private(set) var count = 0
    private var bytes = 0
    /// The shared values the shard already holds.
    private var held: Set<String> = []

    /// Whether `card` starts the next shard rather than joining this one.
    func startsNewShard(_ card: SharedJSON) -> Bool {
        count >= PracticeDeck.cardsPerShard
            || (count > 0 && bytes + PracticeDeck.bytes(of: card, besides: held) > PracticeDeck.shardBudget)
    }

    mutating func add(_ card: SharedJSON) {
        bytes += PracticeDeck.bytes(of: card, besides: held)
        count += 1
        held.formUnion(card.shared.map(\.key))
    }
}

/// Distinct values in first-use order, each with its index.
private struct Facet<Value: Hashable> {
    private(set) var values: [Value] = []
    private var indices: [Value: Int] = [:]

    mutating func index(_ value: Value) -> Int {
        if let index = indices[value] { return index }
        indices[value] = values.count
        values.append(value)
        return values.count - 1
    }
}
