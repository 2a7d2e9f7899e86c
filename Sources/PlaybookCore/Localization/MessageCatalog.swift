/// The templates of every ``MessageID`` in each UI language, and how a ``Message`` is put
/// into words.
///
/// English and Simplified Chinese are written by hand; Traditional Chinese is converted from
/// the Simplified templates with OpenCC (`s2twp`, Taiwan phrasing), then ``traditionalOverrides``
/// replace what the conversion gets wrong. Arguments are inserted after conversion, so names
/// from the content are shown as written.
///
/// In a template, `{n}` is the n-th argument; `{n:type}` reads the argument as a
/// ``DocumentType`` and names it in the language, `{n:severity}` likewise for a ``Severity`` (`{n:severities}` in the plural).
public enum MessageCatalog {
    /// The template of `id` in `locale`; English when a language has none.
    public static func template(_ id: MessageID, in locale: PlaybookLocale) -> String {
        let table: [MessageID: String]
        switch locale {
        case .en: table = english
        case .zhHans: table = simplified
        case .zhHant: table = traditional
        }
        return table[id] ?? english[id] ?? "{1}"
    }

    /// `message` in `locale`.
    public static func render(_ message: Message, in locale: PlaybookLocale) -> String {
        fill(template(message.id, in: locale), with: message.arguments, locale: locale)
    }

    /// The name of a document type in `locale` (产品, 競爭對手, product …).
    public static func name(of type: DocumentType, in locale: PlaybookLocale) -> String {
        switch locale {
        case .en: return englishTypes[type] ?? type.rawValue
        case .zhHans: return simplifiedTypes[type] ?? type.rawValue
        case .zhHant: return traditionalTypes[type] ?? type.rawValue
        }
    }

    /// "error" / "错误" / "錯誤".
    public static func name(of severity: Severity, in locale: PlaybookLocale) -> String {
        switch (severity, locale) {
        case (.error, .en): return "error"
        case (.warning, .en): return "warning"
        case (.error, .zhHans): return "错误"
        case (.warning, .zhHans): return "警告"
        case (.error, .zhHant): return "錯誤"
        case (.warning, .zhHant): return "警告"
        }
    }

    /// Replaces each `{n}` / `{n:kind}` placeholder in one pass, so an argument that itself
    /// holds `{2}` is left as it is.
    static func fill(_ template: String, with arguments: [String], locale: PlaybookLocale) -> String {
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}"),
                  let value = argument(String(after[..<close]), arguments, locale: locale) else {
                result.append("{")
                rest = after
                continue
            }
            result += value
            rest = after[after.index(after: close)...]
        }
        return result + rest
    }

    /// The text for one placeholder body (`2` or `2:type`); nil when it is not a placeholder.
    private static func argument(_ body: String, _ arguments: [String], locale: PlaybookLocale) -> String? {
        let parts = body.split(separator: ":", maxSplits: 1).map(String.init)
        guard let first = parts.first, let number = Int(first), number >= 1 else { return nil }
        let value = number <= arguments.count ? arguments[number - 1] : ""
        switch parts.count == 2 ? parts[1] : "" {
        case "": return value
        case "type": return DocumentType(rawValue: value).map { name(of: $0, in: locale) } ?? value
        case "severity": return Severity(rawValue: value).map { name(of: $0, in: locale) } ?? value
        case "severities": return Severity(rawValue: value).map { name(of: $0, in: locale) + (locale == .en ? "s" : "") } ?? value
        default: return nil
        }
    }

    /// Taiwan quotes with 「」 rather than “”.
    static let traditional = TraditionalStrings.derive(from: simplified, overrides: traditionalOverrides, taiwanQuotes: true)

    static let traditionalTypes = TraditionalStrings.derive(from: simplifiedTypes)

    /// Where `s2twp` reads unnaturally in Taiwan.
    static let traditionalOverrides: [MessageID: String] = [
        .serveCannotListen: "無法在 {1} 上提供服務（{2}）；連接埠是否已被佔用？試試 --port",
    ]
}
