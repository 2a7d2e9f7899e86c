import Foundation
import PlaybookCache
import PlaybookCore

/// The practice data as the site holds it, without the cards' text: the deck (rows, facets,
/// groups), the playbook's synonym groups, and which documents' cards come where. A full build
/// writes it; an in-place update that changes cards (``PracticePatch``) reads it and writes it
/// again. Tied to its ``SiteBuildState`` by ``generation``; a missing or damaged archive only
/// means a full build.
struct PracticeArchive: Sendable, Codable {
    private static let magic = "playbook-practice 1"

    /// Equal to the build state's ``SiteBuildState/practiceGeneration`` when the two belong together.
    var generation: String
    /// The deck, without its shards' JSON.
    var deck: PracticeDeck
    /// The playbook's synonym groups (``Language/playbookGroups(_:)``): the cards' plans were made with them.
    var groups: [SynonymGroup]
    /// Every document with cards, in deck order.
    var documents: [DocumentCards]
    /// Objection file → the key-point groups it adds (``Language/keyPointGroups(of:)``), for files that add some.
    var keyPointGroups: [String: [SynonymGroup]]

    /// A document's place in the deck: its cards are the next `count` rows.
    struct DocumentCards: Sendable, Codable, Equatable {
        var file: String
        var count: Int
    }

    /// The archive of `deck`, made from `playbook` whose documents' cards are `documentCards`
    /// (``PracticeDigests/documentCards(of:)``).
    init(generation: String, deck: PracticeDeck, playbook: Playbook,
         documentCards: [(document: any DocumentModel, cards: [Card])]) {
        self.generation = generation
        self.deck = deck
        groups = Language.playbookGroups(playbook)
        documents = documentCards.filter { !$0.cards.isEmpty }.map { DocumentCards(file: $0.document.info.file, count: $0.cards.count) }
        keyPointGroups = [:]
        for set in playbook.objectionSets {
            let groups = Language.keyPointGroups(of: set.objections)
            if !groups.isEmpty { keyPointGroups[set.info.file] = groups }
        }
    }

    /// The archive as a sealed cache file.
    func encoded() -> [UInt8] {
        var writer = CacheFile.writer(magic: PracticeArchive.magic)
        // Strings, numbers and arrays only: encoding cannot fail.
        try! BinaryCoder.encode(self, into: &writer)
        return CacheFile.seal(writer)
    }

    /// The archive in `file` if it is whole and of `generation`.
    static func load(from file: URL, generation: String) -> PracticeArchive? {
        guard var reader = CacheFile.open(file.path, magic: magic),
              let archive = try? BinaryCoder.decode(PracticeArchive.self, from: &reader), reader.isAtEnd,
              archive.generation == generation else { return nil }
        return archive
    }
}
