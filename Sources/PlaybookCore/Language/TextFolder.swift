import Foundation

/// Folds text so that spellings of the same words compare equal: NFKC (full-width to
/// half-width), lower case, Traditional to Simplified with mainland phrasing (Taiwan phrases
/// through OpenCC `tw2sp`: 資訊 → 信息, 網路 → 网络; Hong Kong variants through `hk2s`), and
/// anything but letters and digits to a single space.
public struct TextFolder: Sendable {
    /// Character-level Traditional → Simplified; it leaves Simplified text alone.
    public let characterConverter: ChineseConverter?
    /// Phrase-level converters applied in order around Traditional characters.
    public let phraseConverters: [ChineseConverter]

    /// Without converters (OpenCC not installed) text is folded without changing script.
    public init(characterConverter: ChineseConverter? = ChineseConverter.toSimplified,
                phraseConverters: [ChineseConverter] = TextFolder.defaultPhraseConverters) {
        self.characterConverter = characterConverter
        self.phraseConverters = phraseConverters
    }

    /// Taiwan phrases first (their keys are Traditional), then Hong Kong variants.
    public static var defaultPhraseConverters: [ChineseConverter] {
        [ChineseConverter.fromTaiwanPhrases, ChineseConverter.fromHongKong].compactMap { $0 }
    }

    /// The shared folder with the default converters.
    public static let standard = TextFolder()

    /// The folded text: words kept, punctuation and spaces as single spaces, trimmed.
    public func fold(_ text: String) -> String {
        folded(text).text
    }

    /// The folded text with the origin of each character.
    public func folded(_ text: String) -> FoldedText {
        var compatible: [Character] = []
        var origins: [Int] = []
        for (offset, character) in text.enumerated() {
            for folded in TextFolder.compatibilityFold(character) {
                compatible.append(folded)
                origins.append(offset)
            }
        }
        let converted = convert(compatible)
        var characters: [Character] = []
        var kept: [Int] = []
        var pendingSpace = false
        for (character, origin) in zip(converted, origins) {
            if TextFolder.isWordCharacter(character) {
                if pendingSpace && !characters.isEmpty {
                    characters.append(" ")
                    kept.append(origin)
                }
                pendingSpace = false
                characters.append(character)
                kept.append(origin)
            } else {
                pendingSpace = true
            }
        }
        return FoldedText(characters: characters, origins: kept)
    }

    /// One character folded on its own (NFKC, lower case, Traditional → Simplified by
    /// character); what search indexes use when they fold code point by code point.
    public func foldCharacter(_ character: Character) -> String {
        let compatible = String(TextFolder.compatibilityFold(character))
        return characterConverter?.convert(compatible) ?? compatible
    }

    /// Simplified characters, one for each character given.
    ///
    /// The phrase converters turn Taiwan words into mainland ones (網路 → 网络, where 路 is
    /// the same in both scripts) but also rewrite some Simplified characters (么 → 幺), so
    /// their output is taken only at and next to characters that are Traditional.
    private func convert(_ characters: [Character]) -> [Character] {
        let text = String(characters)
        guard let characterConverter else { return characters }
        let simplified = Array(characterConverter.convert(text))
        guard simplified.count == characters.count else {
            return characters.map { Character(foldCharacter($0).first.map(String.init) ?? String($0)) }
        }
        let traditional = (0..<characters.count).map { simplified[$0] != characters[$0] }
        guard traditional.contains(true), !phraseConverters.isEmpty else { return simplified }
        let phrased = Array(phraseConverters.reduce(text) { $1.convert($0) })
        guard phrased.count == characters.count else { return simplified }
        return (0..<characters.count).map { index in
            let nearTraditional = traditional[max(0, index - 1)...min(characters.count - 1, index + 1)].contains(true)
            return nearTraditional ? phrased[index] : simplified[index]
        }
    }

    /// NFKC and lower case of one character (may give several characters, or none).
    static func compatibilityFold(_ character: Character) -> [Character] {
        if character.isASCII {
            return [Character(character.lowercased())]
        }
        return Array(String(character).precomposedStringWithCompatibilityMapping.lowercased())
    }

    /// Letters and digits of any script; everything else separates words.
    public static func isWordCharacter(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
