// The pages of single documents: a product, a competitor, a segment, a case, the self-analysis.

/// A product's page.
struct ProductPageModel: PageModel {
    static let template = "product"
    var title: String
    var category: String
    var hasCategory: Bool
    var tags: [TagLinkView]
    var summaryHtml: String
    var facts: [FactView]
    var hasFacts: Bool
    var sellingPoints: [NamedItemView]
    var hasSellingPoints: Bool
    var buyerValues: [NamedItemView]
    var hasBuyerValues: Bool
    var audience: [NamedItemView]
    var hasAudience: Bool
    var marketPosition: [FactView]
    var hasMarketPosition: Bool
    var knowledgeHtml: String
    var hasKnowledge: Bool
    var comparison: MatrixView
    var talkTracks: [NamedItemView]
    var hasTalkTracks: Bool
    var quiz: [QuizItemView]
    var hasQuiz: Bool
    var sections: [FreeSectionView]
    var objections: [ObjectionLinkView]
    var competitors: [PageLinkView]
    var cases: [PageLinkView]
    var segments: [PageLinkView]
    var review: ReviewView
}

/// A competitor's page.
struct CompetitorPageModel: PageModel {
    static let template = "competitor"
    var title: String
    var aliases: String
    var hasAliases: Bool
    var tags: [TagLinkView]
    var summaryHtml: String
    var strengths: [NamedItemView]
    var hasStrengths: Bool
    var weaknesses: [NamedItemView]
    var hasWeaknesses: Bool
    var comparison: MatrixView
    var howToWin: RichSectionView
    var productRows: [ProductRowView]
    var quiz: [QuizItemView]
    var hasQuiz: Bool
    var sections: [FreeSectionView]
    var products: [PageLinkView]
    var objections: [ObjectionLinkView]
    var battleCardHref: String
    var review: ReviewView
}

/// A customer segment's page.
struct SegmentPageModel: PageModel {
    static let template = "segment"
    var title: String
    var tags: [TagLinkView]
    var summaryHtml: String
    var profile: RichSectionView
    var needs: RichSectionView
    var decisionMakers: RichSectionView
    var approach: RichSectionView
    var quiz: [QuizItemView]
    var hasQuiz: Bool
    var sections: [FreeSectionView]
    var products: [PageLinkView]
    var cases: [PageLinkView]
    var review: ReviewView
}

/// A case study's page.
struct CasePageModel: PageModel {
    static let template = "case"
    var title: String
    var tags: [TagLinkView]
    var summaryHtml: String
    var background: RichSectionView
    var approach: RichSectionView
    var result: RichSectionView
    var quiz: [QuizItemView]
    var hasQuiz: Bool
    var sections: [FreeSectionView]
    var products: [PageLinkView]
    var segments: [PageLinkView]
    var review: ReviewView
}

/// One sales style of the self-analysis.
struct SalesStyleView: Sendable {
    var id: String
    var name: String
    var summary: String
    var facts: [FactView]
}

/// The one page of every self-analysis file.
struct SelfAnalysisPageModel: PageModel {
    static let template = "self"
    var title: String
    var summaryHtml: String
    var styles: [SalesStyleView]
    var hasStyles: Bool
    var strengths: [NamedItemView]
    var hasStrengths: Bool
    var weaknesses: [NamedItemView]
    var hasWeaknesses: Bool
    var quiz: [QuizItemView]
    var hasQuiz: Bool
    var sections: [FreeSectionView]
    var tags: [TagLinkView]
    var review: ReviewView?
}
