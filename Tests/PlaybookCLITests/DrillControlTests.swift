import Foundation
import Testing

/// docs/drill.md "Keys": `q` quits on every screen, `u` undoes the last rating, `s` suspends a card
/// (`--unsuspend` brings it back); each rating says when the card comes back, in local time.
@Suite struct DrillControlTests {
    typealias F = DrillFixture

    @Test func qQuitsTheFlashcardTypedAndChoiceScreensAndThePromptsSaySo() throws {
        let pb = try DrillPlaybook()
        defer { pb.remove() }
        let flashcard = try pb.drill(["--kind", "objection"], input: "q\n3\n")
        #expect(flashcard.status == 0)
        #expect(flashcard.screen.contains("q 退出"), "the rating line names q: \(flashcard.stdout)")
        #expect(flashcard.askedFronts == [F.feeFront], "q stops at the first card: \(flashcard.stdout)")
        #expect(flashcard.screen.contains("本次练习: 已复习 0"))

        let typed = try pb.drill(["--kind", "objection", "--mode", "type"], input: "q\n\(F.rateFullAnswer)\n")
        #expect(typed.screen.contains("单独输入 q 退出"))
        #expect(typed.askedFronts == [F.feeFront])

        let choice = try pb.drill(["--kind", "quiz"], input: "q\n2\n")
        #expect(choice.screen.contains("q 退出"))
        #expect(choice.askedFronts == [F.quizFront])
        #expect(try pb.reviewCount() == 0, "nothing is rated when q is pressed")
    }

    @Test func eachRatingSaysWhenTheCardComesBack() throws {
        let pb = try DrillPlaybook()
        defer { pb.remove() }
        // Good on a new card: the first learning step, 10 minutes. Easy: days.
        let result = try pb.drill(["--kind", "objection", "--limit", "2"], input: "3\n4\n")
        #expect(result.screen.contains("再次出现: 10 分钟后"), "\(result.stdout)")
        #expect(result.screen.range(of: #"再次出现: \d+ 天后"#, options: .regularExpression) != nil, "\(result.stdout)")
        let english = try pb.drill(["--kind", "objection", "--limit", "1", "--lang", "en"], input: "1\n",
                                   now: F.time(plus: 30 * 86_400))
        #expect(english.screen.range(of: #"Back: in \d+ minutes?"#, options: .regularExpression) != nil, "\(english.stdout)")
    }

    @Test func timesAndDaysFollowTheLocalZone() throws {
        let pb = try DrillPlaybook()
        defer { pb.remove() }
        // 16:30 UTC on the 23rd is 00:30 on the 24th in Beijing.
        let session = try pb.drill(["--kind", "objection", "--limit", "1"], input: "3\n", now: "2026-11-23T16:30:00Z")
        #expect(session.screen.contains("下次到期: 2026-11-24 00:40 +08:00"), "\(session.stdout)")
        // 15:00 UTC on the 24th is still the 24th in Beijing (but the next day in UTC terms).
        #expect(try pb.stats(now: "2026-11-24T15:00:00Z").reviewsToday == 1)
        #expect(try pb.stats(now: "2026-11-24T16:30:00Z").reviewsToday == 0)
    }

    @Test func undoTakesBackTheLastRatingAndAsksTheCardAgain() throws {
        let pb = try DrillPlaybook()
        defer { pb.remove() }
        // Good on a new card, then u at the next card: the card is new again and asked again.
        let first = try pb.drill(["--kind", "objection"], input: "3\nu\nq\n")
        #expect(first.screen.contains("已撤销上一张的评分"), "\(first.stdout)")
        #expect(first.askedFronts == [F.feeFront, F.rateFront, F.feeFront], "\(first.stdout)")
        #expect(try pb.reviewCount() == 0)
        #expect(try pb.query("SELECT COUNT(*) FROM card") == [["0"]], "an undone first answer leaves the card new")

        let second = try pb.drill(["--kind", "objection"], input: "4\n3\nu\n1\nq\n")
        #expect(second.askedFronts == [F.feeFront, F.rateFront, F.thinkFront, F.rateFront, F.thinkFront], "\(second.stdout)")
        #expect(try pb.query("SELECT card_id, rating FROM review ORDER BY id") == [[F.fee, "4"], [F.rate, "1"]])
        #expect(second.screen.contains("本次练习: 已复习 2 · 答对 1"), "the undone answer leaves the summary too")

        // A minute later rate (Again) is due: rating then undoing it puts back its stored progress.
        let before = try pb.query("SELECT * FROM card ORDER BY card_id")
        let third = try pb.drill(["--kind", "objection"], input: "3\nu\nq\n", now: F.time(plus: 60))
        #expect(third.askedFronts.first == F.rateFront, "\(third.stdout)")
        #expect(try pb.query("SELECT * FROM card ORDER BY card_id") == before)
        #expect(try pb.reviewCount() == 2)
        #expect(try pb.drill(["--kind", "objection"], input: "u\nq\n", now: F.time(plus: 60)).screen
            .contains("本次练习没有可撤销的评分"))
    }

    @Test func suspendedCardsAreSkippedUntilUnsuspended() throws {
        let pb = try DrillPlaybook()
        defer { pb.remove() }
        let first = try pb.drill(["--kind", "objection"], input: "s\n3\n3\n")
        #expect(first.screen.contains("此卡已暂停"), "\(first.stdout)")
        #expect(try pb.query("SELECT card_id FROM suspended") == [[F.fee]])
        #expect(try pb.query("SELECT card_id FROM review ORDER BY id") == [[F.rate], [F.think]])

        let later = try pb.drill(["--kind", "objection"], input: "3\n3\n3\n", now: F.time(plus: 86_400))
        #expect(!later.askedFronts.contains(F.feeFront), "a suspended card is skipped: \(later.askedFronts)")

        let released = try pb.drill(["--unsuspend", F.fee, "--unsuspend", F.rate])
        #expect(released.status == 0)
        #expect(released.stdout.contains("\(F.fee)：已恢复"), "\(released.stdout)")
        #expect(released.stdout.contains("\(F.rate)：这张卡片没有被暂停"))
        #expect(try pb.query("SELECT COUNT(*) FROM suspended") == [["0"]])
        let again = try pb.drill(["--kind", "objection"], input: "q\n", now: F.time(plus: 86_400))
        #expect(again.askedFronts.contains(F.feeFront))
    }

    @Test func examsAreRecordedWithTheirCardsAndTheSummaryListsWhatWasMissed() throws {
        let pb = try DrillPlaybook()
        defer { pb.remove() }
        let input = "\(F.feeFullAnswer)\n利率稳定\n不知道\n\(F.sellingPointFullAnswer)\n1\n"
        let result = try pb.drill(["--exam", "--pass", "80"], input: input)
        #expect(result.status == 1)
        let screen = result.screen
        #expect(screen.contains("答错或不完整的卡片"), "\(result.stdout)")
        #expect(screen.contains("✗ \(F.rateFront)  "), "\(result.stdout)")
        #expect(screen.contains("缺少的要点: 没有隐藏费用"))
        #expect(screen.contains("✗ \(F.thinkFront)  0/100"))
        #expect(screen.contains("缺少的要点: 给客户时间 / 约定下次联系"))
        #expect(screen.contains("✗ \(F.quizFront)  0/100"))
        #expect(screen.contains("缺少的要点: 2. 国债与存款"))
        #expect(!screen.contains("✗ \(F.feeFront)"), "a full answer is not missed")

        let exams = try pb.stats().exams
        let exam = try #require(exams.first)
        #expect(exams.count == 1)
        #expect(exam.startedAt == F.nowSeconds && exam.finishedAt >= exam.startedAt)
        #expect(!exam.id.isEmpty && exam.pass == 80 && !exam.passed)
        #expect(exam.cards.map(\.card) == [F.fee, F.rate, F.think, F.sellingPoint, F.quiz])
        let scores = exam.cards.map(\.score)
        #expect(scores[0] == 100 && scores[1] > 0 && scores[1] < 100 && scores[2] == 0 && scores[3] == 100 && scores[4] == 0,
                "\(scores)")
        #expect(abs(exam.score - scores.reduce(0, +) / 5) < 0.001)
        let text = try CLIRunner.run(["stats", "--lang", "zh-Hans", "--content", pb.content.path, "--db", pb.db, "--now", F.now], in: pb.root,
                                     environment: pb.environment, timeout: 30)
        #expect(text.stdout.contains("考试记录"), "\(text.stdout)")
        #expect(text.stdout.contains("2026-11-23 17:00 +08:00  未通过  "), "\(text.stdout)")
        #expect(text.stdout.contains("（及格线 80/100）  5 张卡片"), "\(text.stdout)")
    }

    @Test func weakestListsCardsFailedWhileLearningAndStatsForecastsDueCards() throws {
        let pb = try DrillPlaybook()
        defer { pb.remove() }
        // Again twice on fee (still learning: no lapse), Good on rate and think.
        #expect(try pb.drill(["--kind", "objection"], input: "1\n3\n3\n").status == 0)
        #expect(try pb.drill(["--kind", "objection"], input: "1\nq\n", now: F.time(plus: 3600)).status == 0)
        let stats = try pb.stats(now: F.time(plus: 3600))
        #expect(stats.weakest.first?.id == F.fee, "\(stats.weakest)")
        #expect(stats.weakest.first?.failures == 2 && stats.weakest.first?.lapses == 0)
        #expect(!stats.weakest.contains { $0.id == F.rate }, "a card never failed and fresh is not weak: \(stats.weakest)")
        #expect(stats.forecast.next7Days == 3 && stats.forecast.next30Days == 3)
        #expect(stats.forecast.daily.reduce(0, +) == 3 && stats.forecast.daily.count == 7)
        let text = try CLIRunner.run(["stats", "--lang", "zh-Hans", "--content", pb.content.path, "--db", pb.db, "--now", F.time(plus: 3600)],
                                     in: pb.root, environment: pb.environment, timeout: 30)
        #expect(text.stdout.contains("未来 7 天到期 3 · 未来 30 天到期 3"), "\(text.stdout)")
        #expect(text.stdout.contains("\(F.fee)  答错 2 次  遗忘 0 次"), "\(text.stdout)")
        #expect(text.stdout.contains("还没有考试记录"))
    }

    /// On a real terminal (util-linux `script`): `q` at the question quits instead of revealing, and
    /// Ctrl-C at a suggested rating keeps the answer with that rating.
    @Test(.enabled(if: DrillInterruptTests.scriptTool != nil, "needs util-linux script"))
    func qAndCtrlCOnAPseudoTerminal() throws {
        typealias T = DrillInterruptTests
        let pb = try DrillPlaybook()
        defer { pb.remove() }
        func start(_ extra: [String]) throws -> LiveProcess {
            let command = (["env", "TZ=\(F.timeZone)", CLIRunner.binary.path] + pb.drillArguments(["--kind", "objection", "--plain"] + extra))
                .map(T.shellQuoted).joined(separator: " ")
            return try LiveProcess(["-qfec", command, "/dev/null"], executable: URL(fileURLWithPath: T.scriptTool!), in: pb.root)
        }
        let flashcard = try start([])
        defer { flashcard.stop() }
        #expect(flashcard.waitForOutput("按任意键显示答案（q 退出"), "\(flashcard.stdout)")
        T.waitForSingleKeys(flashcard)
        flashcard.send("q")
        #expect(flashcard.waitForOutput("本次练习"), "q did not quit: \(flashcard.stdout)")
        #expect(flashcard.waitForExit(timeout: 10))
        #expect(!flashcard.screen.contains("参考答案"), "q must not reveal the answer")

        let typed = try start(["--mode", "type"])
        defer { typed.stop() }
        #expect(typed.waitForOutput("请输入你的回答"), "\(typed.stdout)")
        typed.send(F.feeFullAnswer + "\r")
        #expect(typed.waitForOutput("建议评分: 4 简单"), "\(typed.stdout)")
        T.waitForSingleKeys(typed)
        typed.send("\u{3}")
        #expect(typed.waitForOutput("本次练习"), "Ctrl-C did not end with the summary: \(typed.stdout)")
        #expect(typed.waitForExit(timeout: 10))
        #expect(try pb.query("SELECT card_id, rating, score FROM review") == [[F.fee, "4", "100"]])
        #expect(typed.screen.contains("再次出现: "))
    }

    /// A database written before exams were kept per card: `stats` (read-only) and the drill
    /// bring it up to date, and its old exam rows keep their results.
    @Test func databaseOfTheFirstVersionIsMigrated() throws {
        let pb = try DrillPlaybook()
        defer { pb.remove() }
        try SQLiteProbe.execute(pb.db, """
            CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
            INSERT INTO grdb_migrations VALUES ('v1');
            CREATE TABLE card (
                deck TEXT NOT NULL, card_id TEXT NOT NULL, content_hash TEXT NOT NULL,
                state INTEGER NOT NULL, step INTEGER, stability REAL, difficulty REAL,
                due INTEGER NOT NULL, last_review INTEGER, reps INTEGER NOT NULL, lapses INTEGER NOT NULL,
                changed INTEGER NOT NULL DEFAULT 0, orphaned_at INTEGER, first_seen INTEGER NOT NULL,
                PRIMARY KEY (deck, card_id)) WITHOUT ROWID;
            CREATE TABLE review (
                id INTEGER PRIMARY KEY, deck TEXT NOT NULL, card_id TEXT NOT NULL, content_hash TEXT NOT NULL,
                reviewed_at INTEGER NOT NULL, rating INTEGER NOT NULL, mode TEXT NOT NULL, score INTEGER,
                state_before INTEGER NOT NULL, state_after INTEGER NOT NULL, stability REAL, difficulty REAL,
                due INTEGER NOT NULL, duration_ms INTEGER);
            CREATE TABLE exam (
                id INTEGER PRIMARY KEY, deck TEXT NOT NULL, taken_at INTEGER NOT NULL, cards INTEGER NOT NULL,
                score REAL NOT NULL, pass REAL NOT NULL, passed INTEGER NOT NULL);
            INSERT INTO exam (deck, taken_at, cards, score, pass, passed) VALUES ('测试手册', \(F.nowSeconds - 86_400), 3, 90, 80, 1);
            """)
        let exams = try pb.stats().exams
        // Old rows get a random id, so two devices' first exams never merge into one.
        #expect(exams.count == 1 && exams.allSatisfy { $0.id.count == 32 && $0.id.allSatisfy(\.isHexDigit) }, "\(exams)")
        #expect(exams.first?.startedAt == F.nowSeconds - 86_400 && exams.first?.passed == true && exams.first?.score == 90)
        #expect(try pb.drill(["--kind", "objection"], input: "s\n3\n").status == 0)
        #expect(try pb.query("SELECT card_id FROM suspended") == [[F.fee]])
    }
}
