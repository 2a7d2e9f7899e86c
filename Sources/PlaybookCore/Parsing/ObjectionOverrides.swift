/// The optional first paragraph under an objection's `##` heading that replaces the file's
/// front matter for that one objection:
///
/// ```markdown
/// ## 网银年费太贵 {#ebank-annual-fee}
///
/// 产品：corporate-ebank · 标签：年费、手续费
/// ```
///
/// A line holds one or more `key：values` fields separated by `·` or `|`; values are separated
/// by `、`, `，`, `,`, `；` or spaces; `无` alone leaves the list empty. The paragraph counts as overrides only when its first line
/// starts with a known key and a colon; otherwise it is ordinary context.
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
        let lines = (first...last).map { (number: $0, fields: FieldText.split(context.source.line($0))) }
        guard let opening = lines.first?.fields.first, Field.named(opening.key) != nil else { return nil }

        var overrides = ObjectionOverrides()
        for line in lines {
            if line.fields.isEmpty {
                context.log.warning(.unknownField, at: context.source.location(line: line.number),
                                    "this line under the objection's overrides is not a `key：values` field and is ignored; leave a blank line before context text")
            }
            for field in line.fields {
                guard let kind = Field.named(field.key) else {
                    context.log.warning(.unknownField, at: context.source.location(line: line.number, column: field.keyColumn),
                                        "“\(field.key)” is not a field an objection can override; use one of \(Field.allNames), or move this line below the customer's words")
                    continue
                }
                let values = field.values.map(\.text).filter { !noneMarkers.contains($0.lowercased()) }
                switch kind {
                case .products:
                    overrides.products = (overrides.products ?? []) + values
                    context.references.append(references(field, line: line.number, target: .product, context: context))
                case .competitors:
                    overrides.competitors = (overrides.competitors ?? []) + values
                    context.references.append(references(field, line: line.number, target: .competitor, context: context))
                case .tags:
                    overrides.tags = (overrides.tags ?? []) + values.map { $0.hasPrefix("#") ? String($0.dropFirst()) : $0 }
                        .filter { !$0.isEmpty }
                }
            }
        }
        return overrides
    }

    private static func references(_ field: FieldText, line: Int, target: DocumentType,
                                   context: DocumentContext) -> ReferenceList {
        ReferenceList(target: target, key: field.key, entries: field.values.filter { !noneMarkers.contains($0.text.lowercased()) }.map {
            ReferenceList.Entry(value: $0.text, location: context.source.location(line: line, column: $0.column))
        })
    }
}

/// One `key：values` field of an overrides line, with character columns for diagnostics.
struct FieldText: Equatable {
    var key: String
    var keyColumn: Int
    var values: [(text: String, column: Int)]

    static func == (a: FieldText, b: FieldText) -> Bool {
        a.key == b.key && a.keyColumn == b.keyColumn
            && a.values.map(\.text) == b.values.map(\.text) && a.values.map(\.column) == b.values.map(\.column)
    }

    private static let fieldSeparators: Set<Unicode.Scalar> = ["·", "・", "|", "｜"]
    private static let valueSeparators: Set<Unicode.Scalar> = ["、", "，", ",", "；", ";"]
    private static let colons: Set<Unicode.Scalar> = ["：", ":"]

    /// The fields of one source line; a part without a colon ends the list (it is not a field).
    static func split(_ line: Substring) -> [FieldText] {
        let scalars = Array(line.unicodeScalars)
        var fields: [FieldText] = []
        var start = 0
        while start < scalars.count {
            var end = start
            while end < scalars.count, !fieldSeparators.contains(scalars[end]) { end += 1 }
            guard let field = field(scalars, from: start, to: end) else { break }
            fields.append(field)
            start = end + 1
        }
        return fields
    }

    private static func field(_ scalars: [Unicode.Scalar], from start: Int, to end: Int) -> FieldText? {
        guard let colon = (start..<end).first(where: { colons.contains(scalars[$0]) }) else { return nil }
        guard let key = token(scalars, start, colon) else { return nil }
        var values: [(String, Int)] = []
        var valueStart = colon + 1
        for index in (colon + 1)...end where index == end || valueSeparators.contains(scalars[index])
            || scalars[index].properties.isWhitespace {
            if let value = token(scalars, valueStart, index) { values.append((value.text, value.column)) }
            valueStart = index + 1
        }
        return FieldText(key: key.text, keyColumn: key.column, values: values)
    }

    /// Marks around a key or value that are not part of it: `**产品**`, `` `corporate-ebank` ``, `[a, b]`,
    /// a trailing `\` (a hard line break).
    private static let wrappers: Set<Unicode.Scalar> = ["*", "`", "[", "]", "【", "】", "\\"]

    private static func isPadding(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || wrappers.contains(scalar)
    }

    /// The text between two offsets without surrounding spaces and marks, and its 1-based column.
    private static func token(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> (text: String, column: Int)? {
        var first = start, last = end
        while first < last, isPadding(scalars[first]) { first += 1 }
        while last > first, isPadding(scalars[last - 1]) { last -= 1 }
        guard first < last else { return nil }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[first..<last])
        return (String(text), first + 1)
    }
}
