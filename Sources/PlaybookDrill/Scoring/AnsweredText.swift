import PlaybookCore

/// A typed answer prepared for matching: folded, segmented, with the senses of its words and
/// a way back to the characters the trainee typed.
struct AnsweredText {
    let original: [Character]
    let folded: FoldedText
    /// The folded characters without spaces, and the folded offset of each.
    let compact: [Character]
    let compactOffsets: [Int]
    let tokens: [Token]
    /// The content words (stop words dropped), each with its senses.
    let content: [(token: Token, senses: Set<String>)]
    let words: Set<String>
    /// Numbers written in Chinese numerals, as Arabic digits, with their compact ranges.
    let numbers: [(digits: String, range: Range<Int>)]
    /// Lengths of time (一周多, 七个工作日), with their compact ranges.
    let timeSpans: [TimeSpan]

    init(_ answer: String, language: Language) {
        original = Array(answer)
        folded = language.folder.folded(answer)
        var compact: [Character] = []
        var offsets: [Int] = []
        for (offset, character) in folded.characters.enumerated() where !character.isWhitespace {
            compact.append(character)
            offsets.append(offset)
        }
        self.compact = compact
        compactOffsets = offsets
        tokens = language.segmenter.segment(folded.characters)
        content = tokens.filter { !language.isStopWord($0.text) }
            .map { ($0, Set(language.senses(of: $0.text))) }
        words = Set(tokens.map(\.text))
        numbers = ChineseNumber.numbers(in: compact).map { (String($0.value), $0.range) }
        timeSpans = TimeSpan.spans(in: compact)
    }

    /// Where a folded word occurs: as a word for single characters, anywhere for longer ones.
    func find(_ word: String) -> Range<Int>? {
        if word.count == 1 {
            return tokens.first { $0.text == word }.map { originalRange(folded: $0.range) }
        }
        return SequenceMatching.find(Array(word.filter { !$0.isWhitespace }), in: compact).map(originalRange(compact:))
    }

    /// Original character offsets of a range of folded offsets.
    func originalRange(folded range: Range<Int>) -> Range<Int> {
        folded.originalRange(of: range)
    }

    /// Original character offsets of a range of compact offsets.
    func originalRange(compact range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else { return 0..<0 }
        return folded.originalRange(of: compactOffsets[range.lowerBound]..<(compactOffsets[range.upperBound - 1] + 1))
    }

    /// What the trainee typed in a range of original offsets.
    func typed(_ range: Range<Int>) -> String {
        guard range.lowerBound >= 0, range.upperBound <= original.count else { return "" }
        return String(original[range])
    }

    /// The folded text in a range of compact offsets.
    func compactText(_ range: Range<Int>) -> String { String(compact[range]) }
}
