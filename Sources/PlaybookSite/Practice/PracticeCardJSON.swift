import PlaybookCore

/// A card as the practice page's shards hold it: a JSON object of its text and, when it has
/// key points, the scoring plan a typed answer is scored against.
///
/// The plan is ``ScoringPlan`` as `PlaybookScorer.score(plan, answer, language)` in
/// `assets/practice/scorer.js` reads it: every field it reads, and nothing else — fields
/// that are false or empty where the scorer treats a missing one the same (`isAlternative`,
/// `ambiguous`, `parts`) are left out. Strings are quoted safe for a script element.
///
/// A concept's plan depends only on its word and the language, and the same words come back
/// in card after card (认同, 费用 …, each with dozens of synonyms): concepts are kept apart
/// (``SharedJSON``) so that a shard holds each once.
enum PracticeCardJSON {
    /// The card's object: `id`, `front`, `back`, `hint`, `choices`, `answers`, `keyPoints`,
    /// `avoid`, `page` (site-relative) and `plan` (null without key points).
    static func object(_ card: Card, page: String, language: Language, concepts: ConceptJSONCache? = nil) -> SharedJSON {
        var json = SharedJSON("{" + [
            field("id", quote(card.id)), field("front", quote(card.front)), field("back", quote(card.back)),
            field("hint", quote(card.hint)), field("choices", strings(card.choices)),
            field("answers", "[" + card.answers.map(String.init).joined(separator: ",") + "]"),
            field("keyPoints", strings(card.keyPoints)), field("avoid", strings(card.avoid)),
            field("page", quote(page)),
        ].joined(separator: ",") + ",\"plan\":")
        if card.keyPoints.isEmpty {
            json.append("null")
        } else {
            json.append(plan(ScoringPlan(card: card, language: language, concepts: concepts?.plans), concepts: concepts))
        }
        json.append("}")
        return json
    }

    /// The compact JSON of a scoring plan, its concepts set apart.
    static func plan(_ plan: ScoringPlan, concepts: ConceptJSONCache? = nil) -> SharedJSON {
        var json = SharedJSON("{\"keyPoints\":[")
        for (number, point) in plan.keyPoints.enumerated() {
            json.append((number > 0 ? "," : "") + "{" + field("text", quote(point.text)) + ",\"ways\":[")
            for (index, way) in point.ways.enumerated() {
                json.append((index > 0 ? "," : "") + "{" + field("folded", quote(way.folded))
                            + (way.isAlternative ? ",\"isAlternative\":true" : "") + ",\"concepts\":[")
                for (position, concept) in way.concepts.enumerated() {
                    if position > 0 { json.append(",") }
                    json.append(shared: concepts?.json(concept) ?? self.concept(concept), key: concept.word)
                }
                json.append("]}")
            }
            json.append("]}")
        }
        json.append("]," + field("avoid", list(plan.avoid.map(phrase))) + "}")
        return json
    }

    static func concept(_ concept: ConceptPlan) -> String {
        var fields = [field("word", quote(concept.word)), field("weight", number(concept.weight)),
                      field("synonyms", list(concept.synonyms.map(synonym))),
                      field("readings", list(concept.readings.map(strings)))]
        if !concept.parts.isEmpty { fields.append(field("parts", list(concept.parts.map(self.concept)))) }
        return "{" + fields.joined(separator: ",") + "}"
    }

    private static func synonym(_ synonym: SynonymPlan) -> String {
        var fields = [field("word", quote(synonym.word)), field("group", quote(synonym.group))]
        if synonym.ambiguous { fields.append(field("ambiguous", "true")) }
        return "{" + fields.joined(separator: ",") + "}"
    }

    private static func phrase(_ phrase: PhrasePlan) -> String {
        "{" + [field("text", quote(phrase.text)), field("folded", quote(phrase.folded)),
               field("senses", list(phrase.senses.map(strings))), field("negated", phrase.negated ? "true" : "false"),
               field("distinctive", list(phrase.distinctive.map { $0 ? "true" : "false" }))].joined(separator: ",") + "}"
    }

    // MARK: JSON pieces

    static func quote(_ text: String) -> String { SearchShardScript.quote(text) }

    static func strings(_ texts: [String]) -> String { list(texts.map(quote)) }

    static func list(_ items: [String]) -> String { "[" + items.joined(separator: ",") + "]" }

    static func field(_ name: String, _ json: String) -> String { "\"\(name)\":" + json }

    /// The shortest text that reads back as the same double (integers without a fraction).
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
