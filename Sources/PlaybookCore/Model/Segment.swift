/// A target-customer analysis: who they are, what they need, who decides, how to approach.
public struct Segment: DocumentModel {
    public var info: DocumentInfo
    public var products: [String]
    public var summary: String
    public var summaryHtml: String
    public var profile: RichSection
    public var needs: RichSection
    public var decisionMakers: RichSection
    public var approach: RichSection
    public var quiz: [QuizItem]
    public var sections: [FreeSection]

    public init(info: DocumentInfo) {
        self.info = info
        products = []
        summary = ""
        summaryHtml = ""
        profile = RichSection()
        needs = RichSection()
        decisionMakers = RichSection()
        approach = RichSection()
        quiz = []
        sections = []
    }

    enum CodingKeys: String, CodingKey {
        case products, summary, summaryHtml, profile, needs, decisionMakers, approach, quiz, sections
    }

    public func encode(to encoder: Encoder) throws {
        var common = encoder.container(keyedBy: DocumentInfoKeys.self)
        try common.encodeInfo(info)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(products, forKey: .products)
        try c.encode(summary, forKey: .summary)
        try c.encode(summaryHtml, forKey: .summaryHtml)
        try c.encode(profile, forKey: .profile)
        try c.encode(needs, forKey: .needs)
        try c.encode(decisionMakers, forKey: .decisionMakers)
        try c.encode(approach, forKey: .approach)
        try c.encode(quiz, forKey: .quiz)
        try c.encode(sections, forKey: .sections)
    }
}

/// A case study: background, what was done, and the result.
public struct CaseStudy: DocumentModel {
    public var info: DocumentInfo
    public var products: [String]
    public var segments: [String]
    public var summary: String
    public var summaryHtml: String
    public var background: RichSection
    public var approach: RichSection
    public var result: RichSection
    public var quiz: [QuizItem]
    public var sections: [FreeSection]

    public init(info: DocumentInfo) {
        self.info = info
        products = []
        segments = []
        summary = ""
        summaryHtml = ""
        background = RichSection()
        approach = RichSection()
        result = RichSection()
        quiz = []
        sections = []
    }

    enum CodingKeys: String, CodingKey {
        case products, segments, summary, summaryHtml, background, approach, result, quiz, sections
    }

    public func encode(to encoder: Encoder) throws {
        var common = encoder.container(keyedBy: DocumentInfoKeys.self)
        try common.encodeInfo(info)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(products, forKey: .products)
        try c.encode(segments, forKey: .segments)
        try c.encode(summary, forKey: .summary)
        try c.encode(summaryHtml, forKey: .summaryHtml)
        try c.encode(background, forKey: .background)
        try c.encode(approach, forKey: .approach)
        try c.encode(result, forKey: .result)
        try c.encode(quiz, forKey: .quiz)
        try c.encode(sections, forKey: .sections)
    }
}
