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

    enum CodingKeys: String, CodingKey {
        case category, products, competitors, summary, summaryHtml, objections, quiz
    }

    public func encode(to encoder: Encoder) throws {
        var common = encoder.container(keyedBy: DocumentInfoKeys.self)
        try common.encodeInfo(info)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(category, forKey: .category)
        try c.encode(products, forKey: .products)
        try c.encode(competitors, forKey: .competitors)
        try c.encode(summary, forKey: .summary)
        try c.encode(summaryHtml, forKey: .summaryHtml)
        try c.encode(objections.map(\.id), forKey: .objections)
        try c.encode(quiz, forKey: .quiz)
    }
}

/// One customer objection and how to answer it.
public struct Objection: Sendable, Hashable, Encodable {
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
        avoid = []
        followUps = []
    }

    enum CodingKeys: String, CodingKey {
        case id, fileID = "file", title, category, tags, products, competitors, customerSays, context
        case contextHtml, response, responseHtml, keyPoints, avoid, followUps, source
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(fileID, forKey: .fileID)
        try c.encode(title, forKey: .title)
        try c.encode(category, forKey: .category)
        try c.encode(tags, forKey: .tags)
        try c.encode(products, forKey: .products)
        try c.encode(competitors, forKey: .competitors)
        try c.encode(customerSays, forKey: .customerSays)
        try c.encode(context, forKey: .context)
        try c.encode(contextHtml, forKey: .contextHtml)
        try c.encode(response, forKey: .response)
        try c.encode(responseHtml, forKey: .responseHtml)
        try c.encode(keyPoints, forKey: .keyPoints)
        try c.encode(avoid, forKey: .avoid)
        try c.encode(followUps, forKey: .followUps)
        try c.encode(source, forKey: .source)
    }
}
