import Foundation

/// The locales the UI speaks.
public enum PlaybookLocale: String, Sendable, Codable, Hashable, CaseIterable {
    case zhHans = "zh-Hans", zhHant = "zh-Hant", en

    /// Reads a locale tag, accepting common regional spellings (`zh-CN`, `zh-TW`, `en-US`).
    public init?(tag: String) {
        let key = tag.trimmingWhitespace().lowercased().replacingOccurrences(of: "_", with: "-")
        switch key {
        case "zh-hans", "zh-cn", "zh-sg", "zh", "zh-hans-cn": self = .zhHans
        case "zh-hant", "zh-tw", "zh-hk", "zh-mo", "zh-hant-tw", "zh-hant-hk": self = .zhHant
        case "en", "en-us", "en-gb": self = .en
        default: return nil
        }
    }
}

/// Settings and introduction from `playbook.md`.
public struct PlaybookSettings: Sendable, Hashable, Encodable {
    public var title: String
    public var locale: PlaybookLocale
    public var introduction: String
    public var introductionHtml: String
    /// Keep raw HTML in rendered Markdown (`unsafeHTML: true`). Off by default.
    public var unsafeHTML: Bool
    /// The default review interval for every document.
    public var reviewEvery: ReviewInterval?
    /// Extra front matter keys the drill and site read (`newPerDay`, `desiredRetention` …).
    public var drill: DrillSettings
    /// Synonym groups of the playbook's own words (`synonyms:`), for search and answer scoring.
    public var synonyms: [[String]] = []
    /// The team hub the practice page and `progress push` sync with (`hub:`), normalised to end in `/`.
    public var hub: String?
    public var source: SourceReference

    public init(title: String, locale: PlaybookLocale = .zhHans, introduction: String = "",
                introductionHtml: String = "", unsafeHTML: Bool = false, reviewEvery: ReviewInterval? = nil,
                drill: DrillSettings = DrillSettings(), source: SourceReference) {
        self.title = title
        self.locale = locale
        self.introduction = introduction
        self.introductionHtml = introductionHtml
        self.unsafeHTML = unsafeHTML
        self.reviewEvery = reviewEvery
        self.drill = drill
        self.source = source
    }

    enum CodingKeys: String, CodingKey {
        case title, locale, introduction, introductionHtml, unsafeHTML, reviewEvery, drill, synonyms, hub, source
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(title, forKey: .title)
        try c.encode(locale, forKey: .locale)
        try c.encode(introduction, forKey: .introduction)
        try c.encode(introductionHtml, forKey: .introductionHtml)
        try c.encode(unsafeHTML, forKey: .unsafeHTML)
        try c.encode(reviewEvery?.description, forKey: .reviewEvery)
        try c.encode(drill, forKey: .drill)
        if !synonyms.isEmpty { try c.encode(synonyms, forKey: .synonyms) }
        try c.encodeIfPresent(hub, forKey: .hub)
        try c.encode(source, forKey: .source)
    }
}

/// Drill defaults a playbook may set in `playbook.md`.
public struct DrillSettings: Sendable, Hashable, Codable {
    /// New cards per session (`newPerSession`).
    public var newPerSession: Int = 10
    /// FSRS desired retention (`desiredRetention`), 0.7–0.99.
    public var desiredRetention: Double = 0.9
    /// Learning steps in seconds (`learningSteps`, e.g. `[1m, 10m]`).
    public var learningSteps: [Int] = [60, 600]
    /// Relearning steps in seconds (`relearningSteps`).
    public var relearningSteps: [Int] = [600]

    public init() {}
}

/// A whole playbook: settings, every published document, and the cards derived from them.
public struct Playbook: Sendable {
    public var settings: PlaybookSettings
    public var products: [Product]
    public var competitors: [Competitor]
    public var objectionSets: [ObjectionSet]
    public var selfAnalyses: [SelfAnalysis]
    public var segments: [Segment]
    public var cases: [CaseStudy]
    public var cards: [Card]

    public init(settings: PlaybookSettings, products: [Product] = [], competitors: [Competitor] = [],
                objectionSets: [ObjectionSet] = [], selfAnalyses: [SelfAnalysis] = [], segments: [Segment] = [],
                cases: [CaseStudy] = [], cards: [Card] = []) {
        self.settings = settings
        self.products = products
        self.competitors = competitors
        self.objectionSets = objectionSets
        self.selfAnalyses = selfAnalyses
        self.segments = segments
        self.cases = cases
        self.cards = cards
    }

    /// Every objection, in file order.
    public var objections: [Objection] { objectionSets.flatMap(\.objections) }

    /// Replaces the documents of the files in `documents` (content-relative) with those given.
    public mutating func replace(_ documents: [String: any DocumentModel]) {
        func replaced<Model: DocumentModel>(_ list: [Model]) -> [Model] {
            list.map { (documents[$0.info.file] as? Model) ?? $0 }
        }
        products = replaced(products)
        competitors = replaced(competitors)
        objectionSets = replaced(objectionSets)
        selfAnalyses = replaced(selfAnalyses)
        segments = replaced(segments)
        cases = replaced(cases)
    }

    /// Every document, in type then path order.
    public var documents: [any DocumentModel] {
        products as [any DocumentModel] + competitors + objectionSets + selfAnalyses + segments + cases
    }
}
