import Foundation
import PlaybookCore

/// A digest of each content file's cards, as the practice data holds them (text, key points
/// and their alternatives, facets; not the source line). A full build records them; an
/// in-place update (``SiteUpdate``) hands an edit that changes one to a full build, which
/// writes the practice data again.
enum PracticeDigests {
    /// Content file → the digest of its document's cards.
    static func digests(of playbook: Playbook) -> [String: UInt64] {
        let locale = playbook.settings.locale
        let names = Dictionary(playbook.competitors.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let documents = playbook.documents
        let digests = ParallelMap.map(documents) { document in
            digest(of: CardBuilder.cards(of: document, locale: locale, competitorNames: names))
        }
        return Dictionary(zip(documents.map(\.info.file), digests), uniquingKeysWith: { first, _ in first })
    }

    /// The digest of a document's cards in a playbook of this outline.
    static func digest(of document: any DocumentModel, in outline: PlaybookOutline) -> UInt64 {
        let names = Dictionary(outline.competitors.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        return digest(of: CardBuilder.cards(of: document, locale: outline.settings.locale, competitorNames: names))
    }

    static func digest(of cards: [Card]) -> UInt64 {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        var hash = FNV1a()
        for var card in cards {
            card.source = SourceReference(path: card.source.path, line: 0)
            // A card of strings, numbers and arrays: encoding cannot fail.
            hash.mix([UInt8]((try? encoder.encode(card)) ?? Data()))
        }
        return hash.value
    }
}
