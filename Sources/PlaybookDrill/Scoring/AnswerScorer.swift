/// Scores a typed answer against a card's key points and never-say phrases.
///
/// A key point is covered when the answer says it verbatim, or says most of it: the mean of
/// the share of the key point's character bigrams and the share of its characters found in
/// the answer reaches `coverageThreshold`. Bigrams reward the same words in the same order;
/// characters reward the same words split up or paraphrased around ("致歉…认同感受" said as
/// "道歉…理解您的感受" after synonym folding). Chinese has no spaces, so characters and
/// their bigrams stand in for words.
///
/// A never-say phrase is flagged when some stretch of the answer is within a small edit
/// distance of it (a word inserted, dropped or swapped), or shares nearly all of its bigrams;
/// a flagged answer scores 0 whatever else it covers.
public struct AnswerScorer: Sendable {
    public var normalizer: TextNormalizer
    /// Coverage a key point needs to count (0…1), see the type's documentation.
    public var coverageThreshold: Double = 0.5
    /// Share of a never-say phrase's bigrams that flags an answer.
    public var avoidThreshold: Double = 0.75

    public init(normalizer: TextNormalizer = TextNormalizer()) {
        self.normalizer = normalizer
    }

    public struct Result: Sendable, Equatable {
        /// For each key point, whether the answer covers it.
        public var covered: [Bool]
        /// The never-say phrases the answer contains (or nearly does).
        public var flagged: [String]
        /// 0–100: the share of key points covered, or 0 when a phrase is flagged.
        public var score: Int

        public var isFlagged: Bool { !flagged.isEmpty }
    }

    public func score(answer: String, keyPoints: [String], avoid: [String]) -> Result {
        let text = normalizer.normalize(answer)
        let textBigrams = Set(AnswerScorer.bigrams(text))
        let textUnits = Set(text)
        let covered = keyPoints.map { covers(text, textBigrams, textUnits, normalizer.normalize($0)) }
        let flagged = avoid.filter { says(text, textBigrams, normalizer.normalize($0)) }
        let share = keyPoints.isEmpty ? 0 : Double(covered.filter { $0 }.count) / Double(keyPoints.count)
        let score = flagged.isEmpty ? Int((share * 100).rounded()) : 0
        return Result(covered: covered, flagged: flagged, score: score)
    }

    /// The rating to suggest for a score: Again below 40, Hard below 70, Good below 100, Easy at 100.
    public static func suggestedRating(for result: Result) -> Rating {
        if result.isFlagged || result.score < 40 { return .again }
        if result.score < 70 { return .hard }
        if result.score < 100 { return .good }
        return .easy
    }

    private func covers(_ text: [String], _ textBigrams: Set<String>, _ textUnits: Set<String>, _ point: [String]) -> Bool {
        guard !point.isEmpty else { return false }
        if AnswerScorer.contains(text, point) { return true }
        let pointBigrams = AnswerScorer.bigrams(point)
        guard pointBigrams.count >= 2 else { return false }
        let bigramRecall = Double(pointBigrams.filter { textBigrams.contains($0) }.count) / Double(pointBigrams.count)
        let units = Set(point)
        let unitRecall = Double(units.filter { textUnits.contains($0) }.count) / Double(units.count)
        return (bigramRecall + unitRecall) / 2 >= coverageThreshold
    }

    private func says(_ text: [String], _ textBigrams: Set<String>, _ phrase: [String]) -> Bool {
        guard !phrase.isEmpty, !text.isEmpty else { return false }
        if AnswerScorer.contains(text, phrase) { return true }
        let length = phrase.count
        // Short phrases must match exactly; longer ones tolerate a few edits.
        guard length >= 4 else { return false }
        let allowed = max(1, length / 4)
        if AnswerScorer.bestSubstringDistance(pattern: phrase, text: text) <= allowed { return true }
        let phraseBigrams = AnswerScorer.bigrams(phrase)
        let hits = phraseBigrams.filter { textBigrams.contains($0) }.count
        return phraseBigrams.count >= 4 && Double(hits) / Double(phraseBigrams.count) >= avoidThreshold
    }

    static func bigrams(_ units: [String]) -> [String] {
        guard units.count >= 2 else { return units }
        return (0..<(units.count - 1)).map { units[$0] + "|" + units[$0 + 1] }
    }

    /// Whether `part` occurs in `units` as a contiguous run.
    static func contains(_ units: [String], _ part: [String]) -> Bool {
        guard !part.isEmpty, part.count <= units.count else { return part.isEmpty }
        return (0...(units.count - part.count)).contains { start in units[start..<(start + part.count)].elementsEqual(part) }
    }

    /// The smallest edit distance between `pattern` and any run of `text` (Sellers).
    static func bestSubstringDistance<T: Equatable>(pattern: [T], text: [T]) -> Int {
        var previous = Array(0...pattern.count)
        var best = previous[pattern.count]
        for unit in text {
            var current = [0] + Array(repeating: 0, count: pattern.count)
            for i in 1...pattern.count {
                let cost = pattern[i - 1] == unit ? 0 : 1
                current[i] = min(previous[i] + 1, current[i - 1] + 1, previous[i - 1] + cost)
            }
            best = min(best, current[pattern.count])
            previous = current
        }
        return best
    }
}
