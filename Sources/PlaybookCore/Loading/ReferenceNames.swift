/// What an ID in front matter (`competitors:`, `products:`, `segments:`) may be written as:
/// the ID, or the target's name, title or alias, in either script and any case
/// (`competitors: [招行]`, `[招商銀行]`, `[cmb]`). Built from every document by the
/// cross-file checks and kept with the ``PartyDirectory`` for incremental rereads.
public struct ReferenceNames: Sendable, Equatable, Codable {
    /// Target type → folded name → ID (the first document to claim a name wins).
    private var idsByName: [DocumentType: [String: String]] = [:]
    /// Target type → every ID and name as written, in document order, for suggestions.
    private var written: [DocumentType: [String]] = [:]

    init(documents: [ReadDocument]) {
        for read in documents { add(read.document) }
    }

    /// The names of a published playbook's documents (for the drill's `--product`/`--competitor`).
    public init(playbook: Playbook) {
        for document in playbook.documents { add(document) }
    }

    public init() {}

    private mutating func add(_ document: any DocumentModel) {
        let info = document.info
        var names = [info.id, info.title]
        if let competitor = document as? Competitor { names += competitor.aliases }
        for name in names where !name.isEmpty {
            let key = ReferenceNames.fold(name)
            if idsByName[info.type, default: [:]][key] == nil { idsByName[info.type, default: [:]][key] = info.id }
            written[info.type, default: []].append(name)
        }
    }

    /// The ID `value` stands for among documents of `type`, or nil when it names none.
    public func id(for value: String, of type: DocumentType) -> String? {
        idsByName[type]?[ReferenceNames.fold(value)]
    }

    /// Every ID, name and alias of `type`, for "did you mean".
    func names(of type: DocumentType) -> [String] { written[type] ?? [] }

    /// Case, width and script folded: 招商銀行 and 招商银行, CMB and cmb, meet.
    static func fold(_ name: String) -> String {
        let trimmed = name.trimmingWhitespace().compatibilityFolded().lowercased()
        return ChineseConverter.toSimplified?.convert(trimmed) ?? trimmed
    }

    /// Rewrites each reference of `read` that names a document by name or alias to its ID,
    /// in the reference lists and in the document's fields.
    func resolve(_ read: inout ReadDocument) {
        var renamed: [DocumentType: [String: String]] = [:]
        for index in read.references.indices {
            let target = read.references[index].target
            for entry in read.references[index].entries.indices {
                let value = read.references[index].entries[entry].value
                guard let id = id(for: value, of: target), id != value else { continue }
                read.references[index].entries[entry].value = id
                renamed[target, default: [:]][value] = id
            }
        }
        guard !renamed.isEmpty else { return }
        func map(_ values: [String], _ type: DocumentType) -> [String] {
            values.map { renamed[type]?[$0] ?? $0 }
        }
        switch read.document {
        case var product as Product:
            product.competitors = map(product.competitors, .competitor)
            read.document = product
        case var set as ObjectionSet:
            set.products = map(set.products, .product)
            set.competitors = map(set.competitors, .competitor)
            for index in set.objections.indices {
                set.objections[index].products = map(set.objections[index].products, .product)
                set.objections[index].competitors = map(set.objections[index].competitors, .competitor)
            }
            read.document = set
        case var segment as Segment:
            segment.products = map(segment.products, .product)
            read.document = segment
        case var study as CaseStudy:
            study.products = map(study.products, .product)
            study.segments = map(study.segments, .segment)
            read.document = study
        default:
            break
        }
    }
}
