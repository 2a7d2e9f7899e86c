/// A document's *outline*: what pages about other documents may show of it (title, ID, file,
/// tags, category, summary, relations, review dates, comparison rows), without what only the
/// document's own pages show (bodies, quizzes, sections, responses).
///
/// A site page receives the outline of every document and the whole of the documents it
/// declares, so an edit that leaves a document's outline unchanged can change only the pages
/// that declare it.
public protocol DocumentOutline: Sendable, Codable {
    var info: DocumentInfo { get }
}

extension DocumentOutline {
    public var id: String { info.id }
    public var title: String { info.title }
}

public struct ProductOutline: DocumentOutline, Hashable {
    public var info: DocumentInfo
    public var category: String?
    public var competitors: [String]
    public var summary: String
    /// Competitor pages show each product's rows.
    public var comparison: [ComparisonRow]
}

public struct CompetitorOutline: DocumentOutline, Hashable {
    public var info: DocumentInfo
    public var aliases: [String]
    public var summary: String
    public var name: String { info.title }
}

public struct ObjectionOutline: Sendable, Hashable, Codable {
    public var id: String
    public var fileID: String
    public var title: String
    public var category: String?
    public var tags: [String]
    public var products: [String]
    public var competitors: [String]
    public var customerSays: String
    public var source: SourceReference
}

public struct ObjectionSetOutline: DocumentOutline, Hashable {
    public var info: DocumentInfo
    public var category: String?
    public var products: [String]
    public var competitors: [String]
    public var objections: [ObjectionOutline]
}

public struct SelfAnalysisOutline: DocumentOutline, Hashable {
    public var info: DocumentInfo
}

public struct SegmentOutline: DocumentOutline, Hashable {
    public var info: DocumentInfo
    public var products: [String]
    public var summary: String
}

public struct CaseStudyOutline: DocumentOutline, Hashable {
    public var info: DocumentInfo
    public var products: [String]
    public var segments: [String]
    public var summary: String
}

extension Product {
    public var anyOutline: any DocumentOutline { outline }

    public var outline: ProductOutline {
        ProductOutline(info: info, category: category, competitors: competitors, summary: summary, comparison: comparison)
    }
}

extension Competitor {
    public var anyOutline: any DocumentOutline { outline }

    public var outline: CompetitorOutline { CompetitorOutline(info: info, aliases: aliases, summary: summary) }
}

extension Objection {
    public var outline: ObjectionOutline {
        ObjectionOutline(id: id, fileID: fileID, title: title, category: category, tags: tags, products: products,
                         competitors: competitors, customerSays: customerSays, source: source)
    }
}

extension ObjectionSet {
    public var anyOutline: any DocumentOutline { outline }

    public var outline: ObjectionSetOutline {
        ObjectionSetOutline(info: info, category: category, products: products, competitors: competitors,
                            objections: objections.map(\.outline))
    }
}

extension SelfAnalysis {
    public var anyOutline: any DocumentOutline { outline }

    public var outline: SelfAnalysisOutline { SelfAnalysisOutline(info: info) }
}

extension Segment {
    public var anyOutline: any DocumentOutline { outline }

    public var outline: SegmentOutline { SegmentOutline(info: info, products: products, summary: summary) }
}

extension CaseStudy {
    public var anyOutline: any DocumentOutline { outline }

    public var outline: CaseStudyOutline {
        CaseStudyOutline(info: info, products: products, segments: segments, summary: summary)
    }
}


/// Every published document's outline, in playbook order, with the settings: all a page may
/// show of documents it does not declare.
public struct PlaybookOutline: Sendable {
    public var settings: PlaybookSettings
    public var products: [ProductOutline]
    public var competitors: [CompetitorOutline]
    public var objectionSets: [ObjectionSetOutline]
    public var selfAnalyses: [SelfAnalysisOutline]
    public var segments: [SegmentOutline]
    public var cases: [CaseStudyOutline]

    public init(_ playbook: Playbook) {
        self.init(settings: playbook.settings, outlines: playbook.documents.map(\.anyOutline))
    }

    /// The outline of `outlines`, each placed by its type (the order within a type is kept).
    public init(settings: PlaybookSettings, outlines: [any DocumentOutline]) {
        self.settings = settings
        products = outlines.compactMap { $0 as? ProductOutline }
        competitors = outlines.compactMap { $0 as? CompetitorOutline }
        objectionSets = outlines.compactMap { $0 as? ObjectionSetOutline }
        selfAnalyses = outlines.compactMap { $0 as? SelfAnalysisOutline }
        segments = outlines.compactMap { $0 as? SegmentOutline }
        cases = outlines.compactMap { $0 as? CaseStudyOutline }
    }

    /// Every objection, in file order.
    public var objections: [ObjectionOutline] { objectionSets.flatMap(\.objections) }

    /// Every document's outline, in type then path order (``Playbook/documents``' order).
    public var documents: [any DocumentOutline] {
        products as [any DocumentOutline] + competitors + objectionSets + selfAnalyses + segments + cases
    }
}

/// Any outline, coded with its type first, so that it decodes as the outline it was.
package struct TaggedOutline: Codable, Sendable {
    package var outline: any DocumentOutline

    package init(_ outline: any DocumentOutline) { self.outline = outline }

    private enum CodingKeys: CodingKey { case type, outline }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let type: any DocumentOutline.Type = switch try c.decode(DocumentType.self, forKey: .type) {
        case .product: ProductOutline.self
        case .competitor: CompetitorOutline.self
        case .objections: ObjectionSetOutline.self
        case .`self`: SelfAnalysisOutline.self
        case .segment: SegmentOutline.self
        case .`case`: CaseStudyOutline.self
        }
        outline = try type.decode(from: c, forKey: .outline)
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(outline.info.type, forKey: .type)
        try c.encode(outline, forKey: .outline)
    }
}

extension DocumentOutline {
    fileprivate static func decode<Key>(from container: KeyedDecodingContainer<Key>, forKey key: Key) throws -> any DocumentOutline {
        try container.decode(Self.self, forKey: key)
    }
}
