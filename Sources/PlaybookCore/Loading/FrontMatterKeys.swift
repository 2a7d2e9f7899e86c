/// The front matter keys each document type understands; others get an `unknown-field` warning.
enum FrontMatterKeys {
    static let common: Set<String> = ["type", "id", "title", "tags", "draft", "owner", "reviewed", "reviewEvery", "description"]

    static func known(for type: DocumentType) -> Set<String> {
        switch type {
        case .product: return common.union(["category", "competitors"])
        case .competitor: return common.union(["name", "aliases"])
        case .objections: return common.union(["category", "products", "competitors"])
        case .`self`: return common
        case .segment: return common.union(["products"])
        case .`case`: return common.union(["products", "segments"])
        }
    }

    static let playbook: Set<String> = [
        "title", "locale", "reviewEvery", "unsafeHTML", "owner", "reviewed", "description",
        "newPerSession", "desiredRetention", "learningSteps", "relearningSteps", "synonyms", "hub",
    ]
}

/// A list of IDs from front matter, each with where it was written, for reference checks.
struct ReferenceList: Sendable, Codable {
    var target: DocumentType
    var key: String
    var entries: [Entry]

    struct Entry: Sendable, Codable {
        var value: String
        var location: SourceLocation
    }

    var ids: [String] { entries.map(\.value) }
}
