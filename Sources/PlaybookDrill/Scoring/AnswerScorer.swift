import PlaybookCore

/// Scores a typed answer against a card's key points and never-say phrases.
///
/// A key point is covered when the answer says it in substance: verbatim, or one of its
/// alternatives verbatim, or enough of its content words (weighted by rarity, see
/// ``ConceptPlan``) — each said as is, as a synonym from the thesaurus, as a homophone slip,
/// or for longer words through most of their character pairs. Stop words, polite formulas and
/// an apology alone cover nothing they do not name.
///
/// A never-say phrase is flagged when the answer says it, or a stretch a few characters away
/// from it, or its content words (or synonyms) with words inserted, dropped or swapped, unless
/// the stretch flips its meaning by negation (see ``NeverSayFinder``); a flagged answer scores
/// 0 whatever else it covers.
public struct AnswerScorer: Sendable {
    public var language: Language
    /// The share of a key point's weighted words an answer must say (0…1).
    public var coverageThreshold = 0.5
    /// The share that suffices when the answer says two or more of the point's words: a point
    /// of several ideas said through one word (理解您 for 理解客户感受) needs the full share.
    public var severalWordsThreshold = 0.45

    public init(language: Language = .standard) {
        self.language = language
    }

    public struct Result: Sendable, Equatable, Codable {
        /// For each key point, whether the answer covers it.
        public var covered: [Bool] { keyPoints.map(\.covered) }
        /// The never-say phrases the answer says (or nearly does).
        public var flagged: [String] { flags.map(\.phrase) }
        /// 0–100: the share of key points covered, or 0 when a phrase is flagged.
        public var score: Int
        /// Per key point: covered or not, and the evidence.
        public var keyPoints: [KeyPointResult]
        /// The never-say phrases found, with the stretch of the answer that says each.
        public var flags: [FlaggedPhrase]
        /// The answer's content words as the scorer read them (folded, segmented, no stop words).
        public var answerWords: [String] = []

        public var isFlagged: Bool { !flags.isEmpty }

        /// The trainer's rubric: at least two key points and at least half of them covered,
        /// and no never-say phrase (or close variant).
        public var passes: Bool {
            let count = covered.filter { $0 }.count
            return !isFlagged && count >= 2 && count * 2 >= keyPoints.count
        }
    }

    /// The plan for some key points (with alternatives) and never-say phrases.
    public func plan(keyPoints: [String], alternatives: [[String]] = [], avoid: [String]) -> ScoringPlan {
        ScoringPlan(keyPoints: keyPoints, alternatives: alternatives, avoid: avoid, language: language)
    }

    public func score(answer: String, keyPoints: [String], alternatives: [[String]] = [], avoid: [String]) -> Result {
        score(answer: answer, plan: plan(keyPoints: keyPoints, alternatives: alternatives, avoid: avoid))
    }

    public func score(answer: String, plan: ScoringPlan) -> Result {
        let text = AnsweredText(answer, language: language)
        let points = plan.keyPoints.map { cover($0, text) }
        let finder = NeverSayFinder(text: text)
        let flags = plan.avoid.compactMap(finder.find)
        let share = points.isEmpty ? 0 : Double(points.filter(\.covered).count) / Double(points.count)
        return Result(score: flags.isEmpty ? Int((share * 100).rounded()) : 0, keyPoints: points, flags: flags,
                      answerWords: text.content.map(\.token.text))
    }

    /// The rating to suggest for a score: Again below 40, Hard below 70, Good below 100, Easy at 100.
    public static func suggestedRating(for result: Result) -> Rating {
        if result.isFlagged || result.score < 40 { return .again }
        if result.score < 70 { return .hard }
        if result.score < 100 { return .good }
        return .easy
    }

    // MARK: Key points

    private func cover(_ point: KeyPointPlan, _ text: AnsweredText) -> KeyPointResult {
        var best: KeyPointResult?
        for way in point.ways {
            let result = cover(way, of: point.text, text)
            if best == nil || (result.covered && !best!.covered) || (result.covered == best!.covered && result.coverage > best!.coverage) {
                best = result
            }
            if result.covered && result.coverage >= 1 { break }
        }
        return best ?? KeyPointResult(keyPoint: point.text, covered: false, coverage: 0, alternative: nil, evidence: [])
    }

    private func cover(_ way: WayPlan, of point: String, _ text: AnsweredText) -> KeyPointResult {
        let alternative = way.isAlternative ? way.folded : nil
        if way.folded.count >= 2, let range = text.find(way.folded) {
            let evidence = MatchEvidence(keyPointWord: way.folded, answerWord: way.folded,
                                         kind: way.isAlternative ? .alternative : .exact, answerRange: range)
            return KeyPointResult(keyPoint: point, covered: true, coverage: 1, alternative: alternative, evidence: [evidence])
        }
        var total = 0.0
        var matched = 0.0
        var longWordMatched = false
        var conceptsMatched = 0
        var wordMatched = false  // a length of time alone covers no point
        var evidence: [MatchEvidence] = []
        let spans = TimeSpan.spans(in: Array(way.folded.filter { !$0.isWhitespace }))
        for concept in way.concepts {
            total += concept.weight
            let said = self.match(concept, text)
            if said != nil { wordMatched = true }
            if said != nil || timeSpan(concept, of: way, spans, text) != nil { conceptsMatched += 1 }
            guard let (matches, share) = said ?? timeSpan(concept, of: way, spans, text) else { continue }
            matched += concept.weight * share
            if concept.word.count >= 2 || matches.contains(where: { $0.answerWord.count >= 2 }) { longWordMatched = true }
            evidence += matches
        }
        let hasLongWord = way.concepts.contains { $0.word.count >= 2 }
        let coverage = total > 0 ? matched / total : 0
        let threshold = conceptsMatched >= 2 ? severalWordsThreshold : coverageThreshold
        let covered = total > 0 && wordMatched && coverage >= threshold && (longWordMatched || !hasLongWord)
        return KeyPointResult(keyPoint: point, covered: covered, coverage: (coverage * 1000).rounded() / 1000,
                              alternative: alternative, evidence: evidence)
    }

    /// How the answer says one concept, and the share of its weight that earns.
    private func match(_ concept: ConceptPlan, _ text: AnsweredText) -> ([MatchEvidence], Double)? {
        if let (evidence, share) = matchWhole(concept, text) { return ([evidence], share) }
        return parts(concept, text) ?? bigrams(concept, text).map { ([$0.0], $0.1) }
    }

    /// The concept said as a whole: as is, as a synonym, as a number or as a homophone slip.
    private func matchWhole(_ concept: ConceptPlan, _ text: AnsweredText) -> (MatchEvidence, Double)? {
        if let range = text.find(concept.word) {
            return (MatchEvidence(keyPointWord: concept.word, answerWord: concept.word, kind: .exact, answerRange: range), 1)
        }
        for synonym in concept.synonyms {
            if let range = text.find(synonym.word) {
                return (MatchEvidence(keyPointWord: concept.word, answerWord: synonym.word, kind: .synonym,
                                      group: synonym.group, answerRange: range), synonym.ambiguous ? 0.5 : 1)
            }
        }
        if let number = text.numbers.first(where: { $0.digits == concept.word }) {
            return (MatchEvidence(keyPointWord: concept.word, answerWord: text.compactText(number.range), kind: .number,
                                  answerRange: text.originalRange(compact: number.range)), 1)
        }
        if let found = homophone(concept, text) { return (found, 1) }
        return nil
    }

    /// A word of a length of time in the point (七个 and 工作日 of 七个工作日) said as a length
    /// that can mean the same (一周多): each word of the point's phrase counts.
    private func timeSpan(_ concept: ConceptPlan, of way: WayPlan, _ spans: [TimeSpan],
                          _ text: AnsweredText) -> ([MatchEvidence], Double)? {
        let characters = Array(way.folded.filter { !$0.isWhitespace })
        for span in spans where String(characters[span.range]).contains(concept.word) {
            guard let said = text.timeSpans.first(where: span.overlaps) else { continue }
            return ([MatchEvidence(keyPointWord: concept.word, answerWord: text.compactText(said.range), kind: .number,
                                   answerRange: text.originalRange(compact: said.range))], 1)
        }
        return nil
    }

    /// A compound said through its parts (可查 as 查到, 不收违约金 as 没有…罚金): the weighted
    /// share of its parts the answer says, when that is at least half.
    private func parts(_ concept: ConceptPlan, _ text: AnsweredText) -> ([MatchEvidence], Double)? {
        guard !concept.parts.isEmpty else { return nil }
        var total = 0.0
        var matched = 0.0
        var evidence: [MatchEvidence] = []
        for part in concept.parts {
            total += part.weight
            guard let (found, share) = matchWhole(part, text) else { continue }
            matched += part.weight * share
            evidence.append(found)
        }
        guard total > 0, matched / total >= 0.5 else { return nil }
        return (evidence, matched / total)
    }

    /// A stretch of the answer that sounds like the word, sharing at least one character.
    private func homophone(_ concept: ConceptPlan, _ text: AnsweredText) -> MatchEvidence? {
        let word = Array(concept.word)
        guard word.count >= 2, concept.readings.allSatisfy({ !$0.isEmpty }), text.compact.count >= word.count else { return nil }
        for start in 0...(text.compact.count - word.count) {
            var same = 0
            var alike = true
            for offset in 0..<word.count {
                let typed = text.compact[start + offset]
                if typed == word[offset] { same += 1; continue }
                let readings = language.pinyin.readings(of: typed)
                if !readings.contains(where: concept.readings[offset].contains) { alike = false; break }
            }
            if alike && same >= 1 && same < word.count {
                let range = start..<(start + word.count)
                return MatchEvidence(keyPointWord: concept.word, answerWord: text.compactText(range), kind: .pinyin,
                                     answerRange: text.originalRange(compact: range))
            }
        }
        return nil
    }

    /// For words of three or more characters: the share of their character pairs the answer has.
    private func bigrams(_ concept: ConceptPlan, _ text: AnsweredText) -> (MatchEvidence, Double)? {
        let word = Array(concept.word)
        guard word.count >= 3 else { return nil }
        var found: [Range<Int>] = []
        for i in 0..<(word.count - 1) {
            if let range = SequenceMatching.find([word[i], word[i + 1]], in: text.compact) { found.append(range) }
        }
        let share = Double(found.count) / Double(word.count - 1)
        guard share >= 0.5, let first = found.first else { return nil }
        return (MatchEvidence(keyPointWord: concept.word, answerWord: text.compactText(first), kind: .bigram,
                              answerRange: text.originalRange(compact: first)), share)
    }
}
