// The small values several page kinds share: links, tags, list items, quiz items, review facts.

/// A link: its text and its address from the page that shows it.
struct PageLinkView: Sendable {
    var title: String
    var href: String
}

/// One entry of the site's navigation.
struct NavItemView: Sendable {
    var label: String
    var href: String
    var current: Bool
}

/// A tag chip.
struct TagLinkView: Sendable {
    var name: String
    var href: String
}

/// A link with a count: a category or a tag with how many entries it holds.
struct CountLinkView: Sendable {
    var name: String
    var href: String
    var count: Int
}

/// A named item of a list (a selling point, a strength): name and detail, either may be empty.
struct NamedItemView: Sendable {
    var id: String
    var name: String
    var hasName: Bool
    var detailHtml: String
    var hasDetail: Bool
}

/// A fact: a name and its value, or a note without a name.
struct FactView: Sendable {
    var name: String
    var hasName: Bool
    var valueHtml: String
}

/// One choice of a multiple-choice quiz item.
struct QuizChoiceView: Sendable {
    var text: String
    var correct: Bool
}

/// A quiz item: the question and its answer, or its choices.
struct QuizItemView: Sendable {
    var id: String
    var question: String
    var answer: String
    var hasAnswer: Bool
    var isChoice: Bool
    var choices: [QuizChoiceView]
}

/// A section the format does not know, shown as written.
struct FreeSectionView: Sendable {
    var id: String
    var title: String
    var html: String
}

/// A section of rendered Markdown that may be absent.
struct RichSectionView: Sendable {
    var html: String
    var present: Bool
}

/// Who owns a document and when it was and will be reviewed.
struct ReviewView: Sendable {
    var owner: String
    var hasOwner: Bool
    var reviewed: String
    var hasReviewed: Bool
    var due: String
    var hasDue: Bool
    var present: Bool
}

/// An objection in a list: its title, link and what the customer says.
struct ObjectionLinkView: Sendable {
    var title: String
    var href: String
    var customerSays: String
    var category: String
}

/// An objection in full, as a battle card shows it.
struct ObjectionView: Sendable {
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
}

/// One row of a product's comparison as a competitor's page shows it: ours, theirs, the verdict.
struct ProductRowView: Sendable {
    var product: String
    var productHref: String
    var dimension: String
    var oursHtml: String
    var theirsHtml: String
    var verdict: String
    var hasVerdict: Bool
}
