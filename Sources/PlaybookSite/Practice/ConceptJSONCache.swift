import PlaybookCore

/// Concepts' plans and JSON by word, for the cards of one language (a concept depends only on
/// its word and the language).
final class ConceptJSONCache: Sendable {
    let plans = ConceptPlanCache()
    private let texts = Locked([String: String]())

    func json(_ concept: ConceptPlan) -> String {
        if let text = texts.withLock({ $0[concept.word] }) { return text }
        let text = PracticeCardJSON.concept(concept)
        texts.withLock { $0[concept.word] = text }
        return text
    }
}
