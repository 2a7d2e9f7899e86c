import Foundation
import PlaybookCore
import PlaybookDrill
@testable import PlaybookHub
import Testing

/// The dashboard's pages and tables without a store: escaping, CSV, dates, links, languages.
@Suite struct DashboardRenderTests {
    static let deck = DashboardDeck(cards: [
        Card(id: "objection/fund/too-dear", kind: .objection, front: "太贵了，别家便宜\n第二行", back: "…",
             source: SourceReference(path: "objections/fund.md", line: 1)),
    ])

    static func learner(_ name: String, team: String?) -> LearnerSummary {
        var summary = LearnerSummary(name: name, team: team, disabled: false)
        summary.reviews = 3
        summary.exams = [ExamRecord(id: "e1", startedAt: 0, finishedAt: 86_400, pass: 80, score: 90, passed: true, cards: [])]
        return summary
    }

    @Test func aScriptInANameOrTeamIsShownAsText() {
        let hostile = "<script>alert(\"x\")</script>"
        let team = TeamSummary(learners: [Self.learner(hostile, team: hostile)],
                               weakest: [TeamSummary.WeakCard(card: hostile, learners: 3, learnersFailed: 2, meanRetrievability: 0.4,
                                                              lapses: 1, failures: 2)])
        let renderer = DashboardRenderer(settings: DashboardSettings(locale: .en), deck: Self.deck)
        let page = renderer.teamPage(TeamDashboard(team, settings: renderer.settings, now: 2 * 86_400),
                                     links: DashboardLinks(layout: .server), now: 2 * 86_400)
        #expect(!page.contains("<script"))
        #expect(page.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
        // The link to the learner's page is percent-encoded, then escaped.
        #expect(page.contains("href=\"/dashboard/learners/%3Cscript%3Ealert(%22x%22)%3C%2Fscript%3E\""))
        #expect(page.contains("Rewrite this content"), "2 of 3 learners failed the card")
    }

    @Test func csvQuotesWhatItMustAndDefusesFormulas() {
        let table = DashboardTable(id: "t", title: "T", columns: ["a", "b"], rows: [
            [DashboardTable.Cell("=HYPERLINK(\"http://x\")"), DashboardTable.Cell("say \"hi\", then\nleave")],
            [DashboardTable.Cell("-3", numeric: true), DashboardTable.Cell("@SUM(A1)")],
            [DashboardTable.Cell("83%", value: "83.0", numeric: true), DashboardTable.Cell("王芳")],
        ])
        #expect(table.csv == "\u{FEFF}a,b\r\n\"'=HYPERLINK(\"\"http://x\"\")\",\"say \"\"hi\"\", then\nleave\"\r\n-3,'@SUM(A1)\r\n83.0,王芳\r\n")
        #expect(Array(table.csv.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
    }

    @Test func datesAreUTCDaysAndWeeksStartOnMonday() {
        #expect(DashboardDay.text(0) == "1970-01-01")
        #expect(DashboardDay.text(1_772_323_200) == "2026-03-01")
        #expect(DashboardDay.parse("2026-03-01") == 1_772_323_200)
        #expect(DashboardDay.parse("2024-02-29") == 1_709_164_800)
        #expect(DashboardDay.parse("2026-02-29") == nil)
        #expect(DashboardDay.parse("2026-3-1") == nil)
        #expect(DashboardDay.parse("tomorrow") == nil)
        // 2026-03-01 is a Sunday: its week began on Monday 2026-02-23.
        #expect(DashboardDay.text(DashboardDay.start(ofWeek: DashboardDay.week(of: 1_772_323_200))) == "2026-02-23")
        #expect(DashboardDay.text(DashboardDay.start(ofWeek: DashboardDay.week(of: 1_772_323_200 + 86_400))) == "2026-03-02")
    }

    @Test func forecastQueriesAreReadFromURLParameters() throws {
        let now: Int64 = 1_772_323_200 + 3600
        let query = try ForecastQuery.parse(["date": "2026-04-01", "product": "维修 基金", "kind": "objection", "tag": ""], now: now)
        #expect(DashboardDay.text(query.date) == "2026-04-01")
        #expect(query.filter == CardFilter(kinds: [.objection], products: ["维修 基金"]))
        #expect(query.queryString == "date=2026-04-01&product=%E7%BB%B4%E4%BF%AE%20%E5%9F%BA%E9%87%91&kind=objection")
        #expect(try ForecastQuery.parse([:], now: now).date == 1_772_323_200 + 30 * 86_400)
        #expect(throws: ForecastQuery.Problem.badDate("04/01/2026")) { try ForecastQuery.parse(["date": "04/01/2026"], now: now) }
        #expect(throws: ForecastQuery.Problem.badKind("memo")) { try ForecastQuery.parse(["kind": "memo"], now: now) }
    }

    @Test func reportLinksAreRelativeAndServerLinksAbsolute() {
        let server = DashboardLinks(layout: .server, page: "date=2026-04-01")
        #expect(server.learner("王芳") == "/dashboard/learners/%E7%8E%8B%E8%8A%B3")
        #expect(server.csv("forecast") == "?date=2026-04-01&format=csv&table=forecast")
        #expect(server.css == "/dashboard/hub.css")
        let top = DashboardLinks(layout: .files(depth: 0), page: "team")
        #expect(top.learner("zhang.wei") == "learners/zhang.wei.html")
        #expect(top.csv("learners") == "team-learners.csv")
        let inner = DashboardLinks(layout: .files(depth: 1), page: "zhang.wei")
        #expect(inner.team == "../index.html" && inner.css == "../hub.css" && inner.forecast == "../forecast.html")
        #expect(inner.csv("days") == "zhang.wei-days.csv")
    }

    @Test(arguments: PlaybookLocale.allCases)
    func everyStringExistsInEveryLanguage(locale: PlaybookLocale) {
        #expect(DashboardText.missing(in: locale).isEmpty)
        let text = DashboardText(locale: locale)
        #expect(text.format(.belowCount, ["n": "3"]).contains("3"))
    }

    @Test func pagesSpeakThePlaybooksLanguage() {
        let team = TeamDashboard(TeamSummary(learners: [Self.learner("lin", team: nil)], weakest: []),
                                 settings: DashboardSettings(), now: 2 * 86_400)
        for (locale, lang, title) in [(PlaybookLocale.zhHans, "zh-Hans", "团队"), (.zhHant, "zh-Hant", "團隊"), (.en, "en", "Team")] {
            let renderer = DashboardRenderer(settings: DashboardSettings(locale: locale), deck: Self.deck)
            let page = renderer.teamPage(team, links: DashboardLinks(layout: .server), now: 2 * 86_400)
            #expect(page.contains("<html lang=\"\(lang)\">"))
            #expect(page.contains("<h1>\(title)</h1>"))
        }
        #expect(Self.deck.title(of: "objection/fund/too-dear") == "太贵了，别家便宜", "the first line of the question")
        #expect(Self.deck.title(of: "gone/card") == "gone/card")
    }

    @Test func theHubsPagesSignOutByPostAndAReportHasNoSignOut() {
        let team = TeamDashboard(TeamSummary(learners: [Self.learner("lin", team: nil)], weakest: []),
                                 settings: DashboardSettings(), now: 2 * 86_400)
        let renderer = DashboardRenderer(settings: DashboardSettings(locale: .en), deck: Self.deck)
        let served = renderer.teamPage(team, links: DashboardLinks(layout: .server), now: 2 * 86_400)
        #expect(served.contains("<form class=\"signout\" method=\"post\" action=\"/signout\"><button type=\"submit\">Sign out</button></form>"))
        let report = renderer.teamPage(team, links: DashboardLinks(layout: .files(depth: 0), page: "team"), now: 2 * 86_400)
        #expect(!report.contains("signout"))
    }
}
