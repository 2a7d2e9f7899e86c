import Foundation
import PlaybookCache
import PlaybookCore

/// A digest of each content file's cards, as the practice data holds them (text, key points
/// and their alternatives, facets; not the source line). A full build records them; an
/// in-place update (``SiteUpdate``) compares them to find the edits that change cards, whose
/// practice data it then patches (``PracticePatch``).
enum PracticeDigests {
    /// Every document of `playbook` with its cards, in deck order (``CardBuilder/cardOrder(_:)``).
    static func documentCards(of playbook: Playbook) -> [(document: any DocumentModel, cards: [Card])] {
        let locale = playbook.settings.locale
        let names = Dictionary(playbook.competitors.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let documents = CardBuilder.cardOrder(playbook)
        let cards = ParallelMap.map(documents) { CardBuilder.cards(of: $0, locale: locale, competitorNames: names) }
        return Array(zip(documents, cards))
    }

    /// Content file → the digest of its document's cards (`documents` as ``documentCards(of:)`` gives them).
    static func digests(of documents: [(document: any DocumentModel, cards: [Card])]) -> [String: UInt64] {
        let digests = ParallelMap.map(documents) { digest(of: $0.cards) }
        return Dictionary(zip(documents.map(\.document.info.file), digests), uniquingKeysWith: { first, _ in first })
    }

    /// The cards of a document in a playbook of this outline.
    static func cards(of document: any DocumentModel, in outline: PlaybookOutline) -> [Card] {
        let names = Dictionary(outline.competitors.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        return CardBuilder.cards(of: document, locale: outline.settings.locale, competitorNames: names)
    }

    /// The digest of a document's cards in a playbook of this outline.
    static func digest(of document: any DocumentModel, in outline: PlaybookOutline) -> UInt64 {
        digest(of: cards(of: document, in: outline))
    }

    static func digest(of cards: [Card]) -> UInt64 {
        var hash = FNV1a()
        for var card in cards {
            card.source = SourceReference(path: card.source.path, line: 0)
            // A card of strings, numbers and arrays: encoding cannot fail. (The binary form, in
            // the order the model declares its fields, is stable and far cheaper than JSON.)
            hash.mix((try? BinaryCoder.encode(card)) ?? [])
        }
        return hash.value
    }
}
