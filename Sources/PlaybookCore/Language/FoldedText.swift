/// Text after ``TextFolder`` folding, with where each folded character came from.
///
/// Offsets are in `Character`s. Folding can change lengths (NFKC expands `㈱` to `(株)`, a
/// punctuation run becomes one space), so callers that highlight matches in the original
/// text map folded offsets back through ``origins``.
public struct FoldedText: Sendable, Hashable {
    /// The folded characters.
    public var characters: [Character]
    /// For each folded character, the offset of the original character it came from.
    public var origins: [Int]

    public init(characters: [Character], origins: [Int]) {
        self.characters = characters
        self.origins = origins
    }

    /// The folded text as a string.
    public var text: String { String(characters) }

    /// The range of original characters that folded characters `range` came from.
    public func originalRange(of range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= origins.count else { return 0..<0 }
        return origins[range.lowerBound]..<(origins[range.upperBound - 1] + 1)
    }
}
