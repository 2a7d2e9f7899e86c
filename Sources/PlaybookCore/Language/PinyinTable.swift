/// The toneless pinyin readings of Chinese characters, to catch homophone slips of a pinyin
/// input method (手序费 for 手续费, 利律 for 利率, 理才 for 理财).
///
/// Data: pypinyin (MIT) for the 6,763 characters of GB2312; see `Data/language/README.md`.
public struct PinyinTable: Sendable {
    private var readings: [Unicode.Scalar: [String]] = [:]

    /// The bundled table.
    public static let standard = PinyinTable(text: LanguageData.pinyin)

    /// Lines of `syllable characters`, such as `shou 手首守…`.
    public init(text: String) {
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: " ")
            guard parts.count == 2 else { continue }
            let syllable = String(parts[0])
            for scalar in parts[1].unicodeScalars { readings[scalar, default: []].append(syllable) }
        }
    }

    /// The readings of a character (several for a polyphone), empty when unknown.
    public func readings(of character: Character) -> [String] {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return [] }
        return readings[scalar] ?? []
    }

    /// Whether two characters are the same or share a reading.
    public func soundAlike(_ a: Character, _ b: Character) -> Bool {
        if a == b { return true }
        let first = readings(of: a)
        guard !first.isEmpty else { return false }
        return readings(of: b).contains { first.contains($0) }
    }

    /// The number of characters in the table.
    public var count: Int { readings.count }
}
