/// How a word of a key point was found in an answer.
public enum MatchKind: String, Sendable, Codable, Hashable {
    /// The same word.
    case exact
    /// A word of the same synonym group.
    case synonym
    /// The answer says one of the key point's alternatives.
    case alternative
    /// Most character pairs of a longer word (a word split or reworded).
    case bigram
    /// A homophone slip of a pinyin input method (手序费 for 手续费).
    case pinyin
    /// The same number in Chinese numerals (五十 for 50), or a length of time that can mean the
    /// same (一周多 for 七个工作日).
    case number
    /// The same word with characters more or fewer (收费 for a never-say phrase's 收).
    case stem
}

/// One key-point (or never-say phrase) word matched by the answer, and how.
public struct MatchEvidence: Sendable, Codable, Hashable {
    /// The word of the key point (or of the alternative, or of the never-say phrase).
    public var keyPointWord: String
    /// What the answer says for it, as folded.
    public var answerWord: String
    public var kind: MatchKind
    /// The synonym group, for ``MatchKind/synonym``.
    public var group: String?
    /// Where the answer says it: offsets in the answer's own characters.
    public var answerRange: Range<Int>

    public init(keyPointWord: String, answerWord: String, kind: MatchKind, group: String? = nil, answerRange: Range<Int>) {
        self.keyPointWord = keyPointWord
        self.answerWord = answerWord
        self.kind = kind
        self.group = group
        self.answerRange = answerRange
    }
}

/// How an answer covers one key point.
public struct KeyPointResult: Sendable, Codable, Hashable {
    public var keyPoint: String
    public var covered: Bool
    /// The share (0…1) of the key point's weighted words the answer says, for the best way.
    public var coverage: Double
    /// The alternative the answer was matched against, when it was not the point itself.
    public var alternative: String?
    public var evidence: [MatchEvidence]
}

/// How a never-say phrase was found in an answer.
public enum FlagKind: String, Sendable, Codable, Hashable {
    /// The phrase itself.
    case verbatim
    /// A few characters inserted, dropped or changed.
    case variant
    /// The same words, or their synonyms, with words inserted, a word dropped or swapped, or
    /// the order changed.
    case reworded
}

/// A never-say phrase found in an answer.
public struct FlaggedPhrase: Sendable, Codable, Hashable {
    public var phrase: String
    public var kind: FlagKind
    /// The stretch of the answer that says it, as the answer wrote it.
    public var stretch: String
    /// Where, in the answer's own characters.
    public var answerRange: Range<Int>
    /// For a reworded phrase, which answer word says which phrase word, and how.
    public var words: [MatchEvidence] = []
}
