import Foundation

/// Chinese words with their frequencies, for ``WordSegmenter``.
///
/// The base is jieba's dictionary (MIT), pruned (see `Data/language/README.md`), parsed once
/// on first use and shared; words a playbook adds (titles, aliases, synonyms) sit in a small
/// overlay, so a lexicon with extra words is cheap to make.
public struct Lexicon: Sendable {
    private let base: Table
    private var extra: [String: Int] = [:]
    private var extraLongest = 0

    /// The bundled dictionary.
    public static var standard: Lexicon { Lexicon(base: Table.bundled) }

    /// A lexicon of the given words and frequencies, with `total` as the frequency total
    /// (the sum of the frequencies when nil).
    public init(frequencies: [String: Int], total: Int? = nil) {
        base = Table(frequencies: frequencies, total: total ?? frequencies.values.reduce(0, +))
    }

    private init(base: Table) {
        self.base = base
    }

    /// The frequency of a word, nil when the lexicon does not know it.
    public func frequency(of word: String) -> Int? {
        extra[word] ?? base.frequencies[word]
    }

    /// Whether the lexicon knows the word.
    public func contains(_ word: String) -> Bool { frequency(of: word) != nil }

    /// The sum of all frequencies, the denominator of a word's probability.
    public var total: Int { base.total }

    /// The length in characters of the longest word.
    public var longestWord: Int { max(base.longest, extraLongest) }

    /// The number of words.
    public var count: Int { base.frequencies.count + extra.keys.filter { base.frequencies[$0] == nil }.count }

    /// Adds a word (already folded). Without a frequency it gets one high enough for the
    /// segmenter to keep it whole rather than split it into more common words.
    public mutating func add(_ word: String, frequency: Int? = nil) {
        let length = word.count
        guard length > 0 else { return }
        let known = self.frequency(of: word) ?? 0
        let wanted = frequency ?? max(known, Lexicon.addedWordFrequency(length: length))
        extra[word] = wanted
        extraLongest = max(extraLongest, length)
    }

    /// Added words must beat the best split into common words: a word of n characters gets
    /// the frequency of a common word raised to its length.
    static func addedWordFrequency(length: Int) -> Int { 2_000 * length }

    /// The parsed word table; a final class so the bundled one is parsed once and shared.
    final class Table: Sendable {
        let frequencies: [String: Int]
        let total: Int
        let longest: Int

        init(frequencies: [String: Int], total: Int) {
            self.frequencies = frequencies
            self.total = max(total, 1)
            longest = frequencies.keys.map(\.count).max() ?? 1
        }

        static let bundled = Table(text: LanguageData.lexicon)

        /// Lines of `word frequency`; a `# total N` line gives the total. Read byte by byte: it
        /// runs on the first scored answer or search of every process.
        convenience init(text: String) {
            var frequencies: [String: Int] = [:]
            frequencies.reserveCapacity(70_000)
            var total = 0
            var text = text
            text.withUTF8 { bytes in
                var lineStart = 0
                var lastSpace = -1
                for index in 0...bytes.count {
                    let byte = index < bytes.count ? bytes[index] : UInt8(ascii: "\n")
                    if byte == UInt8(ascii: " ") { lastSpace = index; continue }
                    guard byte == UInt8(ascii: "\n") else { continue }
                    defer { lineStart = index + 1; lastSpace = -1 }
                    guard lastSpace > lineStart else { continue }
                    var value = 0
                    for digit in bytes[(lastSpace + 1)..<index] where digit >= 48 && digit <= 57 { value = value * 10 + Int(digit - 48) }
                    if bytes[lineStart] == UInt8(ascii: "#") {
                        if String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<lastSpace]), as: UTF8.self) == "# total" {
                            total = value
                        }
                        continue
                    }
                    frequencies[String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<lastSpace]), as: UTF8.self)] = value
                }
            }
            self.init(frequencies: frequencies, total: total > 0 ? total : frequencies.values.reduce(0, +))
        }
    }
}
