/// A parsed document of any type.
public protocol DocumentModel: Sendable, Codable {
    var info: DocumentInfo { get }
    /// What pages about other documents may show of this one (``DocumentOutline``).
    var anyOutline: any DocumentOutline { get }
}

extension DocumentModel {
    public var id: String { info.id }
    public var title: String { info.title }
}

/// Any document, coded with its type first, so that it decodes as the model it was.
package struct TaggedDocument: Codable, Sendable {
    package var document: any DocumentModel

    package init(_ document: any DocumentModel) { self.document = document }

    private enum CodingKeys: CodingKey { case type, document }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let model = try c.decode(DocumentType.self, forKey: .type).modelType
        document = try model.decode(from: c, forKey: .document)
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(document.info.type, forKey: .type)
        try c.encode(document, forKey: .document)
    }
}

extension DocumentModel {
    fileprivate static func decode<Key>(from container: KeyedDecodingContainer<Key>, forKey key: Key) throws -> any DocumentModel {
        try container.decode(Self.self, forKey: key)
    }
}

extension DocumentType {
    /// The model a document of this type is read into.
    var modelType: any DocumentModel.Type {
        switch self {
        case .product: Product.self
        case .competitor: Competitor.self
        case .objections: ObjectionSet.self
        case .`self`: SelfAnalysis.self
        case .segment: Segment.self
        case .`case`: CaseStudy.self
        }
    }
}

/// Coding keys shared by every document's JSON: its common front matter.
enum DocumentInfoKeys: String, CodingKey {
    case id, type, title, tags, draft, owner, reviewed, reviewEvery, source, file
}

extension KeyedEncodingContainer where K == DocumentInfoKeys {
    /// Writes the common fields; optional ones as `null` so every document has the same keys.
    mutating func encodeInfo(_ info: DocumentInfo) throws {
        try encode(info.id, forKey: .id)
        try encode(info.type, forKey: .type)
        try encode(info.title, forKey: .title)
        try encode(info.tags, forKey: .tags)
        try encode(info.draft, forKey: .draft)
        try encode(info.owner, forKey: .owner)
        try encode(info.reviewed, forKey: .reviewed)
        try encode(info.reviewEvery?.description, forKey: .reviewEvery)
        try encode(info.source, forKey: .source)
        try encode(info.file, forKey: .file)
    }
}
