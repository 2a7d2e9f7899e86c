/// A word found in folded text, with its place in it.
public struct Token: Sendable, Hashable, Codable {
    /// The word as it appears in the folded text.
    public var text: String
    /// Where it is, in `Character` offsets of the folded text.
    public var range: Range<Int>

    public init(text: String, range: Range<Int>) {
        self.text = text
        self.range = range
    }
}
