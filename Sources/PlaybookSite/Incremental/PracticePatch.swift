import PlaybookCore

/// The practice files an in-place update (``SiteUpdate``) rewrites when edits change cards but
/// keep the deck's shape: each edited document has the same cards (IDs, in order) with the same
/// filters, and adds the same key-point synonym groups, so the deck's facets, groups and every
/// other card's plan stay as they were. Then `deck.js` is written again when a row changed (a
/// content hash, a flag), and each shard holding an edited card is made again from its cards,
/// the rest of them taken from the documents beside the edited ones. The files are those a full
/// build writes; when a rewritten shard would end at another card (the shards after it would
/// move), or anything above does not hold, a ``FullBuildReason`` says so.
struct PracticePatch {
    /// The archive with the new rows (its generation still the old one).
    var archive: PracticeArchive
    /// Site path → contents of each file to write.
    private(set) var files: [(path: String, contents: String)] = []

    /// Patches `archive`'s deck for the `edited` documents (file → the document, read again),
    /// in a playbook of `outline`. `fetch` reads unchanged documents (by file) whose cards share
    /// a shard with edited ones.
    init(archive: PracticeArchive, edited: [String: any DocumentModel], outline: PlaybookOutline,
         fetch: (Set<String>) throws(FullBuildReason) -> [String: any DocumentModel]) throws(FullBuildReason) {
        self.archive = archive
        let rows = archive.deck.rows
        var firsts: [String: (index: Int, first: Int)] = [:]  // file → its entry and its first card's row
        var first = 0
        for (index, document) in archive.documents.enumerated() {
            firsts[document.file] = (index, first)
            first += document.count
        }
        try require(first == rows.count, Message(.reasonNoPracticeRecord))

        var cards: [Int: Card] = [:]  // row → its card, for the rows of the shards to write
        var shards: Set<Int> = []
        for (file, document) in edited.sorted(by: { $0.key < $1.key }) {
            let new = PracticeDigests.cards(of: document, in: outline)
            let place = firsts[file]
            let old = place.map { rows[$0.first..<($0.first + archive.documents[$0.index].count)] } ?? []
            try require(new.map(\.id) == old.map(\.id), Message(.reasonCardsReshaped, file))
            let groups = (document as? ObjectionSet).map { Language.keyPointGroups(of: $0.objections) } ?? []
            try require(groups == archive.keyPointGroups[file] ?? [], Message(.reasonKeyPointGroupsChanged, file))
            for (offset, (card, row)) in zip(new, old).enumerated() {
                let index = place!.first + offset  // there are old rows, so there is a place
                self.archive.deck.rows[index] = try PracticePatch.row(of: card, replacing: row, in: archive.deck, file: file)
                cards[index] = card
                shards.insert(row.shard)
            }
        }

        // A shard ends where it does only while its next card does not fit in it: the shard before one
        // whose first card was edited is cut again too (unchanged, it is not written).
        var starts: [Int: Int] = [:]
        for (index, row) in rows.enumerated() where starts[row.shard] == nil { starts[row.shard] = index }
        for shard in Array(shards) where shard > 0 && starts[shard].map({ cards[$0] != nil }) == true { shards.insert(shard - 1) }

        // The rows of each shard to write, and the card after it when that one could have joined it.
        var bounds: [Int: Range<Int>] = [:]
        for (index, row) in rows.enumerated() where shards.contains(row.shard) {
            bounds[row.shard] = (bounds[row.shard]?.lowerBound ?? index)..<(index + 1)
        }
        var needed = Set(bounds.values.flatMap { $0 })
        for range in bounds.values where range.upperBound < rows.count && range.count < PracticeDeck.cardsPerShard {
            needed.insert(range.upperBound)
        }
        let owners = PracticePatch.owners(of: needed.filter { cards[$0] == nil }, documents: archive.documents)
        let fetched = owners.isEmpty ? [:] : try fetch(Set(owners.keys))
        PhaseTimer.mark("practice: cards beside")
        for (file, document) in fetched.sorted(by: { $0.key < $1.key }) {
            guard let place = firsts[file] else { throw FullBuildReason(Message(.reasonNeighbourChanged, file)) }
            let theirs = PracticeDigests.cards(of: document, in: outline)
            try require(theirs.map(\.id) == rows[place.first..<(place.first + theirs.count)].map(\.id)
                        && theirs.count == archive.documents[place.index].count, Message(.reasonNeighbourChanged, file))
            for (offset, card) in theirs.enumerated() where needed.contains(place.first + offset) {
                cards[place.first + offset] = card
            }
        }
        try require(needed.allSatisfy { cards[$0] != nil }, Message(.reasonNeighbourGone))

        let json = PracticePatch.json(of: cards, groups: archive.groups, outline: outline)
        PhaseTimer.mark("practice: cards' JSON")
        for (shard, range) in bounds.sorted(by: { $0.key < $1.key }) {
            var cut = ShardCut()
            for index in range {
                try require(index == range.lowerBound || !cut.startsNewShard(json[index]!), Message(.reasonShardsMoved, String(shard)))
                cut.add(json[index]!)
            }
            if range.upperBound < rows.count, cut.count < PracticeDeck.cardsPerShard {
                try require(cut.startsNewShard(json[range.upperBound]!), Message(.reasonShardsMoved, String(shard)))
            }
            files.append((PracticeScripts.shardPath(shard), PracticeScripts.shard(shard, cards: range.map { json[$0]! })))
        }
        if self.archive.deck.rows != rows {
            files.insert((PracticeScripts.deckPath, PracticeScripts.deck(self.archive.deck, strings: PracticeStrings.tables())), at: 0)
        }
        PhaseTimer.mark("practice: files")
    }

    /// The row of `card` where `row` (its row in `deck`) was. Its filters must be the same: the
    /// deck lists them in first-use order.
    private static func row(of card: Card, replacing row: PracticeDeck.Row, in deck: PracticeDeck,
                            file: String) throws(FullBuildReason) -> PracticeDeck.Row {
        func index<Value: Equatable>(_ value: Value, in list: [Value]) -> Int { list.firstIndex(of: value) ?? -2 }
        let products = deck.products.map(\.id), competitors = deck.competitors.map(\.id)
        let updated = PracticeDeck.Row(
            id: card.id, kind: index(card.kind, in: deck.kinds), category: card.category.map { index($0, in: deck.categories) } ?? -1,
            products: card.products.map { index($0, in: products) }, competitors: card.competitors.map { index($0, in: competitors) },
            tags: card.tags.map { index($0, in: deck.tags) }, contentHash: CardFingerprint.hash(card), shard: row.shard,
            flags: PracticeDeck.Row.flags(of: card))
        var filters = updated
        (filters.contentHash, filters.flags) = (row.contentHash, row.flags)
        try require(filters == row, Message(.reasonCardFiltersChanged, file))
        return updated
    }

    /// The file of the document that holds each card (by row), for the documents in deck order.
    private static func owners(of rows: Set<Int>, documents: [PracticeArchive.DocumentCards]) -> [String: [Int]] {
        var owners: [String: [Int]] = [:]
        var first = 0
        var remaining = rows.sorted()[...]
        for document in documents {
            while let row = remaining.first, row < first + document.count {
                owners[document.file, default: []].append(row)
                remaining = remaining.dropFirst()
            }
            first += document.count
        }
        return owners
    }

    /// Each card's shard JSON, with its plan made in the language of the playbook's `groups`.
    private static func json(of cards: [Int: Card], groups: [SynonymGroup], outline: PlaybookOutline) -> [Int: SharedJSON] {
        let language = Language(adding: groups)
        PhaseTimer.mark("practice: language")
        let pages = PracticeDeck.pages(of: outline.documents.map(\.info))
        let concepts = ConceptJSONCache()
        let items = Array(cards)
        let objects = ParallelMap.map(items) { item in
            PracticeCardJSON.object(item.value, page: PracticeDeck.page(of: item.value, pages: pages), language: language,
                                    concepts: concepts)
        }
        return Dictionary(uniqueKeysWithValues: zip(items.map(\.key), objects))
    }
}
