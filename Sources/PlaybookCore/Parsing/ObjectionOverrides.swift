/// The optional paragraph under an objection's `##` heading (or right after the customer's words)
/// that replaces the file's front matter for that one objection:
///
/// ```markdown
/// ## 网银年费太贵 {#ebank-annual-fee}
///
/// 产品：corporate-ebank · 标签：年费、手续费
/// ```
///
/// A line holds one or more `key：values` fields separated by `·` or `|`; values are separated
/// by `、`, `，`, `,`, `；` or spaces; `无` alone leaves the list empty. The paragraph counts as
/// overrides only when its first line starts with a known key and a colon; otherwise it is
/// ordinary context.
struct ObjectionOverrides: Equatable {
    var products: [String]?
    var competitors: [String]?
    var tags: [String]?

    /// A field an objection can override, with the names a trainer may write for it.
    enum Field: CaseIterable {
        case products, tags, competitors

        var names: [String] {
            switch self {
            case .products: return ["产品", "產品", "相关产品", "相關產品", "products", "product"]
            case .tags: return ["标签", "標籤", "tags", "tag"]
            case .competitors: return ["竞品", "競品", "竞争对手", "競爭對手", "competitors", "competitor"]
            }
        }

        static func named(_ key: String) -> Field? {
            let lowered = key.lowercased()
            return allCases.first { $0.names.contains(lowered) }
        }

        /// Every accepted name, for the message about an unknown key.
        static var allNames: String { allCases.flatMap(\.names).joined(separator: ", ") }
    }

    /// Values that stand for an empty list: `产品：无` means the objection concerns no product.
    static let noneMarkers: Set<String> = ["无", "無", "none", "-", "—"]

    /// Copies the overridden fields onto `objection`; the others keep the file's values.
    func apply(to objection: inout Objection) {
        if let products { objection.products = products }
        if let competitors { objection.competitors = competitors }
        if let tags { objection.tags = tags }
    }

    /// Reads `block` if it is an overrides paragraph, else nil. Product and competitor IDs are
    /// recorded in `context.references`, each with its own column, for the cross-file checks.
    static func read(_ block: MarkdownNode, context: inout DocumentContext) -> ObjectionOverrides? {
        guard block.kind == .paragraph else { return nil }
        let first = block.start.line + context.source.bodyLineOffset
        let last = max(first, block.end.line + context.source.bodyLineOffset)
        let lines = (first...last).map { (number: $0, fields: OverrideField.split(context.source.line($0))) }
        guard let opening = lines.first?.fields.first, Field.named(opening.key) != nil else { return nil }

        var overrides = ObjectionOverrides()
        for line in lines {
            if line.fields.isEmpty {
                context.log.warning(.unknownField, at: context.source.location(line: line.number),
                                    Message(.overrideLineNotField))
            }
            for field in line.fields {
                guard let kind = Field.named(field.key) else {
                    context.log.warning(.unknownField, at: context.source.location(line: line.number, column: field.keyColumn),
                                        Message(.overrideUnknownField, field.key, Field.allNames))
                    continue
                }
                let kept = field.values.filter { !noneMarkers.contains($0.text.lowercased()) }
                let values = kept.map(\.text)
                switch kind {
                case .products:
                    overrides.products = (overrides.products ?? []) + values
                    context.references.append(references(kept, key: field.key, line: line.number, target: .product, context: context))
                case .competitors:
                    overrides.competitors = (overrides.competitors ?? []) + values
                    context.references.append(references(kept, key: field.key, line: line.number, target: .competitor, context: context))
                case .tags:
                    overrides.tags = (overrides.tags ?? []) + values.map { $0.hasPrefix("#") ? String($0.dropFirst()) : $0 }
                        .filter { !$0.isEmpty }
                }
            }
        }
        return overrides
    }

    private static func references(_ values: [OverrideField.Value], key: String, line: Int, target: DocumentType,
                                   context: DocumentContext) -> ReferenceList {
        ReferenceList(target: target, key: key, entries: values.map {
            ReferenceList.Entry(value: $0.text, location: context.source.location(line: line, column: $0.column))
        })
    }
}
