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
}
