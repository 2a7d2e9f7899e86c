import PlaybookCore

/// What the drill needs from a playbook (its title, locale, drill settings and cards), as read
/// from content whose files had the fingerprint `inputs`. Loading it skips parsing Markdown.
public struct DeckSnapshot: Sendable, Equatable {
    public var inputs: String
    /// The content files' stamps when `inputs` was computed, so the next fingerprint reads only
    /// files that changed.
    public var stamps: [InputFingerprint.FileStamp]
    public var title: String
    public var locale: PlaybookLocale
    public var drill: DrillSettings
    public var cards: [Card]
    /// Each card's ``CardFingerprint``, in card order (kept so a session need not hash them again).
    public var contentHashes: [String]

    public init(inputs: String, stamps: [InputFingerprint.FileStamp] = [], title: String, locale: PlaybookLocale,
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

    public init(inputs: String, stamps: [InputFingerprint.FileStamp], playbook: Playbook) {
        self.init(inputs: inputs, stamps: stamps, title: playbook.settings.title, locale: playbook.settings.locale,
                  drill: playbook.settings.drill, cards: playbook.cards)
    }

    /// Bumped whenever the layout below changes, so older cache files are ignored.
    static let formatVersion = 3
    private static let magic = "playbook-deck"

    func encoded() -> [UInt8] {
        var writer = BinaryWriter()
        writer.write(Self.magic)
        writer.write(Self.formatVersion)
        writer.write(inputs)
        writer.write(stamps) { writer, stamp in writer.write(stamp) }
        writer.write(title)
        writer.write(locale.rawValue)
        writer.write(drill.newPerSession)
        writer.write(drill.desiredRetention)
        writer.write(drill.learningSteps)
        writer.write(drill.relearningSteps)
        writer.write(cards.count)
        for (card, hash) in zip(cards, contentHashes) {
            writer.write(hash)
            writer.write(card.id)
            writer.write(card.kind.rawValue)
            writer.write(card.front)
            writer.write(card.back)
            writer.write(card.hint)
            writer.write(card.choices)
            writer.write(card.answers)
            writer.write(card.keyPoints)
            writer.write(card.avoid)
            writer.write(card.tags)
            writer.write(card.category)
            writer.write(card.products)
            writer.write(card.competitors)
            writer.write(card.source.path)
            writer.write(card.source.line)
        }
        return writer.bytes
    }

    /// Reads ``encoded()`` output; nil for another format version or damaged bytes.
    init?(bytes: [UInt8]) {
        var reader = BinaryReader(bytes)
        do throws(BinaryReader.Damaged) {
            guard try reader.string() == Self.magic, try reader.int() == Self.formatVersion else { return nil }
            inputs = try reader.string()
            stamps = try reader.array { (reader: inout BinaryReader) throws(BinaryReader.Damaged) in try reader.fileStamp() }
            title = try reader.string()
            guard let locale = PlaybookLocale(rawValue: try reader.string()) else { return nil }
            self.locale = locale
            drill = DrillSettings()
            drill.newPerSession = try reader.int()
            drill.desiredRetention = try reader.double()
            drill.learningSteps = try reader.ints()
            drill.relearningSteps = try reader.ints()
            let count = try reader.count()
            cards = []
            contentHashes = []
            cards.reserveCapacity(count)
            contentHashes.reserveCapacity(count)
            for _ in 0..<count {
                contentHashes.append(try reader.string())
                let id = try reader.string()
                guard let kind = CardKind(rawValue: try reader.string()) else { return nil }
                cards.append(Card(
                    id: id, kind: kind, front: try reader.string(), back: try reader.string(), hint: try reader.string(),
                    choices: try reader.strings(), answers: try reader.ints(), keyPoints: try reader.strings(),
                    avoid: try reader.strings(), tags: try reader.strings(), category: try reader.optionalString(),
                    products: try reader.strings(), competitors: try reader.strings(),
                    source: SourceReference(path: try reader.string(), line: try reader.int())))
            }
            guard reader.isAtEnd else { return nil }
        } catch {
            return nil
        }
    }
}
