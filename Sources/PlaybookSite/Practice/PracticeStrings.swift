import PlaybookCore

/// The strings table of `deck.js`: for each of the three locales, the terminal drill's strings
/// (ratings, score, summary, card kinds `kind.ID` …) and the practice page's own (``PracticeText``),
/// so the two say the same thing the same way.
enum PracticeStrings {
    /// Every locale's table.
    static func tables() -> [PlaybookLocale: [String: String]] {
        var tables: [PlaybookLocale: [String: String]] = [:]
        for locale in [PlaybookLocale.zhHans, .zhHant, .en] {
            tables[locale] = drillStrings(locale).merging(PracticeText.strings(for: locale)) { _, practice in practice }
        }
        return tables
    }

    /// The terminal drill's strings of `locale`, shared with the page where they say the same thing.
    static func drillStrings(_ locale: PlaybookLocale) -> [String: String] {
        DrillText(locale: locale).all
    }

    /// Each kind's label in `locale`: the drill's `kind.ID` string.
    static func kindLabels(_ locale: PlaybookLocale, strings: [PlaybookLocale: [String: String]]) -> [CardKind: String] {
        Dictionary(uniqueKeysWithValues: CardKind.allCases.map { ($0, strings[locale]?["kind." + $0.rawValue] ?? $0.rawValue) })
    }
}
