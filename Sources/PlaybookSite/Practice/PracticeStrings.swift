import PlaybookCore

/// The strings table of `deck.js`: for each of the three locales, the terminal drill's strings
/// (ratings, score, summary, card kinds `kind.ID` …) and the practice page's own (``PracticeText``),
/// so the two say the same thing the same way. The import panel's messages are the CLI's
/// (``progressMessages``), so `progress import` and the page report a file's lines alike.
enum PracticeStrings {
    /// The CLI's messages that the page's import panel shows (`progressImported`, …), keyed by their
    /// ``MessageID`` name with `{1}`, `{2}` … placeholders, as `assets/practice/progress-lines.js` reads them.
    static let progressMessages: [MessageID] = [
        .progressImported, .progressMalformedLine, .progressMissingField, .progressUnknownType, .progressImpossibleRating,
        .progressInvalidDate, .progressFutureDate, .progressInvalidScore, .progressInvalidMode, .progressInvalidValue,
        .progressSecondHeader, .progressUnknownCard, .progressMissingHeader, .progressNewerVersion,
    ]

    /// Every locale's table.
    static func tables() -> [PlaybookLocale: [String: String]] {
        var tables: [PlaybookLocale: [String: String]] = [:]
        for locale in [PlaybookLocale.zhHans, .zhHant, .en] {
            tables[locale] = drillStrings(locale).merging(PracticeText.strings(for: locale)) { _, practice in practice }
                .merging(messageStrings(locale)) { page, _ in page }
        }
        return tables
    }

    /// The terminal drill's strings of `locale`, shared with the page where they say the same thing.
    static func drillStrings(_ locale: PlaybookLocale) -> [String: String] {
        DrillText(locale: locale).all
    }

    /// The import panel's messages in `locale`, from the CLI's catalog.
    static func messageStrings(_ locale: PlaybookLocale) -> [String: String] {
        Dictionary(uniqueKeysWithValues: progressMessages.map { ($0.rawValue, MessageCatalog.template($0, in: locale)) })
    }

    /// Each kind's label in `locale`: the drill's `kind.ID` string.
    static func kindLabels(_ locale: PlaybookLocale, strings: [PlaybookLocale: [String: String]]) -> [CardKind: String] {
        Dictionary(uniqueKeysWithValues: CardKind.allCases.map { ($0, strings[locale]?["kind." + $0.rawValue] ?? $0.rawValue) })
    }
}
