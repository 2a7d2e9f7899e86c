import Foundation

/// The dashboard as static files, for `hub report`: the same pages the hub serves, with
/// relative links, and every table as a CSV file beside its page.
///
/// `index.html` (team) with `team-learners.csv`, `team-funnel.csv`, `team-weakest.csv`;
/// `forecast.html` with `forecast-forecast.csv`; `learners/NAME.html` with `learners/NAME-days.csv`
/// (`-weeks`, `-backlog`, `-exams`, `-answers`); `hub.css`.
public enum DashboardReport {
    /// Every file of the report (report-relative path → bytes), as the store stands at `now`.
    public static func files(store: HubStore, renderer: DashboardRenderer, forecast query: ForecastQuery, now: Int64)
        async throws(HubStoreError) -> [String: Data] {
        var files: [String: String] = ["hub.css": renderer.css]
        let settings = renderer.settings
        let team = try await store.teamDashboard(now: now, settings: settings)
        let teamLinks = DashboardLinks(layout: .files(depth: 0), page: "team")
        files["index.html"] = renderer.teamPage(team, links: teamLinks, now: now)
        for table in renderer.teamTables(team, links: teamLinks) { files["team-\(table.id).csv"] = table.csv }

        let cards = renderer.deck.cards(matching: query.filter).map(\.id)
        let forecast = try await store.forecast(cards: cards, on: query.date, settings: settings)
        let forecastLinks = DashboardLinks(layout: .files(depth: 0), page: "forecast")
        files["forecast.html"] = renderer.forecastPage(forecast, query: query, links: forecastLinks, form: false, now: now)
        files["forecast-forecast.csv"] = renderer.forecastTable(forecast, links: forecastLinks).csv

        for learner in team.learners {
            let name = learner.summary.name
            guard let page = try await store.learnerDashboard(of: name, now: now, settings: settings) else { continue }
            let links = DashboardLinks(layout: .files(depth: 1), page: name)
            files["learners/" + DashboardLinks.fileName(of: name)] = renderer.learnerPage(page, links: links, now: now)
            for table in renderer.learnerTables(page) { files["learners/\(name)-\(table.id).csv"] = table.csv }
        }
        return files.mapValues { Data($0.utf8) }
    }
}
