// The pages of objections: one objection, the index, a category, and the battle cards.

/// One objection's page.
struct ObjectionPageModel: PageModel {
    static let template = "objection"
    var id: String
    var title: String
    var customerSays: String
    var contextHtml: String
    var hasContext: Bool
    var responseHtml: String
    var keyPoints: [String]
    var hasKeyPoints: Bool
    var avoid: [String]
    var hasAvoid: Bool
    var followUps: [String]
    var hasFollowUps: Bool
    var href: String
    var category: String
    var hasCategory: Bool
    var categoryHref: String
    var tags: [TagLinkView]
    var products: [PageLinkView]
    var competitors: [PageLinkView]
    var previous: PageLinkView?
    var next: PageLinkView?
    var review: ReviewView
}

/// One objection file on the objection index: its introduction, objections and quiz.
struct ObjectionGroupView: Sendable {
    var id: String
    var title: String
    var summaryHtml: String
    var category: String
    var categoryHref: String
    var hasCategory: Bool
    var objections: [ObjectionLinkView]
    var quiz: [QuizItemView]
    var hasQuiz: Bool
}

/// The navigation between the pages of a list split into pages.
struct PageNavigation {
    var numbers: [PageNumberView] = []
    var previous: PageNumberView?
    var next: PageNumberView?
    /// "Page 3 of 8"; nil on a list of one page.
    var label: String?
}

/// A page of a paginated list: its number and link, or a gap (`isGap`) where pages are left out.
struct PageNumberView: Sendable {
    var number: Int
    var href: String
    var current: Bool
    var isGap: Bool
}

/// A page of the objection index: its objection files, grouped, with the categories; and the
/// other pages when there are several.
struct ObjectionIndexPageModel: PageModel {
    static let template = "objections"
    var groups: [ObjectionGroupView]
    var categories: [CountLinkView]
    var pages: [PageNumberView]
    var previous: PageNumberView?
    var next: PageNumberView?
    /// "Page 3 of 8" when there are several pages.
    var pageLabel: String?
}

/// The objections of one category.
struct CategoryPageModel: PageModel {
    static let template = "category"
    var name: String
    var objections: [ObjectionLinkView]
    var battleCardHref: String
}

/// The list of battle cards.
struct BattleCardIndexPageModel: PageModel {
    static let template = "battlecards"
    var categories: [PageLinkView]
    var competitors: [PageLinkView]
}

/// A printable battle card: a category's objections, or a competitor with the objections that
/// name it (the competitor's fields are nil on a category's card).
struct BattleCardPageModel: PageModel {
    static let template = "battlecard"
    var heading: String
    var isCompetitor: Bool?
    var summaryHtml: String?
    var comparison: MatrixView?
    var strengths: [NamedItemView]?
    var weaknesses: [NamedItemView]?
    var productRows: [ProductRowView]?
    var howToWin: RichSectionView?
    var objections: [ObjectionView]
    var hasObjections: Bool
    /// A category's card spread over several pages (see ``ObjectionIndexPageModel``).
    var pages: [PageNumberView] = []
    var previous: PageNumberView?
    var next: PageNumberView?
    var pageLabel: String?
}
