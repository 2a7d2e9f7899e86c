import Foundation
import Testing

/// docs/drill.md: scripted sessions (one line per card without a terminal), what they store, and
/// how the schedule brings cards back.
@Suite struct DrillSessionTests {
    typealias F = DrillFixture

    @Test func flashcardRatingsAreStoredAndCardsComeBackWhenDue() throws {
        let pb = try DrillPlaybook()
        defer { pb.remove() }

        // Ratings for the four flashcards; input ends on the multiple-choice card.
        let first = try pb.drill(input: "3\n1\n4\n3\n")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.askedFronts == [F.feeFront, F.rateFront, F.thinkFront, F.sellingPointFront, F.quizFront])
        #expect(first.stdout.contains("1 重来 · 2 困难 · 3 良好 · 4 简单"))
        #expect(first.screen.contains("本次练习: 已复习 4 · 答对 3"))

        // One review row per answer, with its rating, at the session's clock, from state New.
        let reviews = try pb.query("SELECT card_id, rating, mode, IFNULL(score, 'null'), reviewed_at, state_before FROM review ORDER BY id")
        let at = String(F.nowSeconds)
        #expect(reviews == [
            [F.fee, "3", "flashcard", "null", at, "0"],
            [F.rate, "1", "flashcard", "null", at, "0"],
            [F.think, "4", "flashcard", "null", at, "0"],
            [F.sellingPoint, "3", "flashcard", "null", at, "0"],
        ])
        // One card row per answered card, due in the future; Easy on a new card graduates it.
        let cards = try pb.query("SELECT card_id, state, due, reps FROM card ORDER BY card_id")
        #expect(cards.map { $0[0] } == [F.fee, F.rate, F.think, F.sellingPoint].sorted())
        for row in cards {
            #expect((Int64(row[2]) ?? 0) > F.nowSeconds, "\(row[0]) is due at \(row[2]), not after the session")
            #expect(row[3] == "1")
        }
        let states = Dictionary(uniqueKeysWithValues: cards.map { ($0[0], $0[1]) })
        #expect(states[F.think] == "2", "Easy on a new card graduates it to Review")
        #expect(states[F.fee] == "1" && states[F.rate] == "1" && states[F.sellingPoint] == "1", "Again/Good stay in Learning")

        // Same clock: the learned cards are not due (learning steps lie ahead); only the new card is asked.
        let again = try pb.drill(input: "")
        #expect(again.status == 0)
        #expect(again.askedFronts == [F.quizFront])
        #expect(again.headers.count == 1 && again.headers[0].contains("1/1 · 新卡"))
        let objectionsOnly = try pb.drill(["--kind", "objection"], input: "")
        #expect(objectionsOnly.askedFronts.isEmpty)
        #expect(objectionsOnly.stdout.contains("现在没有要复习的卡片。"))
        #expect(try pb.reviewCount() == 4, "sessions without answers store nothing")

        // Fifteen minutes on, the learning cards are due: asked first (most overdue first), then the new card.
        let later: Int64 = 15 * 60
        let dueIDs = cards
            .filter { (Int64($0[2]) ?? .max) <= F.nowSeconds + later }
            .sorted { (Int64($0[2])!, $0[0]) < (Int64($1[2])!, $1[0]) }
            .map { $0[0] }
        #expect(Set(dueIDs) == [F.fee, F.rate, F.sellingPoint], "learning steps are minutes; the Easy card waits days")
        let fronts = [F.fee: F.feeFront, F.rate: F.rateFront, F.sellingPoint: F.sellingPointFront]
        let third = try pb.drill(input: "3\n3\n3\n2\n", now: F.time(plus: later))
        #expect(third.status == 0, "\(third.stderr)")
        #expect(third.askedFronts == dueIDs.map { fronts[$0]! } + [F.quizFront])
        #expect(third.headers.count == 4)
        #expect(third.headers.first?.contains("1/4 · 到期") == true)
        #expect(third.headers.last?.contains("4/4 · 新卡") == true)
        #expect(try pb.reviewCount() == 8)
        let stateBefore = try pb.query("SELECT state_before FROM review WHERE reviewed_at = \(F.nowSeconds + later) ORDER BY id")
        #expect(stateBefore.map { $0[0] } == ["1", "1", "1", "0"])
    }

    @Test func typedAnswersAreScoredByKeyPointsAndNeverSayPhrases() throws {
        let pb = try DrillPlaybook()
        defer { pb.remove() }
        let input = [F.feeFullAnswer, F.rateFlaggedAnswer, "嗯嗯，好的", F.sellingPointFullAnswer, "2"].joined(separator: "\n") + "\n"
        let result = try pb.drill(["--mode", "type"], input: input)
        #expect(result.status == 0, "\(result.stderr)")

        let rows = try pb.query("SELECT card_id, mode, score, rating FROM review ORDER BY id")
        #expect(rows == [
            [F.fee, "type", "100", "4"],           // every key point covered: Easy
            [F.rate, "type", "0", "1"],            // a never-say phrase: 0 and Again, whatever else was said
            [F.think, "type", "0", "1"],           // filler covers nothing
            [F.sellingPoint, "type", "100", "4"],
            [F.quiz, "choice", "100", "3"],        // the option's number
        ])

        let out = result.screen
        for point in ["认同客户感受", "强调专属服务", "资金安全", "利率稳定", "没有隐藏费用"] {
            #expect(out.contains("  ✓ \(point)"), "key point \(point) should be listed as covered")
        }
        for point in ["给客户时间", "约定下次联系"] {
            #expect(out.contains("  ✗ \(point) (未覆盖)"), "key point \(point) should be listed as missed")
        }
        #expect(out.contains("⚠ 说了禁语: 别家利率都是骗人的"))
        #expect(out.contains("建议评分: 4 简单"))
        #expect(out.contains("建议评分: 1 重来"))
        #expect(out.contains("✓ 回答正确"))
        #expect(out.contains("本次练习: 已复习 5 · 答对 3 · 平均分 60/100"))
    }

    @Test func choiceCardScoresTheOptionNumber() throws {
        let pb = try DrillPlaybook()
        defer { pb.remove() }
        let rightDB = pb.root.appendingPathComponent("right.sqlite").path
        let wrongDB = pb.root.appendingPathComponent("wrong.sqlite").path

        let right = try pb.drill(["--kind", "quiz"], input: "2\n", db: rightDB)
        #expect(right.status == 0, "\(right.stderr)")
        #expect(right.screen.contains("  1. 股票\n  2. 国债与存款\n  3. 期货"))
        #expect(right.screen.contains("✓ 回答正确"))
        #expect(try SQLiteProbe.query(rightDB, "SELECT card_id, mode, score, rating FROM review") == [[F.quiz, "choice", "100", "3"]])

        let wrong = try pb.drill(["--kind", "quiz", "--mode", "type"], input: "1\n", db: wrongDB)
        #expect(wrong.status == 0, "\(wrong.stderr)")
        #expect(wrong.screen.contains("✗ 回答错误，正确答案: 2. 国债与存款"))
        #expect(try SQLiteProbe.query(wrongDB, "SELECT card_id, mode, score, rating FROM review") == [[F.quiz, "choice", "0", "1"]])
    }

    @Test func typedAnswerInTraditionalAndFullWidthFormsCounts() throws {
        let pb = try DrillPlaybook()
        defer { pb.remove() }
        // 「利率穩定，沒有隱藏費用」 in Traditional characters with full-width punctuation and spaces.
        let result = try pb.drill(["--mode", "type", "--kind", "objection", "--limit", "2"],
                                  input: "\(F.feeFullAnswer)\n利率 穩定！ 沒有隱藏費用。\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try pb.query("SELECT card_id, score FROM review ORDER BY id") == [[F.fee, "100"], [F.rate, "100"]])
    }

    @Test func englishInterfaceWithLang() throws {
        let pb = try DrillPlaybook()
        defer { pb.remove() }
        let result = try pb.drill(["--lang", "en", "--kind", "objection", "--limit", "1"], input: "3\n")
        #expect(result.status == 0)
        #expect(result.screen.contains("1 Again · 2 Hard · 3 Good · 4 Easy"))
        #expect(result.screen.contains("Session: reviewed 1 · correct 1"))
        #expect(result.screen.contains("Next due: 2026-11-23 17:10 +08:00"))
    }

    /// A `--db` given as a bare file name is a file in the working directory.
    @Test
    func relativeDatabasePathInWorkingDirectory() throws {
        let pb = try DrillPlaybook()
        defer { pb.remove() }
        let result = try CLIRunner.run(["drill", "--content", pb.content.path, "--db", "progress.sqlite", "--now", F.now,
                                        "--kind", "objection", "--limit", "1"],
                                       in: pb.root, stdin: "3\n", timeout: 30)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: pb.db))
    }
}

/// docs/drill.md: an exam asks every selected card once, scores it and never changes the schedule.
@Suite struct DrillExamTests {
    typealias F = DrillFixture

    static let perfectAnswers = [F.feeFullAnswer, F.rateFullAnswer, F.thinkFullAnswer, F.sellingPointFullAnswer, "2"]
        .joined(separator: "\n") + "\n"

    @Test func examPassesAndFailsWithoutTouchingTheSchedule() throws {
        let pb = try DrillPlaybook()
        defer { pb.remove() }
        // Some schedule to protect.
        let practice = try pb.drill(input: "3\n1\n4\n3\n2\n")
        #expect(practice.status == 0)
        let cardsBefore = try pb.query("SELECT * FROM card ORDER BY card_id")
        let reviewsBefore = try pb.query("SELECT * FROM review ORDER BY id")
        #expect(reviewsBefore.count == 5)

        let examTime = F.time(plus: 3600)
        let passed = try pb.drill(["--exam", "--pass", "80", "--lang", "en"], input: Self.perfectAnswers, now: examTime)
        #expect(passed.status == 0, "\(passed.stdout)\n\(passed.stderr)")
        #expect(passed.screen.contains("PASSED 100/100 (pass mark 80/100)"))
        #expect(passed.screen.contains("Exam result: reviewed 5 · correct 5 · mean score 100/100"))
        #expect(passed.askedFronts.count == 5, "an exam asks every card, due or not")
        #expect(!passed.screen.contains("Suggested rating"), "an exam does not ask for a rating")

        let failed = try pb.drill(["--exam", "--pass", "80", "--lang", "en"], input: "不知道\n不知道\n不知道\n不知道\n1\n", now: examTime)
        #expect(failed.status == 1)
        #expect(failed.screen.contains("FAILED 0/100 (pass mark 80/100)"))

        #expect(try pb.query("SELECT * FROM card ORDER BY card_id") == cardsBefore, "an exam must not change the schedule")
        #expect(try pb.query("SELECT * FROM review ORDER BY id") == reviewsBefore, "an exam must not add reviews")
        let exams = try pb.query("SELECT taken_at, cards, score, pass, passed FROM exam ORDER BY id")
        let at = String(F.nowSeconds + 3600)
        #expect(exams == [[at, "5", "100.0", "80.0", "1"], [at, "5", "0.0", "80.0", "0"]])
    }

    @Test func examScoreIsTheMeanOfTheCards() throws {
        let pb = try DrillPlaybook()
        defer { pb.remove() }
        // fee 100, rate flagged 0, think 100, selling point 100, quiz wrong 0 → 60.
        let input = [F.feeFullAnswer, F.rateFlaggedAnswer, F.thinkFullAnswer, F.sellingPointFullAnswer, "3"]
            .joined(separator: "\n") + "\n"
        let sixty = try pb.drill(["--exam", "--pass", "60", "--lang", "en"], input: input)
        #expect(sixty.status == 0, "60 reaches a pass mark of 60")
        #expect(sixty.screen.contains("PASSED 60/100"))
        let strict = try pb.drill(["--exam", "--pass", "61", "--lang", "en"], input: input)
        #expect(strict.status == 1)
        #expect(strict.screen.contains("FAILED 60/100"))
        #expect(try pb.reviewCount() == 0)
        #expect(try pb.query("SELECT COUNT(*) FROM card") == [["0"]])
    }

    /// Input that ends before the last card: the exam is not passed.
    @Test func unfinishedExamFails() throws {
        let pb = try DrillPlaybook()
        defer { pb.remove() }
        let result = try pb.drill(["--exam", "--pass", "80", "--lang", "en"], input: F.feeFullAnswer + "\n")
        #expect(result.status == 1)
        #expect(result.screen.contains("FAILED"))
        #expect(try pb.query("SELECT cards, score FROM exam") == [["1", "100.0"]])
    }

    /// The stored result of an unfinished exam must agree with the printed verdict and exit status.
    @Test
    func unfinishedExamIsStoredAsFailed() throws {
        let pb = try DrillPlaybook()
        defer { pb.remove() }
        let result = try pb.drill(["--exam", "--pass", "80", "--lang", "en"], input: F.feeFullAnswer + "\n")
        #expect(result.status == 1)
        #expect(try pb.query("SELECT passed FROM exam") == [["0"]])
    }
}
