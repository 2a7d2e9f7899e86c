import PlaybookCore

/// Finds a never-say phrase in an answer: verbatim, a few characters away, or reworded — its
/// content words (or synonyms) in order within a stretch about twice the phrase's length, with
/// words inserted between them and, for longer phrases, a word left out or changed; or all of
/// them in any order close together.
///
/// Two checks keep near-misses unflagged: the stretch must negate exactly when the phrase does
/// (收益其实不高 does not say 收益很高; 利率再降 does not say 利率不会再降了), and a reworded
/// stretch must say one of the phrase's own words when the phrase shares the others with a key
/// point (国家存款保险兜底 does not say 国家肯定会兜底的).
struct NeverSayFinder {
    let text: AnsweredText

    func find(_ phrase: PhrasePlan) -> FlaggedPhrase? {
        let pattern = Array(phrase.folded)
        guard !pattern.isEmpty, !text.compact.isEmpty else { return nil }
        if let range = SequenceMatching.find(pattern, in: text.compact) {
            return flag(phrase, .verbatim, text.originalRange(compact: range), words: [])
        }
        if pattern.count >= 4 {
            let allowed = max(1, pattern.count / 4)
            let best = SequenceMatching.bestSubstring(pattern: pattern, text: text.compact, equal: ==)
            if best.distance <= allowed {
                let start = SequenceMatching.start(pattern: pattern, text: text.compact, end: best.end, equal: ==)
                let folded = text.compactOffsets[start]..<(text.compactOffsets[best.end - 1] + 1)
                if negates(folded) == phrase.negated {
                    return flag(phrase, .variant, text.originalRange(compact: start..<best.end), words: [])
                }
            }
        }
        return reworded(phrase)
    }

    // MARK: Reworded

    private func reworded(_ phrase: PhrasePlan) -> FlaggedPhrase? {
        let count = phrase.senses.count
        guard count >= 2, !text.content.isEmpty else { return nil }
        let words = phrase.senses.map { PhraseWord(text: $0.first ?? "", senses: Set($0)) }
        var candidates: [Range<Int>] = []
        if count >= 3 { candidates += unordered(words, needed: count) }
        let best = SequenceMatching.bestSubstring(pattern: words, text: text.content, equal: PhraseWord.same)
        if best.distance <= (count >= 6 ? 2 : count >= 3 ? 1 : 0) {
            candidates.append(SequenceMatching.start(pattern: words, text: text.content, end: best.end, equal: PhraseWord.same)..<best.end)
        }
        candidates += inOrder(words, missing: count >= 7 ? 2 : count >= 4 ? 1 : 0)
        if count >= 4 { candidates += unordered(words, needed: count - 1) }
        for range in candidates {
            let matches = align(words, range)
            guard negates(foldedRange(range)) == phrase.negated,
                  !phrase.distinctive.contains(true) || matches.contains(where: { phrase.distinctive[$0.word] })
            else { continue }
            return flag(phrase, .reworded, text.originalRange(folded: foldedRange(range)),
                        words: matches.map { evidence(words[$0.word], text.content[$0.token]) })
        }
        return nil
    }

    /// Stretches (at most twice the phrase's word count) that say the phrase's words in order,
    /// starting with one of them, with up to `missing` of them left out.
    private func inOrder(_ words: [PhraseWord], missing: Int) -> [Range<Int>] {
        let window = 2 * words.count
        var found: [Range<Int>] = []
        for start in text.content.indices {
            let end = min(text.content.count, start + window)
            var position = start
            var hits: [Int] = []
            for word in words {
                guard let hit = (position..<end).first(where: { PhraseWord.same(word, text.content[$0]) }) else { continue }
                hits.append(hit)
                position = hit + 1
            }
            if hits.first == start, words.count - hits.count <= missing, let last = hits.last {
                found.append(start..<(last + 1))
            }
        }
        return found
    }

    /// Stretches of content words (at most two more than the phrase has) that say `needed` of
    /// the phrase's words in any order, starting with one of them.
    private func unordered(_ words: [PhraseWord], needed: Int) -> [Range<Int>] {
        let window = words.count + 2
        var found: [Range<Int>] = []
        for start in text.content.indices {
            let stretch = start..<min(text.content.count, start + window)
            var used: Set<Int> = []
            for wanted in words {
                if let hit = stretch.first(where: { !used.contains($0) && PhraseWord.same(wanted, text.content[$0]) }) {
                    used.insert(hit)
                }
            }
            if used.count >= needed, used.contains(start), let last = used.max() { found.append(start..<(last + 1)) }
        }
        return found
    }

    /// Which answer word says which phrase word in a stretch (each answer word once).
    private func align(_ words: [PhraseWord], _ range: Range<Int>) -> [(word: Int, token: Int)] {
        var used: Set<Int> = []
        var pairs: [(word: Int, token: Int)] = []
        for (index, word) in words.enumerated() {
            if let hit = range.first(where: { !used.contains($0) && PhraseWord.same(word, text.content[$0]) }) {
                used.insert(hit)
                pairs.append((index, hit))
            }
        }
        return pairs
    }

    // MARK: Negation

    /// Whether the words of a stretch (folded offsets), or the content word just before or
    /// after it, negate (a stretch may end before the phrase's last word: 和我们无关 for
    /// 跟我们没关系).
    private func negates(_ folded: Range<Int>) -> Bool {
        let inside = text.tokens.filter { $0.range.overlaps(folded) }
        let before = text.content.last { $0.token.range.upperBound <= folded.lowerBound }?.token
        let after = text.content.first { $0.token.range.lowerBound >= folded.upperBound }?.token
        return (inside + [before, after].compactMap { $0 }).contains { Negation.negates($0.text) }
    }

    private func foldedRange(_ range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else { return 0..<0 }
        return text.content[range.lowerBound].token.range.lowerBound..<text.content[range.upperBound - 1].token.range.upperBound
    }

    // MARK: Evidence

    private func evidence(_ word: PhraseWord, _ said: (token: Token, senses: Set<String>)) -> MatchEvidence {
        let range = text.originalRange(folded: said.token.range)
        if word.text == said.token.text {
            return MatchEvidence(keyPointWord: word.text, answerWord: said.token.text, kind: .exact, answerRange: range)
        }
        if let group = word.senses.intersection(said.senses).sorted().first {
            return MatchEvidence(keyPointWord: word.text, answerWord: said.token.text, kind: .synonym, group: group, answerRange: range)
        }
        return MatchEvidence(keyPointWord: word.text, answerWord: said.token.text, kind: .stem, answerRange: range)
    }

    private func flag(_ phrase: PhrasePlan, _ kind: FlagKind, _ range: Range<Int>, words: [MatchEvidence]) -> FlaggedPhrase {
        FlaggedPhrase(phrase: phrase.text, kind: kind, stretch: text.typed(range), answerRange: range, words: words)
    }
}

/// A content word of a never-say phrase, as matched against the answer's words.
struct PhraseWord {
    var text: String
    var senses: Set<String>

    static func same(_ word: PhraseWord, _ said: (token: Token, senses: Set<String>)) -> Bool {
        word.matches(said.token.text, senses: said.senses)
    }

    /// The same sense, or the same word with one character more or less (收 / 收费, 没 / 没有);
    /// a single character also as the head of a word of up to three (多 / 多得多, 没 / 没什么),
    /// and not a numeral (行 is not 招行, 一 is not 一般).
    func matches(_ word: String, senses other: Set<String>) -> Bool {
        if !senses.isDisjoint(with: other) { return true }
        let (short, long) = text.count < word.count ? (text, word) : (word, text)
        if short.count == 1 {
            return long.count <= 3 && long.hasPrefix(short) && !short.contains(where: ChineseNumber.isNumeral)
        }
        guard long.count == short.count + 1 else { return false }
        return long.hasPrefix(short) || long.hasSuffix(short)
    }
}
