/// The kinds of document a playbook holds.
public enum DocumentType: String, Sendable, Codable, Hashable, CaseIterable, Comparable {
    case product, competitor, objections, `self`, segment, `case`

    /// Reads a `type:` value or folder name; singular and plural both work.
    public init?(name: String) {
        let key = name.trimmingWhitespace().lowercased()
        switch key {
        case "product", "products": self = .product
        case "competitor", "competitors": self = .competitor
        case "objection", "objections": self = .objections
        case "self", "selves", "self-analysis": self = .`self`
        case "segment", "segments": self = .segment
        case "case", "cases": self = .`case`
        default: return nil
        }
    }

    /// The folder this type lives in by convention.
    public var folder: String {
        switch self {
        case .product: return "products"
        case .competitor: return "competitors"
        case .objections: return "objections"
        case .`self`: return "self"
        case .segment: return "segments"
        case .`case`: return "cases"
        }
    }

    /// The list shown when a type is wrong.
    public static var allNames: String { allCases.map(\.rawValue).joined(separator: ", ") }

    public static func < (a: DocumentType, b: DocumentType) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
