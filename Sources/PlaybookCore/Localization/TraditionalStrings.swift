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
            let converted = converter.convert(text)
            return taiwanQuotes
                ? converted.replacingOccurrences(of: "“", with: "「").replacingOccurrences(of: "”", with: "」")
                : converted
        }
        for (key, text) in overrides { table[key] = text }
        return table
    }
}
