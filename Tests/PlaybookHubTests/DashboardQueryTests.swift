import Foundation
import PlaybookDrill
@testable import PlaybookHub
import Testing

/// The dashboard's store queries on a small history whose numbers are worked out by hand, on
/// each engine: reviews per day, retention per week, backlog, certification and its expiry,
/// the funnel, the rewrite flag, and the forecast against the scheduler's own retrievability.
@Suite struct DashboardQueryTests {
    typealias P = ProgressText
    static let day: Int64 = 86_400
    /// 2026-03-11 12:00 UTC, a Wednesday; P.start (2026-03-01) is a Sunday.
    static let now = P.start + 10 * day + 12 * 3600
    static let settings = DashboardSettings(locale: .en, certificationDays: 10, expiringSoonDays: 5, practisedReviews: 5,
                                            historyDays: 14, retentionWeeks: 3, backlogDays: 3, rewriteMinLearners: 2)

    static let annReviews: [(id: String, card: String, rating: Int, at: Int64)] = [
        ("r1", "c/a", 3, P.start), ("r2", "c/a", 3, P.start + 700),        // c/a graduates to Review
        ("r3", "c/b", 1, P.start + day), ("r4", "c/b", 3, P.start + day + 700), // c/b stays in Learning
        ("r5", "c/a", 3, P.start + 4 * day),                                  // Review, recalled
        ("r6", "c/a", 1, P.start + 9 * day),                                  // Review, forgotten (a lapse)
    ]

    /// ann: the reviews above, a failed then a passed exam; bo: fails c/b twice, c/a once Good;
    /// cy: nothing; dee: disabled.
    static func seed(_ store: HubStore) async throws {
        for (name, team) in [("ann", "north"), ("bo", "south"), ("cy", "north"), ("dee", "south")] {
            _ = try await store.addUser(name: name, role: .learner, team: team, now: P.start)
        }
        _ = try await store.addUser(name: "coach", role: .trainer, now: P.start)
        _ = try await store.disableUser("dee", now: P.start)
        _ = try await store.ingest(text: P.file(annReviews.map { P.review($0.id, card: $0.card, rating: $0.rating, at: $0.at) } + [
            P.exam("e1", at: P.start + 2 * day, score: 60, cards: [("c/a", 60)]),
            P.exam("e2", at: P.start + 3 * day, score: 85, cards: [("c/a", 85)]),
        ]), learner: "ann", now: now)
        _ = try await store.ingest(text: P.file([
            P.review("b1", card: "c/b", rating: 1, at: P.start + 100),
            P.review("b2", card: "c/b", rating: 1, at: P.start + 200),
            P.review("b3", card: "c/a", rating: 3, at: P.start + 300),
        ]), learner: "bo", now: now)
    }

    static func store(_ engine: HubTestEngine) async throws -> HubStore {
        let store = try await engine.makeStore()
        try await seed(store)
        return store
    }

    @Test(arguments: HubTestEngine.available)
    func reviewsPerDayAndRetentionPerWeekAreCountedInSQL(engine: HubTestEngine) async throws {
        let store = try await Self.store(engine)
        defer { Task { await store.close() } }
        let page = try #require(try await store.learnerDashboard(of: "ann", now: Self.now, settings: Self.settings))
        #expect(page.days.count == 14)
        #expect(page.days.last.map { DashboardDay.text($0.day * Self.day) } == "2026-03-11")
        let counted = page.days.filter { $0.reviews > 0 }.map { (DashboardDay.text($0.day * Self.day), $0.reviews) }
        #expect(counted.map(\.0) == ["2026-03-01", "2026-03-02", "2026-03-05", "2026-03-10"])
        #expect(counted.map(\.1) == [2, 2, 1, 1])

        // Weeks start on Monday: 02-23 (r1, r2 while learning), 03-02 (r5 recalled), 03-09 (r6 forgotten).
        #expect(page.weeks.map { DashboardDay.text($0.start) } == ["2026-02-23", "2026-03-02", "2026-03-09"])
        #expect(page.weeks.map(\.reviews) == [0, 1, 1])
        #expect(page.weeks.map(\.recalled) == [0, 1, 0])
        #expect(page.weeks.map(\.retention) == [nil, 1.0, 0.0])
    }

    @Test(arguments: HubTestEngine.available)
    func theBacklogCountsCardsDueByTheEndOfEachDay(engine: HubTestEngine) async throws {
        let store = try await Self.store(engine)
        defer { Task { await store.close() } }
        let page = try #require(try await store.learnerDashboard(of: "ann", now: Self.now, settings: Self.settings))
        // c/b is in Learning, due 10 minutes after r4 (long overdue); c/a relearns 10 minutes after r6.
        // Both are due today, so every day of the window counts 2.
        #expect(page.backlog.map { DashboardDay.text($0.day * Self.day) } == ["2026-03-11", "2026-03-12", "2026-03-13", "2026-03-14"])
        #expect(page.backlog.map(\.due) == [2, 2, 2, 2])
        let cy = try #require(try await store.learnerDashboard(of: "cy", now: Self.now, settings: Self.settings))
        #expect(cy.backlog.map(\.due) == [0, 0, 0, 0])
        #expect(cy.days.allSatisfy { $0.reviews == 0 })
        #expect(try await store.learnerDashboard(of: "nobody", now: Self.now, settings: Self.settings) == nil)
    }

    @Test(arguments: HubTestEngine.available)
    func certificationExpiresAfterTheConfiguredPeriod(engine: HubTestEngine) async throws {
        let store = try await Self.store(engine)
        defer { Task { await store.close() } }
        let passedAt = P.start + 3 * Self.day
        let page = try #require(try await store.learnerDashboard(of: "ann", now: Self.now, settings: Self.settings))
        #expect(page.exams.map(\.id) == ["e2", "e1"])
        #expect(page.exams.map(\.expiresAt) == [passedAt + 10 * Self.day, nil])
        #expect(page.exams[1].status == .none)
        // 2.5 days left of 10, inside the 5-day window.
        #expect(page.certification.status == .expiringSoon)
        #expect(page.certification.exam?.expiresAt.map(DashboardDay.text) == "2026-03-14")
        #expect(page.answers.map(\.text).count == 6, "every review in the test carries an answer")

        let exams = page.summary.exams
        #expect(Certification.of(exams, settings: Self.settings, now: passedAt + Self.day).status == .certified)
        #expect(Certification.of(exams, settings: Self.settings, now: passedAt + 5 * Self.day - 1).status == .certified)
        #expect(Certification.of(exams, settings: Self.settings, now: passedAt + 5 * Self.day).status == .expiringSoon)
        #expect(Certification.of(exams, settings: Self.settings, now: passedAt + 10 * Self.day - 1).status == .expiringSoon)
        #expect(Certification.of(exams, settings: Self.settings, now: passedAt + 10 * Self.day).status == .expired)
        #expect(Certification.of(Array(exams.suffix(1)), settings: Self.settings, now: Self.now).status == .none)
    }

    @Test(arguments: HubTestEngine.available)
    func theFunnelNarrowsStageByStageAndMostlyFailedCardsAreFlagged(engine: HubTestEngine) async throws {
        let store = try await Self.store(engine)
        defer { Task { await store.close() } }
        let team = try await store.teamDashboard(now: Self.now, settings: Self.settings)
        #expect(team.learners.map(\.summary.name) == ["ann", "bo", "cy", "dee"])
        // dee is disabled; cy never started; bo has 3 reviews (< 5); ann practised, passed and is certified.
        #expect(team.funnel.counts == [3, 2, 1, 1, 1])
        let later = try await store.teamDashboard(now: P.start + 13 * Self.day, settings: Self.settings)
        #expect(later.funnel.counts == [3, 2, 1, 1, 0], "the pass has expired")

        // c/b: both learners rated it Again; c/a: only ann of two.
        let flags = Dictionary(uniqueKeysWithValues: team.weakest.map { ($0.card.card, $0.rewrite) })
        #expect(flags == ["c/b": true, "c/a": false])
        var strict = Self.settings
        strict.rewriteMinLearners = 3
        #expect(try await store.teamDashboard(now: Self.now, settings: strict).weakest.allSatisfy { !$0.rewrite })
    }

    @Test(arguments: HubTestEngine.available)
    func theForecastIsTheSchedulersRetrievabilityOnTheDate(engine: HubTestEngine) async throws {
        let store = try await Self.store(engine)
        defer { Task { await store.close() } }
        let date = P.start + 20 * Self.day
        let scheduler = HubTestEngine.scheduler
        func replay(_ reviews: [(card: String, rating: Int, at: Int64)], _ card: String) -> Double {
            var state: SchedulingState?
            for review in reviews where review.card == card {
                state = scheduler.review(state ?? .new(due: review.at), rating: Rating(rawValue: review.rating)!, at: review.at)
            }
            return state.flatMap { scheduler.retrievability($0, at: date) } ?? 0
        }
        let ann = Self.annReviews.map { (card: $0.card, rating: $0.rating, at: $0.at) }
        let annRecall = [replay(ann, "c/a"), replay(ann, "c/b"), 0]
        let forecast = try await store.forecast(cards: ["c/a", "c/b", "c/never"], on: date, settings: Self.settings)
        #expect(forecast.learners.map(\.name).sorted() == ["ann", "bo", "cy"], "disabled learners are left out")
        let annRow = try #require(forecast.learners.first { $0.name == "ann" })
        #expect(abs(annRow.score - annRecall.reduce(0, +) / 3 * 100) < 1e-9)
        #expect(annRow.answered == 2)
        #expect(annRow.belowPass)
        #expect(annRow.assign.map(\.card) == ["c/never"] + [("c/a", annRecall[0]), ("c/b", annRecall[1])].sorted { $0.1 < $1.1 }.map(\.0))
        let cy = try #require(forecast.learners.first { $0.name == "cy" })
        #expect(cy.score == 0 && cy.answered == 0 && cy.assign.map(\.card) == ["c/a", "c/b", "c/never"])
        #expect(forecast.learners.first?.name == "cy", "lowest score first")
        #expect(forecast.belowPass == 3)

        // On the day of ann's last c/a review her recall of it is 1: above the pass mark, nothing to assign.
        let sameDay = try await store.forecast(cards: ["c/a"], on: P.start + 9 * Self.day, settings: Self.settings)
        let fresh = try #require(sameDay.learners.first { $0.name == "ann" })
        #expect(fresh.score == 100 && !fresh.belowPass && fresh.assign.isEmpty)
        #expect(try await store.forecast(cards: [], on: date, settings: Self.settings).learners.allSatisfy { $0.score == 0 })
    }
}

/// `hub report`'s files: the same pages with relative links, a CSV beside each table.
@Suite struct DashboardReportTests {
    @Test(arguments: HubTestEngine.available)
    func theReportHasEveryPageAndTableWithRelativeLinks(engine: HubTestEngine) async throws {
        let store = try await DashboardQueryTests.store(engine)
        defer { Task { await store.close() } }
        let renderer = DashboardRenderer(settings: DashboardQueryTests.settings, deck: DashboardDeck(cards: []))
        let query = ForecastQuery(date: DashboardQueryTests.now + 86_400)
        let files = try await DashboardReport.files(store: store, renderer: renderer, forecast: query, now: DashboardQueryTests.now)
        let learners = ["ann", "bo", "cy", "dee"]
        let expected = ["hub.css", "index.html", "team-learners.csv", "team-funnel.csv", "team-weakest.csv", "forecast.html",
                        "forecast-forecast.csv"]
            + learners.flatMap { name in ["\(name).html"] + ["days", "weeks", "backlog", "exams", "answers"].map { "\(name)-\($0).csv" } }
                .map { "learners/" + $0 }
        #expect(Set(files.keys) == Set(expected))
        let index = String(decoding: files["index.html"] ?? Data(), as: UTF8.self)
        #expect(index.contains("href=\"hub.css\"") && index.contains("href=\"learners/ann.html\"") && index.contains("href=\"team-weakest.csv\""))
        #expect(!index.contains("/dashboard"), "no link into a server")
        let ann = String(decoding: files["learners/ann.html"] ?? Data(), as: UTF8.self)
        #expect(ann.contains("href=\"../hub.css\"") && ann.contains("href=\"ann-days.csv\"") && ann.contains("href=\"../index.html\""))
        let days = String(decoding: files["learners/ann-days.csv"] ?? Data(), as: UTF8.self)
        #expect(days.contains("2026-03-01,2\r\n") && days.contains("2026-03-10,1\r\n"))
        #expect(String(decoding: files["team-funnel.csv"] ?? Data(), as: UTF8.self).hasSuffix("certified,1\r\n"))
    }
}

/// The team view counts card states in SQL; each of its rows must equal the learner's own summary.
@Suite struct TeamAggregateTests {
    @Test(arguments: HubTestEngine.available)
    func teamRowsEqualEachLearnersOwnSummary(engine: HubTestEngine) async throws {
        let store = try await DashboardQueryTests.store(engine)
        defer { Task { await store.close() } }
        for now in [DashboardQueryTests.now, ProgressText.start + 700, ProgressText.start + 60 * 86_400] {
            let team = try await store.teamSummary(now: now)
            var own: [LearnerSummary] = []
            for learner in team.learners { own.append(try #require(try await store.summary(of: learner.name, now: now))) }
            #expect(team.learners == own)
            #expect(team.learners.first { $0.name == "ann" }?.cards.seen == 2)
            let north = try await store.teamSummary(now: now, team: "north")
            #expect(north.learners.map(\.name) == ["ann", "cy"])
            #expect(north.weakest.allSatisfy { $0.learners == 1 }, "only ann's cards")
        }
    }

    @Test(arguments: HubTestEngine.available)
    func theMeanRecallInSQLIsTheSchedulersRetrievability(engine: HubTestEngine) async throws {
        let store = try await DashboardQueryTests.store(engine)
        defer { Task { await store.close() } }
        // Before, on and long after the reviews: the elapsed days are 0, a few, many.
        for now in [ProgressText.start - 86_400, DashboardQueryTests.now, ProgressText.start + 400 * 86_400] {
            let rows = try await store.read { sql in try await SummaryData.load(users: nil, now: now, in: sql).cards.values.flatMap { $0 } }
            let team = try await store.teamSummary(now: now)
            #expect(team.weakest.count == 2)
            for weak in team.weakest {
                let recalls = rows.filter { $0.card == weak.card }.compactMap { HubTestEngine.scheduler.retrievability($0.scheduling, at: now) }
                let expected = recalls.reduce(0, +) / Double(recalls.count)
                #expect(abs((weak.meanRetrievability ?? -1) - expected) < 1e-12, "\(weak.card) at \(now)")
            }
        }
    }
}
