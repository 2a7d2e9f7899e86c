import PlaybookCore

extension DashboardRenderer {
    /// The team page's tables: `learners`, `funnel`, `weakest`.
    public func teamTables(_ team: TeamDashboard, links: DashboardLinks) -> [DashboardTable] {
        let learners = team.learners.map { row -> [DashboardTable.Cell] in
            let summary = row.summary
            let name = summary.disabled ? summary.name + " (" + text[.disabled] + ")" : summary.name
            return [DashboardTable.Cell(name, value: summary.name, href: links.learner(summary.name), style: "name"), DashboardTable.Cell(summary.team ?? ""),
                    statusCell(row.certification), .date(row.certification.exam?.expiresAt),
                    .number(summary.reviews), .number(summary.cards.seen), .number(summary.due),
                    .percent(summary.retention, text: text), .date(summary.lastActive, empty: text[.never])]
        }
        let funnel = CertificationFunnel.Stage.allCases.map { stage -> [DashboardTable.Cell] in
            [DashboardTable.Cell(stageLabel(stage), value: stage.rawValue), .number(team.funnel.count(stage))]
        }
        let weakest = team.weakest.map { weak -> [DashboardTable.Cell] in
            [cardCell(weak.card.card), DashboardTable.Cell(weak.card.card),
             DashboardTable.Cell(weak.rewrite ? text[.rewrite] : "", value: weak.rewrite ? "1" : "0", style: weak.rewrite ? "flag" : nil),
             .percent(weak.card.meanRetrievability, text: text), .number(weak.card.learners), .number(weak.card.learnersFailed),
             .number(weak.card.lapses)]
        }
        return [
            DashboardTable(id: "learners", title: text[.learners],
                           columns: [text[.name], text[.teamName], text[.certification], text[.expires], text[.reviews], text[.seen],
                                     text[.due], text[.retention], text[.lastActive]], rows: learners),
            DashboardTable(id: "funnel", title: text[.funnel], columns: [text[.stage], text[.learners]], rows: funnel),
            DashboardTable(id: "weakest", title: text[.weakest],
                           columns: [text[.card], text[.cardID], text[.rewrite], text[.meanRecall], text[.learnersAnswered],
                                     text[.learnersFailed], text[.lapses]], rows: weakest, csvOnly: [1]),
        ]
    }

    /// The team page.
    public func teamPage(_ team: TeamDashboard, links: DashboardLinks, now: Int64) -> String {
        let tables = teamTables(team, links: links)
        let active = team.learners.filter { !$0.summary.disabled }
        let figures = figures([
            (text[.learners], String(active.count)),
            (text[.certifiedNow], String(team.funnel.count(.certified))),
            (text[.expiringSoon], String(active.filter { $0.certification.status == .expiringSoon }.count)),
            (text[.expired], String(active.filter { $0.certification.status == .expired }.count)),
            (text[.rewrite], String(team.weakest.filter(\.rewrite).count)),
        ])
        let top = Double(max(1, team.funnel.count(.enrolled)))
        let chart = SVGChart.rows(CertificationFunnel.Stage.allCases.map { stage in
            let count = Double(team.funnel.count(stage))
            return (label: stageLabel(stage), mark: SVGChart.Mark(value: count, title: "\(stageLabel(stage)): \(Int(count))",
                                                                 style: stage == .certified ? "bar good" : "bar"))
        }, label: text[.funnel], top: top)
        let funnel = DashboardPage.figure(text[.funnel], chart: chart, note: text[.practisedNote])
            + "<p class=\"csv\"><a href=\"\(HTMLEscaping.escape(links.csv("funnel")))\">\(HTMLEscaping.escape(text[.csv]))</a></p>"
        let body = figures + DashboardPage.grid(["<div>" + funnel + "</div>"])
            + tables[0].html(csv: links.csv("learners"), text: text)
            + tables[2].html(csv: links.csv("weakest"), text: text)
            + "<p class=\"note\">\(HTMLEscaping.escape(text[.rewriteNote]))</p>"
        return DashboardPage.document(title: text[.team], links: links, text: text, generated: now, body: body)
    }

    func stageLabel(_ stage: CertificationFunnel.Stage) -> String {
        text.label(stage).replacingOccurrences(of: "{n}", with: String(settings.practisedReviews))
    }
}
