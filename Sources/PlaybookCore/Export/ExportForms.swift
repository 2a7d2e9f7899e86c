/// The JSON export's own shape of a model value, which may differ from its `Codable` form (the
/// form caches store): common front matter at the top level of each document, absent values as
/// `null`, objection files listing their objections' IDs, no resolved links.
protocol JSONExportable {
    func exportJSON(to encoder: Encoder) throws
}

/// A value encoded in its export shape.
struct ExportForm<Value: JSONExportable>: Encodable {
    let value: Value
    func encode(to encoder: Encoder) throws { try value.exportJSON(to: encoder) }
}

extension Array where Element: JSONExportable {
    var exportForm: [ExportForm<Element>] { map { ExportForm(value: $0) } }
}

extension Product: JSONExportable {
    enum ExportKeys: String, CodingKey {
        case category, competitors, summary, summaryHtml, facts, sellingPoints, buyerValues, audience
        case marketPosition, knowledge, knowledgeHtml, comparison, talkTracks, quiz, sections
    }

    func exportJSON(to encoder: Encoder) throws {
        var common = encoder.container(keyedBy: DocumentInfoKeys.self)
        try common.encodeInfo(info)
        var c = encoder.container(keyedBy: ExportKeys.self)
        try c.encode(category, forKey: .category)
        try c.encode(competitors, forKey: .competitors)
        try c.encode(summary, forKey: .summary)
        try c.encode(summaryHtml, forKey: .summaryHtml)
        try c.encode(facts, forKey: .facts)
        try c.encode(sellingPoints, forKey: .sellingPoints)
        try c.encode(buyerValues, forKey: .buyerValues)
        try c.encode(audience, forKey: .audience)
        try c.encode(marketPosition, forKey: .marketPosition)
        try c.encode(knowledge, forKey: .knowledge)
        try c.encode(knowledgeHtml, forKey: .knowledgeHtml)
        try c.encode(comparison.exportForm, forKey: .comparison)
        try c.encode(talkTracks, forKey: .talkTracks)
        try c.encode(quiz.exportForm, forKey: .quiz)
        try c.encode(sections, forKey: .sections)
    }
}

extension Competitor: JSONExportable {
    enum ExportKeys: String, CodingKey {
        case name, aliases, summary, summaryHtml, strengths, weaknesses, comparison, howToWin, quiz, sections
    }

    func exportJSON(to encoder: Encoder) throws {
        var common = encoder.container(keyedBy: DocumentInfoKeys.self)
        try common.encodeInfo(info)
        var c = encoder.container(keyedBy: ExportKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(aliases, forKey: .aliases)
        try c.encode(summary, forKey: .summary)
        try c.encode(summaryHtml, forKey: .summaryHtml)
        try c.encode(strengths, forKey: .strengths)
        try c.encode(weaknesses, forKey: .weaknesses)
        try c.encode(comparison.exportForm, forKey: .comparison)
        try c.encode(howToWin, forKey: .howToWin)
        try c.encode(quiz.exportForm, forKey: .quiz)
        try c.encode(sections, forKey: .sections)
    }
}

extension ObjectionSet: JSONExportable {
    enum ExportKeys: String, CodingKey {
        case category, products, competitors, summary, summaryHtml, objections, quiz
    }

    func exportJSON(to encoder: Encoder) throws {
        var common = encoder.container(keyedBy: DocumentInfoKeys.self)
        try common.encodeInfo(info)
        var c = encoder.container(keyedBy: ExportKeys.self)
        try c.encode(category, forKey: .category)
        try c.encode(products, forKey: .products)
        try c.encode(competitors, forKey: .competitors)
        try c.encode(summary, forKey: .summary)
        try c.encode(summaryHtml, forKey: .summaryHtml)
        try c.encode(objections.map(\.id), forKey: .objections)
        try c.encode(quiz.exportForm, forKey: .quiz)
    }
}

extension Objection: JSONExportable {
    enum ExportKeys: String, CodingKey {
        case id, fileID = "file", title, category, tags, products, competitors, customerSays, context
        case contextHtml, response, responseHtml, keyPoints, keyPointAlternatives, avoid, followUps, source
    }

    func exportJSON(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: ExportKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(fileID, forKey: .fileID)
        try c.encode(title, forKey: .title)
        try c.encode(category, forKey: .category)
        try c.encode(tags, forKey: .tags)
        try c.encode(products, forKey: .products)
        try c.encode(competitors, forKey: .competitors)
        try c.encode(customerSays, forKey: .customerSays)
        try c.encode(context, forKey: .context)
        try c.encode(contextHtml, forKey: .contextHtml)
        try c.encode(response, forKey: .response)
        try c.encode(responseHtml, forKey: .responseHtml)
        try c.encode(keyPoints, forKey: .keyPoints)
        if keyPointAlternatives.contains(where: { !$0.isEmpty }) {
            try c.encode(keyPointAlternatives, forKey: .keyPointAlternatives)
        }
        try c.encode(avoid, forKey: .avoid)
        try c.encode(followUps, forKey: .followUps)
        try c.encode(source, forKey: .source)
    }
}

extension SelfAnalysis: JSONExportable {
    enum ExportKeys: String, CodingKey {
        case summary, summaryHtml, styles, strengths, weaknesses, quiz, sections
    }

    func exportJSON(to encoder: Encoder) throws {
        var common = encoder.container(keyedBy: DocumentInfoKeys.self)
        try common.encodeInfo(info)
        var c = encoder.container(keyedBy: ExportKeys.self)
        try c.encode(summary, forKey: .summary)
        try c.encode(summaryHtml, forKey: .summaryHtml)
        try c.encode(styles, forKey: .styles)
        try c.encode(strengths, forKey: .strengths)
        try c.encode(weaknesses, forKey: .weaknesses)
        try c.encode(quiz.exportForm, forKey: .quiz)
        try c.encode(sections, forKey: .sections)
    }
}

extension Segment: JSONExportable {
    enum ExportKeys: String, CodingKey {
        case products, summary, summaryHtml, profile, needs, decisionMakers, approach, quiz, sections
    }

    func exportJSON(to encoder: Encoder) throws {
        var common = encoder.container(keyedBy: DocumentInfoKeys.self)
        try common.encodeInfo(info)
        var c = encoder.container(keyedBy: ExportKeys.self)
        try c.encode(products, forKey: .products)
        try c.encode(summary, forKey: .summary)
        try c.encode(summaryHtml, forKey: .summaryHtml)
        try c.encode(profile, forKey: .profile)
        try c.encode(needs, forKey: .needs)
        try c.encode(decisionMakers, forKey: .decisionMakers)
        try c.encode(approach, forKey: .approach)
        try c.encode(quiz.exportForm, forKey: .quiz)
        try c.encode(sections, forKey: .sections)
    }
}

extension CaseStudy: JSONExportable {
    enum ExportKeys: String, CodingKey {
        case products, segments, summary, summaryHtml, background, approach, result, quiz, sections
    }

    func exportJSON(to encoder: Encoder) throws {
        var common = encoder.container(keyedBy: DocumentInfoKeys.self)
        try common.encodeInfo(info)
        var c = encoder.container(keyedBy: ExportKeys.self)
        try c.encode(products, forKey: .products)
        try c.encode(segments, forKey: .segments)
        try c.encode(summary, forKey: .summary)
        try c.encode(summaryHtml, forKey: .summaryHtml)
        try c.encode(background, forKey: .background)
        try c.encode(approach, forKey: .approach)
        try c.encode(result, forKey: .result)
        try c.encode(quiz.exportForm, forKey: .quiz)
        try c.encode(sections, forKey: .sections)
    }
}

extension ComparisonRow: JSONExportable {
    enum ExportKeys: String, CodingKey {
        case id, dimension, entries, verdict, line
    }

    func exportJSON(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: ExportKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(dimension, forKey: .dimension)
        try c.encode(entries.exportForm, forKey: .entries)
        try c.encode(verdict, forKey: .verdict)
        try c.encode(line, forKey: .line)
    }
}

extension ComparisonEntry: JSONExportable {
    enum ExportKeys: String, CodingKey {
        case party, competitor, isUs, text, textHtml, highlights
    }

    func exportJSON(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: ExportKeys.self)
        try c.encode(party, forKey: .party)
        try c.encode(competitor, forKey: .competitor)
        try c.encode(isUs, forKey: .isUs)
        try c.encode(text, forKey: .text)
        try c.encode(textHtml, forKey: .textHtml)
        try c.encode(highlights, forKey: .highlights)
    }
}

extension QuizItem: JSONExportable {
    enum ExportKeys: String, CodingKey {
        case id, question, answer, choices, line
    }

    func exportJSON(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: ExportKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(question, forKey: .question)
        try c.encode(answer, forKey: .answer)
        try c.encode(choices, forKey: .choices)
        try c.encode(line, forKey: .line)
    }
}
