/// A file of objections sharing front matter (category, tags, products, competitors).
public struct ObjectionSet: DocumentModel {
    public var info: DocumentInfo
    public var category: String?
    public var products: [String]
    public var competitors: [String]
    public var summary: String
    public var summaryHtml: String
    public var objections: [Objection]
    public var quiz: [QuizItem]

    public init(info: DocumentInfo) {
        self.info = info
        products = []
        competitors = []
        summary = ""
        summaryHtml = ""
        objections = []
        quiz = []
    }
}

/// One customer objection and how to answer it.
public struct Objection: Sendable, Hashable, Codable {
    public var id: String
    /// The ID of the file (``ObjectionSet``) it is written in.
    public var fileID: String
    public var title: String
    public var category: String?
    public var tags: [String]
    public var products: [String]
    public var competitors: [String]
    /// The customer's words (the block quote; the title when there is none).
    public var customerSays: String
    public var context: String
    public var contextHtml: String
    public var response: String
    public var responseHtml: String
    /// The `要点` list, else the bold phrases of the response.
    public var keyPoints: [String]
    /// Other ways of saying each key point (same order as ``keyPoints``; empty when none),
    /// written `（也可说：…；…）` after the point. Used for scoring, not displayed.
    public var keyPointAlternatives: [[String]]
    /// Phrases never to say.
    public var avoid: [String]
    public var followUps: [String]
    public var source: SourceReference

    public init(id: String, fileID: String, title: String, source: SourceReference) {
        self.id = id
        self.fileID = fileID
        self.title = title
        self.source = source
        tags = []
        products = []
        competitors = []
        customerSays = title
        context = ""
        contextHtml = ""
        response = ""
        responseHtml = ""
        keyPoints = []
        keyPointAlternatives = []
        avoid = []
        followUps = []
    }
}
