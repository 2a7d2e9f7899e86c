import PlaybookCore

extension DashboardRenderer {
    /// A learner's tables: `days`, `weeks`, `backlog`, `exams`, `answers`.
    public func learnerTables(_ learner: LearnerDashboard) -> [DashboardTable] {
        let days = learner.days.map { [DashboardTable.Cell(DashboardDay.text($0.day * DashboardDay.seconds)), .number($0.reviews)] }
        let weeks = learner.weeks.map { week -> [DashboardTable.Cell] in
            [DashboardTable.Cell(DashboardDay.text(week.start)), .number(week.reviews), .number(week.recalled),
             .percent(week.retention, text: text)]
        }
        let backlog = learner.backlog.map { [DashboardTable.Cell(DashboardDay.text($0.day * DashboardDay.seconds)), .number($0.due)] }
        let exams = learner.exams.map { exam -> [DashboardTable.Cell] in
            [.date(exam.finishedAt), DashboardTable.Cell(SVGChart.number(exam.score), numeric: true),
             DashboardTable.Cell(SVGChart.number(exam.pass), numeric: true),
             DashboardTable.Cell(exam.passed ? text[.passed] : text[.failed], value: exam.passed ? "1" : "0"),
             .date(exam.expiresAt),
             exam.passed ? statusCell(Certification(status: exam.status, exam: exam)) : DashboardTable.Cell("")]
        }
        let answers = learner.answers.map { answer -> [DashboardTable.Cell] in
            [.date(answer.reviewedAt), cardCell(answer.card), ratingCell(answer.rating),
             answer.score.map { DashboardTable.Cell.number($0) } ?? DashboardTable.Cell(""), DashboardTable.Cell(answer.text, style: "wide")]
        }
        return [
            DashboardTable(id: "days", title: text[.reviewsPerDay], columns: [text[.day], text[.reviews]], rows: days),
            DashboardTable(id: "weeks", title: text[.retentionPerWeek],
                           columns: [text[.week], text[.reviews], text[.passed], text[.retention]], rows: weeks),
            DashboardTable(id: "backlog", title: text[.backlog], columns: [text[.day], text[.due]], rows: backlog),
            DashboardTable(id: "exams", title: text[.exams],
                           columns: [text[.date], text[.score], text[.passMark], text[.status], text[.expires], text[.certification]],
                           rows: exams),
            DashboardTable(id: "answers", title: text[.recentAnswers],
                           columns: [text[.date], text[.card], text[.rating], text[.score], text[.answer]], rows: answers),
        ]
    }

    /// A learner's page.
    public func learnerPage(_ learner: LearnerDashboard, links: DashboardLinks, now: Int64) -> String {
        let summary = learner.summary
        let tables = learnerTables(learner)
        var body = figures([
            (text[.teamName], summary.team ?? "–"), (text[.reviews], String(summary.reviews)), (text[.seen], String(summary.cards.seen)),
            (text[.due], String(summary.due)), (text[.retention], text.percent(summary.retention)),
            (text[.lastActive], summary.lastActive.map(DashboardDay.text) ?? text[.never]),
            (text[.certification], text.label(learner.certification.status)),
            (text[.expires], learner.certification.exam?.expiresAt.map(DashboardDay.text) ?? "–"),
        ])
        let days = SVGChart.columns(learner.days.map { day in
            let date = DashboardDay.text(day.day * DashboardDay.seconds)
            return SVGChart.Mark(value: Double(day.reviews), title: "\(date): \(day.reviews)")
        }, label: text[.reviewsPerDay], first: learner.days.first.map { DashboardDay.text($0.day * DashboardDay.seconds) } ?? "",
           last: learner.days.last.map { DashboardDay.text($0.day * DashboardDay.seconds) } ?? "")
        let weeks = SVGChart.line(learner.weeks.map { week in
            (value: week.retention, title: "\(DashboardDay.text(week.start)): \(text.percent(week.retention)) (\(week.recalled)/\(week.reviews))")
        }, label: text[.retentionPerWeek], target: deckTarget, first: learner.weeks.first.map { DashboardDay.text($0.start) } ?? "",
           last: learner.weeks.last.map { DashboardDay.text($0.start) } ?? "")
        let backlog = SVGChart.columns(learner.backlog.enumerated().map { index, day in
            let date = DashboardDay.text(day.day * DashboardDay.seconds)
            return SVGChart.Mark(value: Double(day.due), title: "\(date): \(day.due)", style: index == 0 ? "bar warn" : "bar")
        }, label: text[.backlog], first: learner.backlog.first.map { DashboardDay.text($0.day * DashboardDay.seconds) } ?? "",
           last: learner.backlog.last.map { DashboardDay.text($0.day * DashboardDay.seconds) } ?? "")
        func csv(_ id: String) -> String {
            "<p class=\"csv\"><a href=\"\(HTMLEscaping.escape(links.csv(id)))\">\(HTMLEscaping.escape(text[.csv]))</a></p>"
        }
        body += DashboardPage.grid([
            "<div>" + DashboardPage.figure(text[.reviewsPerDay], chart: days) + csv("days") + "</div>",
            "<div>" + DashboardPage.figure(text[.retentionPerWeek], chart: weeks) + csv("weeks") + "</div>",
            "<div>" + DashboardPage.figure(text[.backlog], chart: backlog, note: text[.backlogNote]) + csv("backlog") + "</div>",
        ])
        body += tables[3].html(csv: links.csv("exams"), text: text) + tables[4].html(csv: links.csv("answers"), text: text)
        return DashboardPage.document(title: text.format(.learnerTitle, ["name": summary.name]), links: links, text: text,
                                      generated: now, body: body)
    }

    /// The retention the drill aims for (`desiredRetention`), drawn as the target line.
    var deckTarget: Double? { settings.targetRetention }
}
