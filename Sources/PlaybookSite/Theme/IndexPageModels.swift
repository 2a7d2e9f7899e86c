// The site's other pages: lists of documents, tags, the review schedule, home, practice.

/// An entry of a list of documents.
struct ListItemView: Sendable {
    var title: String
    var href: String
    var category: String
    var summary: String
    var tags: [TagLinkView]
}

/// A list of documents of one kind (products, competitors, segments, cases).
struct ListPageModel: PageModel {
    static let template = "list"
    var heading: String
    var items: [ListItemView]
    var hasItems: Bool
}

/// The list of tags.
struct TagIndexPageModel: PageModel {
    static let template = "taglist"
    var tags: [CountLinkView]
}

/// A page that tagged it lists: its title, link and kind.
struct TaggedItemView: Sendable {
    var title: String
    var href: String
    var kind: String
}

/// Everything with one tag.
struct TagPageModel: PageModel {
    static let template = "tag"
    var name: String
    var items: [TaggedItemView]
}

/// A document on the review schedule.
struct ReviewEntryView: Sendable {
    var title: String
    var href: String
    var owner: String
    var reviewed: String
    var due: String
    var hasDue: Bool
}

/// The review schedule: documents by next review date.
struct ReviewSchedulePageModel: PageModel {
    static let template = "reviews"
    var entries: [ReviewEntryView]
    var hasEntries: Bool
}

/// A count on the home page and where it leads.
struct HomeCountView: Sendable {
    var count: Int
    var label: String
    var href: String
}

/// The home page.
struct HomePageModel: PageModel {
    static let template = "home"
    var title: String
    var introductionHtml: String
    var counts: [HomeCountView]
    var categories: [CountLinkView]
    var products: [PageLinkView]
    var reviews: [ReviewEntryView]
    var hasReviews: Bool
    var reviewsHref: String
}

/// A script the practice page loads.
struct ScriptView: Sendable {
    var src: String
}

/// The practice page, whose body the practice scripts fill in.
struct PracticePageModel: PageModel {
    static let template = "practice"
    var title: String
    var noscript: String
    var deckHref: String
    var languageHref: String
    var scorerHrefs: String
    var scripts: [ScriptView]
}
