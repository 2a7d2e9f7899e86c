import PlaybookCache
import PlaybookCore

/// What the drill needs from a playbook (its title, locale, drill settings and cards), as read
/// from content whose files had the fingerprint `inputs`. Loading it skips parsing Markdown.
public struct DeckSnapshot: Sendable, Equatable, Codable {
    package var inputs: String
    /// The content files' stamps when `inputs` was computed, so the next fingerprint reads only
    /// files that changed.
    package var stamps: [FileStamp]
    public var title: String
    public var locale: PlaybookLocale
    public var drill: DrillSettings
    public var cards: [Card]
    /// The playbook's own synonym groups (``Language/playbookGroups(_:)``), for scoring typed answers.
    public var synonymGroups: [SynonymGroup] = []
    /// Each card's ``CardFingerprint``, in card order (kept so a session need not hash them again).
    public var contentHashes: [String]

    package init(inputs: String, stamps: [FileStamp] = [], title: String, locale: PlaybookLocale,
                drill: DrillSettings, cards: [Card]) {
        self.inputs = inputs
        self.stamps = stamps
        self.title = title
        self.locale = locale
        self.drill = drill
        self.cards = cards
        contentHashes = cards.map(CardFingerprint.hash)
    }

    /// Card ID → content hash (the first card wins if an ID repeats).
    public var hashesByID: [String: String] {
        Dictionary(zip(cards.map(\.id), contentHashes), uniquingKeysWith: { first, _ in first })
    }

    package init(inputs: String, stamps: [FileStamp], playbook: Playbook) {
        self.init(inputs: inputs, stamps: stamps, title: playbook.settings.title, locale: playbook.settings.locale,
                  drill: playbook.settings.drill, cards: playbook.cards)
        synonymGroups = Language.playbookGroups(playbook)
    }

    private static let magic = "playbook-deck 5"

    /// The snapshot as a cache file's bytes.
    func encoded() -> [UInt8] {
        var writer = CacheFile.writer(magic: Self.magic)
        // Strings, numbers and arrays only: encoding cannot fail.
        try! BinaryCoder.encode(self, into: &writer)
        return CacheFile.seal(writer)
    }

    /// Reads ``encoded()`` output; nil for another format or damaged bytes.
    init?(bytes: [UInt8]) {
        guard var reader = CacheFile.open(bytes: bytes, magic: Self.magic),
              let snapshot = try? BinaryCoder.decode(DeckSnapshot.self, from: &reader), reader.isAtEnd else { return nil }
        self = snapshot
    }
}
