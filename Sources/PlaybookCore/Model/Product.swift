/// A product analysis: facts, selling points, buyer value, audience, comparison, talk tracks.
public struct Product: DocumentModel {
    public var info: DocumentInfo
    public var category: String?
    /// Competitor IDs from front matter `competitors`.
    public var competitors: [String]
    public var summary: String
    public var summaryHtml: String
    public var facts: [Fact]
    public var sellingPoints: [NamedItem]
    public var buyerValues: [NamedItem]
    public var audience: [NamedItem]
    public var marketPosition: [Fact]
    public var knowledgeHtml: String
    public var knowledge: String
    public var comparison: [ComparisonRow]
    public var talkTracks: [NamedItem]
    public var quiz: [QuizItem]
    public var sections: [FreeSection]

    public init(info: DocumentInfo) {
        self.info = info
        competitors = []
        summary = ""
        summaryHtml = ""
        facts = []
        sellingPoints = []
        buyerValues = []
        audience = []
        marketPosition = []
        knowledgeHtml = ""
        knowledge = ""
        comparison = []
        talkTracks = []
        quiz = []
        sections = []
    }

    enum CodingKeys: String, CodingKey {
        case category, competitors, summary, summaryHtml, facts, sellingPoints, buyerValues, audience
        case marketPosition, knowledge, knowledgeHtml, comparison, talkTracks, quiz, sections
    }

    public func encode(to encoder: Encoder) throws {
        var common = encoder.container(keyedBy: DocumentInfoKeys.self)
        try common.encodeInfo(info)
        var c = encoder.container(keyedBy: CodingKeys.self)
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
        try c.encode(comparison, forKey: .comparison)
        try c.encode(talkTracks, forKey: .talkTracks)
        try c.encode(quiz, forKey: .quiz)
        try c.encode(sections, forKey: .sections)
    }
}
