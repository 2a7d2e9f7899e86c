import PlaybookCore

/// Renders the dashboard's pages and tables in the playbook's language: pure string building,
/// every value from learners escaped, so the hub and `hub report` produce the same pages.
public struct DashboardRenderer: Sendable {
    public let settings: DashboardSettings
    public let deck: DashboardDeck
    public let text: DashboardText

    public init(settings: DashboardSettings, deck: DashboardDeck) {
        self.settings = settings
        self.deck = deck
        text = DashboardText(locale: settings.locale)
    }

    /// The style sheet every page links to (served as `hub.css`).
    public var css: String { DashboardStyle.css }

    /// A page that only says why the request was refused.
    public func message(_ message: String, title: String, links: DashboardLinks, now: Int64) -> String {
        DashboardPage.message(message, title: title, links: links, text: text, generated: now)
    }

    /// The "you may not see this" message.
    public var forbiddenMessage: String { text[.forbidden] }
    /// The "sign in first" message.
    public var signInMessage: String { text[.signInNeeded] }
    /// The "no such learner" message.
    public var notFoundMessage: String { text[.notFound] }
    /// The message for a forecast query that could not be read.
    public func message(for problem: ForecastQuery.Problem) -> String {
        switch problem {
        case .badDate(let date): text[.badDate] + " (" + date + ")"
        case .badKind(let kind): text[.kind] + ": " + kind + " — " + CardKind.allCases.map(\.rawValue).joined(separator: ", ")
        }
    }

    func cardCell(_ id: String) -> DashboardTable.Cell {
        DashboardTable.Cell(deck.title(of: id), value: deck.title(of: id, limit: 500), style: "wide", detail: deck.card(id) == nil ? nil : id)
    }

    func statusCell(_ certification: Certification) -> DashboardTable.Cell {
        DashboardTable.Cell(text.label(certification.status), value: certification.status.rawValue,
                            style: "status-" + certification.status.rawValue)
    }

    /// A rating as the drill names it (Again, Hard, Good, Easy), exported as its number.
    func ratingCell(_ rating: Int) -> DashboardTable.Cell {
        DashboardTable.Cell(DrillText(locale: settings.locale)["rating\(rating)"], value: String(rating))
    }

    /// Key figures as a definition list.
    func figures(_ pairs: [(String, String)]) -> String {
        "<dl class=\"figures\">" + pairs.map { "<div><dt>\(HTMLEscaping.escape($0.0))</dt><dd>\(HTMLEscaping.escape($0.1))</dd></div>" }.joined() + "</dl>"
    }
}
