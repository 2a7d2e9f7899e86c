/// A parsed document of any type.
public protocol DocumentModel: Sendable, Encodable {
    var info: DocumentInfo { get }
}

extension DocumentModel {
    public var id: String { info.id }
    public var title: String { info.title }
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
