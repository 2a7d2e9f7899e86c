import PlaybookCore

/// A hash of what a card asks and answers, to notice when its content changes.
public enum CardFingerprint {
    /// FNV-1a 64 over the card's front, back, key points, avoid list and choices, as hex.
    public static func hash(_ card: Card) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        let fields = [card.front, card.back] + card.keyPoints + ["\u{1}"] + card.avoid + ["\u{2}"] + card.choices
            + card.answers.map(String.init)
        for field in fields {
            for byte in field.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
            hash ^= 0x1F
            hash = hash &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
