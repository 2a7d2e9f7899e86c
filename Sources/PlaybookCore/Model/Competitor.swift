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
}
