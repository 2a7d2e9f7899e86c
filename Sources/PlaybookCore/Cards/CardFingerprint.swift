
/// A hash of what a card asks and answers, to notice when its content changes.
public enum CardFingerprint {
    /// FNV-1a 64 over the card's front, back, key points, avoid list and choices, as hex.
    public static func hash(_ card: Card) -> String {
        var hash = FNV1a()
        func field(_ text: String) {
            hash.mix(text)
            hash.mix(CollectionOfOne(0x1F))
        }
        field(card.front)
        field(card.back)
        card.keyPoints.forEach(field)
        field("\u{1}")
        card.avoid.forEach(field)
        field("\u{2}")
        card.choices.forEach(field)
        for answer in card.answers { field(String(answer)) }
        return hash.hex
    }
}
