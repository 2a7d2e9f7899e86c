import Foundation

/// What a typed answer is scored against, precomputed as plain data: each key point (and each
/// of its alternatives) as weighted content words with their synonyms, and each never-say
/// phrase as folded text and word senses. The matching step (``AnswerScorer``) only looks
/// these up in the answer, so it can be ported (to the browser) without the language layer.
public struct ScoringPlan: Sendable, Codable, Equatable {
    public var keyPoints: [KeyPointPlan]
    public var avoid: [PhrasePlan]

    public init(keyPoints: [KeyPointPlan], avoid: [PhrasePlan]) {
        self.keyPoints = keyPoints
        self.avoid = avoid
    }

    /// The plan of a card's key points (with alternatives) and never-say phrases. Plans of
    /// many cards in one language can share `concepts`, so a word's plan is made once.
    public init(keyPoints: [String], alternatives: [[String]] = [], avoid: [String], language: Language,
                concepts: ConceptPlanCache? = nil) {
        self.keyPoints = keyPoints.enumerated().map { number, point in
            let others = number < alternatives.count ? alternatives[number] : []
            func way(_ text: String, isAlternative: Bool) -> WayPlan {
                concepts?.way(text, isAlternative: isAlternative, language: language)
                    ?? WayPlan(text, isAlternative: isAlternative, language: language, concepts: nil)
            }
            return KeyPointPlan(text: point, ways: [way(point, isAlternative: false)] + others.map { way($0, isAlternative: true) })
        }
        let said = Set(self.keyPoints.flatMap(\.ways).flatMap(\.concepts).flatMap { language.senses(of: $0.word) })
        self.avoid = avoid.map { PhrasePlan($0, keyPointSenses: said, language: language) }
    }

    /// The plan of a card's key points (with their alternatives) and never-say phrases, as
    /// `playbook score` and the drill score typed answers to it; `language` is the playbook's
    /// (``Language/init(playbook:)``).
    public init(card: Card, language: Language, concepts: ConceptPlanCache? = nil) {
        self.init(keyPoints: card.keyPoints, alternatives: card.keyPointAlternatives, avoid: card.avoid, language: language,
                  concepts: concepts)
    }
}

/// Concept plans by word and key points' ways by text, for the plans of many cards in one
/// language: each depends only on its text and the language (cards of one playbook repeat key
/// points such as 认同感受). Safe to share between threads.
public final class ConceptPlanCache: @unchecked Sendable {
    private let lock = NSLock()
    private var plans: [String: ConceptPlan] = [:]
    private var ways: [String: WayPlan] = [:]

    func way(_ text: String, isAlternative: Bool, language: Language) -> WayPlan {
        let key = (isAlternative ? "1" : "0") + text
        if let way = lock.withLock({ ways[key] }) { return way }
        let way = WayPlan(text, isAlternative: isAlternative, language: language, concepts: self)
        lock.withLock { ways[key] = way }
        return way
    }

    public init() {}

    func plan(_ word: String, language: Language) -> ConceptPlan {
        if let plan = lock.withLock({ plans[word] }) { return plan }
        let plan = ConceptPlan(word, language: language)
        lock.withLock { plans[word] = plan }
        return plan
    }
}

/// One key point: the ways of saying it (the point itself first, then its alternatives).
public struct KeyPointPlan: Sendable, Codable, Equatable {
    /// The key point as written, for display.
    public var text: String
    public var ways: [WayPlan]
}

/// One way of saying a key point: its folded text and content words.
public struct WayPlan: Sendable, Codable, Equatable {
    /// The folded text (an answer containing it says the point verbatim).
    public var folded: String
    public var isAlternative: Bool
    public var concepts: [ConceptPlan]

    init(_ text: String, isAlternative: Bool, language: Language, concepts cache: ConceptPlanCache?) {
        folded = language.fold(text)
        self.isAlternative = isAlternative
        // The customer is who the answer talks to: "理解客户感受" is said as "理解您的感受".
        concepts = language.contentWords(text)
            .filter { !language.thesaurus.groupIDs(of: $0.text).contains(WayPlan.customerGroup) }
            .map { cache?.plan($0.text, language: language) ?? ConceptPlan($0.text, language: language) }
    }

    static let customerGroup = "sales:customer"
}

/// A content word of a key point, what may stand for it in an answer, and how much it counts.
public struct ConceptPlan: Sendable, Codable, Equatable {
    public var word: String
    /// Rarer words count more: a shared rare word says more than a shared common one.
    public var weight: Double
    /// Words of the same sense, each with the ID of the synonym group that says so.
    public var synonyms: [SynonymPlan]
    /// Toneless readings of each character, for homophone slips (empty when unknown).
    public var readings: [[String]]
    /// The content words the word is made of (可查 → 查, 不收 → 不 收), each with its own
    /// synonyms: an answer that says most of them says the word. Empty for single characters
    /// and for parts themselves.
    public var parts: [ConceptPlan] = []

    init(_ word: String, language: Language, splitting: Bool = true) {
        self.word = word
        let instruction = language.thesaurus.groupIDs(of: word).contains { $0.hasPrefix(ConceptPlan.instructionGroup) }
        weight = ConceptPlan.weight(of: word, lexicon: language.segmenter.lexicon) * (instruction ? 1.0 / 3 : 1)
        var seen: Set<String> = [word]
        var synonyms: [SynonymPlan] = []
        for group in language.thesaurus.groups(containing: word) {
            for other in group.words where seen.insert(other).inserted {
                synonyms.append(SynonymPlan(word: other, group: group.id,
                                            ambiguous: language.thesaurus.groupIDs(of: other).count > 1))
            }
        }
        self.synonyms = synonyms
        readings = word.map { language.pinyin.readings(of: $0) }
        if splitting && word.count >= 2 {
            let pieces = language.segmenter.parts(of: word).filter { !language.isStopWord($0) }
            if pieces != [word] {
                parts = pieces.map { ConceptPlan($0, language: language, splitting: false) }
            }
        }
    }

    /// Words that tell the trainee what to do (强调, 说明, 主动, 承诺, 协助): the point is what
    /// follows them. Their groups' IDs start with this.
    static let instructionGroup = "sales:instruct"

    /// Inverse document frequency from the lexicon, between 0.3 and 3; a single character
    /// counts half (it matches too easily), a word the lexicon lacks counts as a rare one.
    static func weight(of word: String, lexicon: Lexicon) -> Double {
        let frequency = Double(lexicon.frequency(of: word) ?? 20)
        let idf = log10(Double(lexicon.total) / max(frequency, 1)) - 2
        let weight = min(max(idf, 0.5), 3)
        return word.count == 1 ? max(weight / 2, 0.3) : weight
    }
}

/// A word that may stand for a concept.
public struct SynonymPlan: Sendable, Codable, Equatable {
    public var word: String
    public var group: String
    /// The word has other senses too (回报: yield, report back), so it is weaker evidence.
    public var ambiguous: Bool
}

/// A never-say phrase: its folded characters, and its words with their senses (the word
/// itself and its synonym group IDs), for catching it reworded.
public struct PhrasePlan: Sendable, Codable, Equatable {
    /// The phrase as written, for display.
    public var text: String
    /// Folded, spaces removed.
    public var folded: String
    /// Content words, each as its senses.
    public var senses: [[String]]
    /// Whether the phrase negates (不会, 没, 别): a stretch of the answer says it only when it
    /// negates too, and a phrase without negation is not said by a negated stretch
    /// (收益其实不高 does not say 收益很高).
    public var negated: Bool
    /// For each content word, whether no key point (or alternative) of the card has its sense:
    /// an answer that says the point (国家存款保险兜底) does not say a phrase that shares its
    /// words (国家肯定会兜底的) unless it says one of the phrase's own words (肯定).
    public var distinctive: [Bool]

    init(_ text: String, keyPointSenses: Set<String> = [], language: Language) {
        self.text = text
        folded = language.fold(text).filter { !$0.isWhitespace }
        senses = language.contentWords(text).map { language.senses(of: $0.text) }
        negated = language.words(text).contains { Negation.negates($0.text) }
        distinctive = senses.map { keyPointSenses.isDisjoint(with: $0) }
    }
}
