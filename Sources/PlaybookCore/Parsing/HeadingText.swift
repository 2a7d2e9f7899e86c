import Foundation

/// A heading's text split into what is shown, an explicit `{#id}`, and a key for matching
/// section names.
struct HeadingText: Sendable, Hashable {
    /// The heading as written, without a trailing `{#id}`.
    var title: String
    /// The ID from a trailing `{#id}`, if any.
    var explicitID: String?
    /// The title folded for matching: NFKC (full-width to half-width, ⑴ to (1)), lower case,
    /// leading numbering and trailing colons dropped, spaces collapsed.
    var key: String

    init(_ raw: String) {
        var text = raw.trimmingWhitespace()
        var explicitID: String?
        if text.hasSuffix("}"), let open = text.range(of: "{#", options: .backwards) {
            let id = text[open.upperBound..<text.index(before: text.endIndex)]
            if !id.isEmpty, !id.contains(where: \.isWhitespace) {
                explicitID = String(id)
                text = String(text[..<open.lowerBound]).trimmingWhitespace()
            }
        }
        self.title = text
        self.explicitID = explicitID
        self.key = HeadingText.matchingKey(text)
    }

    static func matchingKey(_ text: String) -> String {
        if isFolded(text) { return text }
        // Circled numbers (①, ⑴ is handled by NFKC) would fold to a bare digit glued to the text.
        let uncircled = text.drop { (0x2460...0x2473).contains($0.unicodeScalars.first!.value)
            || (0x2776...0x2793).contains($0.unicodeScalars.first!.value) }
        var folded = String(uncircled).compatibilityFolded().lowercased()
        folded = dropLeadingNumber(folded)
        while let last = folded.last, last == ":" || last == "：" || last == "." || last == "。" {
            folded.removeLast()
        }
        return folded.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// True when folding would not change `text`: nothing NFKC, case folding or space
    /// collapsing touches, no leading number and no trailing colon. Most headings and item
    /// names are plain Chinese, and the full fold is slow.
    private static func isFolded(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return false }
        if first.properties.numericType != nil || chineseNumeralScalars.contains(first) || "(（【[第".unicodeScalars.contains(first) {
            return false
        }
        if ":：.。".unicodeScalars.contains(last) { return false }
        return scalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x21...0x40, 0x5B...0x7E: return true          // printable ASCII but capitals and space
            case 0x3001...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF: return true  // CJK punctuation and ideographs
            default: return false
            }
        }
    }

    private static let chineseNumeralScalars = Set("零〇一二三四五六七八九十百千两".unicodeScalars)
    private static let chineseNumerals: Set<Character> = Set("零〇一二三四五六七八九十百千两")
    private static let closers: Set<Character> = [".", "、", ")", "）", "．", ":", "：", "】", "]"]

    /// Drops `1.`, `1.2`, `1、`, `一、`, `(一)`, `（1）`, `第一章` and the like.
    static func dropLeadingNumber(_ text: String) -> String {
        var rest = Substring(text.trimmingWhitespace())
        let openers: Set<Character> = ["(", "（", "【", "["]
        let opened = rest.first.map { openers.contains($0) } ?? false
        var candidate = opened ? rest.dropFirst() : rest
        var sawDi = false
        if candidate.first == "第" {
            sawDi = true
            candidate = candidate.dropFirst()
        }
        let digits = candidate.prefix { $0.isASCII && $0.isNumber || chineseNumerals.contains($0) }
        guard !digits.isEmpty else { return text }
        candidate = candidate.dropFirst(digits.count)
        // Dotted numbers: 1.2.3
        while candidate.first == ".", let next = candidate.dropFirst().first, next.isASCII, next.isNumber {
            candidate = candidate.dropFirst().drop { $0.isASCII && $0.isNumber }
        }
        if sawDi, let unit = candidate.first, "章节部分条條篇".contains(unit) {
            candidate = candidate.dropFirst()
            if candidate.first == "分" { candidate = candidate.dropFirst() }
        }
        if let first = candidate.first, closers.contains(first) {
            candidate = candidate.dropFirst()
        } else if opened || !(sawDi || candidate.first?.isWhitespace == true) {
            // "3D 安全" or "一站式" are words, not numbering.
            return text
        }
        rest = candidate
        let result = rest.trimmingWhitespace()
        return result.isEmpty ? text : result
    }
}

extension String {
    /// NFKC (full-width letters to ASCII, ⑴ to (1) …), skipped for text that has no
    /// character NFKC would change: plain ASCII and ordinary CJK, which is nearly all of it.
    func compatibilityFolded() -> String {
        let needsFolding = unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0..<0xA0, 0x3040..<0x3200, 0x3400..<0xA000, 0xAC00..<0xD7B0: return false
            default: return true
            }
        }
        return needsFolding ? precomposedStringWithCompatibilityMapping : self
    }
}
