import PlaybookCore

extension DashboardRenderer {
    /// The forecast's table: `forecast`.
    public func forecastTable(_ forecast: Forecast, links: DashboardLinks) -> DashboardTable {
        let rows = forecast.learners.map { learner -> [DashboardTable.Cell] in
            [DashboardTable.Cell(learner.name, href: links.learner(learner.name), style: "name"), DashboardTable.Cell(learner.team ?? ""),
             DashboardTable.Cell(SVGChart.number((learner.score * 10).rounded() / 10), numeric: true),
             DashboardTable.Cell(learner.belowPass ? text[.belowPass] : "", value: learner.belowPass ? "1" : "0",
                                 style: learner.belowPass ? "flag" : nil),
             DashboardTable.Cell(learner.assign.map { deck.title(of: $0.card, limit: 16) }.joined(separator: "\n"),
                                 value: learner.assign.map(\.card).joined(separator: " "), style: "wide-list"),
             DashboardTable.Cell("\(learner.answered)/\(forecast.cards.count)", value: String(learner.answered), numeric: true)]
        }
        return DashboardTable(id: "forecast", title: text[.learners],
                              columns: [text[.name], text[.teamName], text[.predicted], text[.belowPass], text[.assign], text[.answered]],
                              rows: rows)
    }

    /// The forecast page; with `form`, the filter form (the hub's page; a report's page has none).
    public func forecastPage(_ forecast: Forecast, query: ForecastQuery, links: DashboardLinks, form: Bool, now: Int64) -> String {
        var body = form ? forecastForm(query, links: links) : filterSummary(query)
        body += "<p class=\"note\">\(HTMLEscaping.escape(text[.forecastNote]))</p>"
        guard !forecast.cards.isEmpty else {
            body += "<p class=\"empty\">\(HTMLEscaping.escape(text[.noCards]))</p>"
            return DashboardPage.document(title: text.format(.forecastFor, ["date": DashboardDay.text(forecast.date)]), links: links,
                                          text: text, generated: now, body: body)
        }
        body += figures([
            (text[.learners], String(forecast.learners.count)), (text[.card], String(forecast.cards.count)),
            (text[.passMark], SVGChart.number(forecast.passMark)), (text[.belowPass], String(forecast.belowPass)),
        ])
        // Learners per band of ten points: the bands under the pass mark are drawn as warnings.
        var bands = Array(repeating: 0, count: 10)
        for learner in forecast.learners { bands[min(9, Int(learner.score / 10))] += 1 }
        let chart = SVGChart.columns(bands.enumerated().map { index, count in
            SVGChart.Mark(value: Double(count), title: "\(index * 10)–\(index * 10 + 10): \(count)",
                          style: Double(index * 10 + 10) <= forecast.passMark ? "bar warn" : "bar good")
        }, label: text[.predicted], first: "0", last: "100")
        body += DashboardPage.grid(["<div>" + DashboardPage.figure(text[.predicted], chart: chart,
                                                                  note: text.format(.belowCount, ["n": String(forecast.belowPass)])) + "</div>"])
        body += forecastTable(forecast, links: links).html(csv: links.csv("forecast"), text: text)
        return DashboardPage.document(title: text.format(.forecastFor, ["date": DashboardDay.text(forecast.date)]), links: links,
                                      text: text, generated: now, body: body)
    }

    private func forecastForm(_ query: ForecastQuery, links: DashboardLinks) -> String {
        func select(_ name: String, _ label: DashboardText.Key, _ values: [(String, String)], _ chosen: String?) -> String {
            var out = "<label>\(HTMLEscaping.escape(text[label])) <select name=\"\(name)\"><option value=\"\">\(HTMLEscaping.escape(text[.all]))</option>"
            for (value, shown) in values {
                let selected = value == chosen ? " selected" : ""
                out += "<option value=\"\(HTMLEscaping.escape(value))\"\(selected)>\(HTMLEscaping.escape(shown))</option>"
            }
            return out + "</select></label>"
        }
        let drill = DrillText(locale: settings.locale)
        return "<form class=\"filters\" method=\"get\" action=\"\(HTMLEscaping.escape(links.forecast))\">"
            + "<label>\(HTMLEscaping.escape(text[.date])) <input type=\"date\" name=\"date\" value=\"\(DashboardDay.text(query.date))\" required></label>"
            + select("product", .product, deck.products.map { ($0, deck.productName($0)) }, query.product)
            + select("category", .category, deck.categories.map { ($0, $0) }, query.category)
            + select("kind", .kind, deck.kinds.map { ($0.rawValue, drill.label($0)) }, query.kind?.rawValue)
            + select("tag", .tag, deck.tags.map { ($0, $0) }, query.tag)
            + "<button type=\"submit\">\(HTMLEscaping.escape(text[.show]))</button></form>"
    }

    private func filterSummary(_ query: ForecastQuery) -> String {
        let drill = DrillText(locale: settings.locale)
        let parts: [(DashboardText.Key, String?)] = [(.product, query.product.map(deck.productName)), (.category, query.category),
                                                     (.kind, query.kind.map(drill.label)), (.tag, query.tag)]
        let shown = parts.compactMap { key, value in value.map { text[key] + ": " + $0 } }
        return "<p class=\"filters\">\(HTMLEscaping.escape(shown.isEmpty ? text[.all] : shown.joined(separator: " · ")))</p>"
    }
}
