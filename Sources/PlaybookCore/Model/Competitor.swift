/// A competitor profile: strengths, weaknesses, comparison and how to win against it.
public struct Competitor: DocumentModel {
    public var info: DocumentInfo
    public var name: String { info.title }
    public var aliases: [String]
    public var summary: String
    public var summaryHtml: String
    public var strengths: [NamedItem]
    public var weaknesses: [NamedItem]
    public var comparison: [ComparisonRow]
    public var howToWin: RichSection
    public var quiz: [QuizItem]
    public var sections: [FreeSection]

    public init(info: DocumentInfo, aliases: [String] = []) {
        self.info = info
        self.aliases = aliases
        summary = ""
        summaryHtml = ""
        strengths = []
        weaknesses = []
        comparison = []
        howToWin = RichSection()
        quiz = []
        sections = []
    }

    enum CodingKeys: String, CodingKey {
        case name, aliases, summary, summaryHtml, strengths, weaknesses, comparison, howToWin, quiz, sections
    }

    public func encode(to encoder: Encoder) throws {
        var common = encoder.container(keyedBy: DocumentInfoKeys.self)
        try common.encodeInfo(info)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(aliases, forKey: .aliases)
        try c.encode(summary, forKey: .summary)
        try c.encode(summaryHtml, forKey: .summaryHtml)
        try c.encode(strengths, forKey: .strengths)
        try c.encode(weaknesses, forKey: .weaknesses)
        try c.encode(comparison, forKey: .comparison)
        try c.encode(howToWin, forKey: .howToWin)
        try c.encode(quiz, forKey: .quiz)
        try c.encode(sections, forKey: .sections)
    }
}
