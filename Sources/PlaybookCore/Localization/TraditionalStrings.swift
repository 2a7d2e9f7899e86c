/// Traditional Chinese interface strings derived from the Simplified ones, so the two never
/// drift apart: OpenCC `s2twp` (Taiwan phrasing), then hand-written overrides where the
/// conversion reads unnaturally. Shared by the message catalog, the drill's and the site's strings.
public enum TraditionalStrings {
    /// `simplified` converted, with `overrides` replacing converted entries. Without OpenCC,
    /// the Simplified strings (readable, if not ideal).
    public static func derive<Key: Hashable>(from simplified: [Key: String], overrides: [Key: String] = [:],
                                             taiwanQuotes: Bool = false) -> [Key: String] {
        guard let converter = ChineseConverter.toTaiwan else { return simplified }
        var table = simplified.mapValues { text in
            var converted = converter.convert(text)
            for (from, to) in phraseFixes { converted = converted.replacingOccurrences(of: from, with: to) }
            return taiwanQuotes
                ? converted.replacingOccurrences(of: "“", with: "「").replacingOccurrences(of: "”", with: "」")
                : converted
        }
        for (key, text) in overrides { table[key] = text }
        return table
    }

    /// What `s2twp` renders in mainland IT terms or splits wrongly, as Taiwan writes it.
    static let phraseFixes: [(String, String)] = [
        ("許可權", "權限"), ("只讀", "唯讀"), ("訪問令牌", "存取權杖"), ("令牌", "權杖"), ("里加上", "裡加上"), ("卡里", "卡裡"), ("賬戶", "帳戶"),
    ]
}
