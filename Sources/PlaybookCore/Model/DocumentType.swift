/// The kinds of document a playbook holds.
public enum DocumentType: String, Sendable, Codable, Hashable, CaseIterable, Comparable {
    case product, competitor, objections, `self`, segment, `case`

    /// Reads a `type:` value, folder name or `playbook new` argument: singular, plural and the
    /// Chinese names (产品, 竞品, 异议 …, in either script) all work.
    public init?(name: String) {
        let key = name.trimmingWhitespace().lowercased()
        switch key {
        case "product", "products", "产品", "產品": self = .product
        case "competitor", "competitors", "竞品", "競品", "竞争对手", "競爭對手": self = .competitor
        case "objection", "objections", "异议", "異議", "异议处理", "異議處理": self = .objections
        case "self", "selves", "self-analysis", "自我分析": self = .`self`
        case "segment", "segments", "客群", "目标客户", "目標客戶", "目标客群", "目標客群": self = .segment
        case "case", "cases", "案例": self = .`case`
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
