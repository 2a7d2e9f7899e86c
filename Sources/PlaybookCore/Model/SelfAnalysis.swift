/// A self-analysis document: sales styles, the bank's strengths, and answers to its weaknesses.
public struct SelfAnalysis: DocumentModel {
    public var info: DocumentInfo
    public var summary: String
    public var summaryHtml: String
    public var styles: [SalesStyle]
    /// Strengths: name = the strength, detail = the benefit to the customer.
    public var strengths: [NamedItem]
    /// Weaknesses: name = the weakness, detail = how to answer it.
    public var weaknesses: [NamedItem]
    public var quiz: [QuizItem]
    public var sections: [FreeSection]

    public init(info: DocumentInfo) {
        self.info = info
        summary = ""
        summaryHtml = ""
        styles = []
        strengths = []
        weaknesses = []
        quiz = []
        sections = []
    }
}

/// A sales style (`###` under 销售风格) with its facts (特点, 成功因素 …).
public struct SalesStyle: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var summary: String
    public var facts: [Fact]
    public var line: Int

    public init(id: String, name: String, summary: String, facts: [Fact], line: Int) {
        self.id = id
        self.name = name
        self.summary = summary
        self.facts = facts
        self.line = line
    }
}
