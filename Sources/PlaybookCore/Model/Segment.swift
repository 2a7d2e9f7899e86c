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
}
