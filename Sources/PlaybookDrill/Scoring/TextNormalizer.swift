import Foundation
import PlaybookCore

/// Folds text for comparing answers: full-width to half-width, lower case, Traditional to
/// Simplified (OpenCC), synonyms to one form, punctuation dropped; then splits it into units,
/// one per CJK character and one per Latin word, so "我行的資金，很安全！" and "我行的资金很安全"
/// compare equal and English is compared word by word.
public struct TextNormalizer: Sendable {
    /// Groups of words that mean the same; every word folds to the group's first.
    public let synonyms: [[String]]
    private let converter: ChineseConverter?
    private let replacements: [(String, String)]

    /// Common equivalents in bank sales talk. A playbook can add its own.
    public static let defaultSynonyms: [[String]] = [
        ["我行", "本行", "我们银行", "我们行", "咱们银行", "我们"],
        ["客户", "顾客", "您"],
        ["手续费", "费用", "收费"],
        ["利率", "利息"],
        ["网点", "营业网点", "支行"],
        ["手机银行", "手机客户端"],
        ["理解", "认同", "明白", "体谅"],
        ["道歉", "致歉", "抱歉", "对不起", "不好意思"],
        ["安全", "稳妥"],
    ]

    public init(synonyms: [[String]] = TextNormalizer.defaultSynonyms, converter: ChineseConverter? = ChineseConverter.toSimplified) {
        self.converter = converter
        self.synonyms = synonyms
        // Longer words first, so "我们银行" is replaced before "我们".
        var pairs: [(String, String)] = []
        for group in synonyms {
            guard let canonical = group.first.map({ TextNormalizer.pad(TextNormalizer.fold($0, converter: converter)) }) else {
                continue
            }
            for word in group.dropFirst() {
                let folded = TextNormalizer.pad(TextNormalizer.fold(word, converter: converter))
                if !folded.trimmingCharacters(in: .whitespaces).isEmpty && folded != canonical { pairs.append((folded, canonical)) }
            }
        }
        replacements = pairs.sorted { $0.0.count > $1.0.count }
    }

    /// Latin words are matched whole: " app " must not match inside " apply ".
    private static func pad(_ word: String) -> String {
        word.allSatisfy { $0.isASCII } ? " \(word) " : word
    }

    /// The comparable units of `text`: CJK characters and Latin words.
    public func normalize(_ text: String) -> [String] {
        var folded = " " + TextNormalizer.fold(text, converter: converter) + " "
        for (word, canonical) in replacements where folded.contains(word) {
            folded = folded.replacingOccurrences(of: word, with: canonical)
        }
        return TextNormalizer.units(folded)
    }

    /// NFKC, lower case, Traditional → Simplified; anything but letters and digits becomes a
    /// space, and Latin words are padded with spaces so synonyms only replace whole words.
    static func fold(_ text: String, converter: ChineseConverter?) -> String {
        let compatible = text.precomposedStringWithCompatibilityMapping.lowercased()
        let simplified = converter?.convert(compatible) ?? compatible
        var result = ""
        var lastWasSpace = true
        for scalar in simplified.unicodeScalars {
            let keep = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if keep {
                result.unicodeScalars.append(scalar)
                lastWasSpace = false
            } else if !lastWasSpace {
                result += " "
                lastWasSpace = true
            }
        }
        return result.trimmingCharacters(in: .whitespaces)
    }

    /// Splits folded text: a run of ASCII letters and digits is one unit, any other letter is one.
    static func units(_ folded: String) -> [String] {
        var units: [String] = []
        var word = ""
        for character in folded {
            if character.isASCII, character.isLetter || character.isNumber {
                word.append(character)
                continue
            }
            if !word.isEmpty { units.append(word); word = "" }
            if !character.isWhitespace { units.append(String(character)) }
        }
        if !word.isEmpty { units.append(word) }
        return units
    }
}
