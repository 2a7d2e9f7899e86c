import Foundation
import Testing
@testable import PlaybookCore

/// Hostile content (issue 13): numbers that overflow, inputs that made work grow with the square
/// of their size, and floods of diagnostics. The rule for any input: a result within seconds,
/// never a trap, memory in proportion to the input.
@Suite struct HostileContentCoreTests {
    // MARK: Review intervals and dates

    /// Each of these trapped (integer overflow) in `CalendarDay` through `DocumentInfo.reviewDue`.
    @Test(arguments: ["9223372036854775807d", "2000000000000000000w", "9223372036854775807m",
                      "1000000000000000000y", "100000000000000000y", "99999999999999999999999d", "36526d",
                      "5218w", "1201m", "101y"])
    func reviewIntervalOutOfRangeIsAnError(every: String) throws {
        let text = "---\ntitle: 产品\nreviewed: 2026-01-01\nreviewEvery: \(every)\n---\n\n摘要。\n"
        let playbook = try TestPlaybook(["products/p.md": text])
        let diagnostics = try playbook.diagnostics()
        let errors = diagnostics.with(.invalidField)
        #expect(errors.count == 1)
        #expect(errors.first.map { "\($0.path):\($0.line):\($0.column)" } == "products/p.md:4:14")
        #expect(errors.first?.message.contains("out of range") == true)
        #expect(errors.first?.message.contains("100 years") == true)
        #expect(try playbook.load().playbook.products.first?.info.reviewEvery == nil)
    }

    @Test(arguments: ["36525d", "5217w", "1200m", "100y"])
    func longestReviewIntervalsAreAllowed(every: String) throws {
        let text = "---\ntitle: 产品\nreviewed: 2026-01-01\nreviewEvery: \(every)\n---\n\n摘要。\n"
        let playbook = try TestPlaybook(["products/p.md": text])
        #expect(try playbook.diagnostics().isEmpty)
        let due = try #require(try playbook.load().playbook.products.first?.info.reviewDue)
        #expect(due > CalendarDay(iso: "2125-01-01")!)
    }

    /// The arithmetic saturates instead of trapping, whatever a caller passes.
    @Test func calendarArithmeticNeverTraps() {
        let day = CalendarDay(iso: "2026-01-01")!
        for delta in [Int.max, Int.min, Int.max / 2, Int.min / 2, 1 << 62, -(1 << 62)] {
            _ = day.adding(days: delta).description
            _ = day.adding(months: delta).description
            _ = CalendarDay(daysSince1970: delta).daysSince1970
        }
        #expect(day.adding(days: .max) > day)
        #expect(day.adding(days: .min) < day)
        #expect(day.adding(months: .max) > day)
        #expect(day.adding(months: .min) < day)
        #expect(day.adding(months: -1).description == "2025-12-01")
        #expect(day.adding(months: -13).description == "2024-12-01")
        let far = CalendarDay(year: .max, month: 12, day: 31)!
        #expect(far > day)
        _ = far.adding(months: 1).description
        _ = CalendarDay(year: .min, month: 1, day: 1)!.daysSince1970
        #expect(CalendarDay(secondsSince1970: .min) < day)
        #expect(CalendarDay(secondsSince1970: .max) > day)
    }

    // MARK: Drill steps in playbook.md

    /// Each trapped in `SettingsReader.seconds` (count × seconds per unit).
    @Test(arguments: [("learningSteps", "153722867280912931m"), ("relearningSteps", "2562047788015216h"),
                      ("relearningSteps", "106751991167301d"), ("learningSteps", "9223372036854775807s"),
                      ("learningSteps", "99999999999999999999999"), ("learningSteps", "366d")])
    func drillStepOutOfRangeIsAnError(key: String, step: String) throws {
        let settings = "---\ntitle: 测试手册\nlocale: zh-Hans\n\(key): [1m, \(step)]\n---\n一段介绍。\n"
        let playbook = try TestPlaybook([:], settings: settings)
        let diagnostics = try playbook.diagnostics()
        #expect(diagnostics.map { "\($0.path):\($0.line):\($0.column) \($0.code.rawValue)" }
                == ["playbook.md:4:\(key.count + 8) invalid-field"])
        #expect(diagnostics.first?.message.contains("out of range") == true)
        #expect(diagnostics.first?.message.contains("365 days") == true)
        let drill = try playbook.load().playbook.settings.drill
        #expect(drill.learningSteps == [60, 600])
        #expect(drill.relearningSteps == [600])
    }

    @Test func drillStepsUpToAYearAreRead() throws {
        let settings = "---\ntitle: 测试手册\nlocale: zh-Hans\nlearningSteps: [30s, 10m, 2h, 365d]\nrelearningSteps: 8760h\n---\n"
        let playbook = try TestPlaybook([:], settings: settings)
        #expect(try playbook.diagnostics().isEmpty)
        let drill = try playbook.load().playbook.settings.drill
        #expect(drill.learningSteps == [30, 600, 7200, 31_536_000])
        #expect(drill.relearningSteps == [31_536_000])
    }

    // MARK: ID allocation

    /// The IDs handed out are those counting from `-2` each time would give, explicit IDs skipped.
    @Test func allocatorSkipsClaimedSuffixes() {
        var ids = IDAllocator()
        let claimedA3 = ids.claim("a-3")
        #expect(claimedA3)
        #expect(ids.unique("a") == "a")
        #expect(ids.unique("a") == "a-2")
        #expect(ids.unique("a") == "a-4")
        let claimedA5 = ids.claim("a-5"), claimedA6 = ids.claim("a-6")
        #expect(claimedA5 && claimedA6)
        #expect(ids.unique("a-2") == "a-2-2")
        #expect(ids.unique("a") == "a-7")
        #expect(ids.unique("b") == "b")
        #expect(ids.unique("b") == "b-2")
    }

    /// Seconds to load one product of `count` `##` headings made by `heading`.
    private func loadTime(_ count: Int, heading: (Int) -> String) throws -> (TimeInterval, LoadResult) {
        var text = "---\ntitle: 产品\n---\n\n"
        for index in 0..<count { text += "## \(heading(index))\n" }
        let playbook = try TestPlaybook(["products/p.md": text])
        let started = Date()
        let result = try playbook.load()
        return (Date().timeIntervalSince(started), result)
    }

    /// 20,000 identical headings took 17 s (each tried `-2`, `-3` … from the start); unique ones 0.3 s.
    @Test func identicalHeadingsCostAboutWhatUniqueOnesDo() throws {
        let (unique, _) = try loadTime(20_000) { "h\($0)" }
        let (same, result) = try loadTime(20_000) { _ in "h" }
        let sections = try #require(result.playbook.products.first?.sections)
        #expect(sections.count == 20_000)
        #expect(sections.prefix(3).map(\.id) == ["h", "h-2", "h-3"])
        #expect(sections.last?.id == "h-20000")
        #expect(same < unique * 3 + 2, "identical headings \(same) s, unique headings \(unique) s")
    }

    /// Seconds to load one segment whose quiz holds `count` items made by `item`.
    private func quizTime(_ count: Int, item: (Int) -> String) throws -> (TimeInterval, LoadResult) {
        var text = "---\ntitle: 客户群\n---\n\n摘要。\n\n## 自测\n\n"
        for index in 0..<count { text += "- 问：\(item(index))？\n  答：一样的答案。\n" }
        let playbook = try TestPlaybook(["segments/s.md": text])
        let started = Date()
        let result = try playbook.load()
        return (Date().timeIntervalSince(started), result)
    }

    /// 10,000 identical quiz items in a segment took 12.5 s: quadratic IDs, and the items were
    /// read twice (as quiz items and again as named items nobody kept).
    @Test func identicalQuizItemsCostAboutWhatUniqueOnesDo() throws {
        let (unique, _) = try quizTime(10_000) { "问题\($0)" }
        let (same, result) = try quizTime(10_000) { _ in "同一个问题" }
        let quiz = try #require(result.playbook.segments.first?.quiz)
        #expect(quiz.count == 10_000)
        #expect(Set(quiz.map(\.id)).count == 10_000)
        #expect(same < unique * 3 + 2, "identical items \(same) s, unique items \(unique) s")
    }

    // MARK: Diagnostics per file

    @Test func diagnosticsOfOneKindAreCappedPerFile() {
        var log = DiagnosticLog()
        for line in 1...1_000 {
            log.warning(.malformedQuiz, at: SourceLocation(path: "p.md", line: line), "text is not a question")
        }
        log.warning(.malformedQuiz, at: SourceLocation(path: "q.md", line: 1), "text is not a question")
        log.error(.malformedQuiz, at: SourceLocation(path: "p.md", line: 2_000), "an item must start with 问")
        let diagnostics = log.sorted
        #expect(diagnostics.count == 23)
        #expect(diagnostics.filter { $0.path == "p.md" && $0.code == .malformedQuiz }.count == 21)
        let summary = diagnostics.first { $0.code.rawValue == "too-many-diagnostics" }
        #expect(summary?.line == 21)
        #expect(summary?.severity == .warning)
        #expect(summary?.message.contains("and 980 more `malformed-quiz` warnings like this") == true)
        #expect(log.hasErrors)
    }

    @Test func diagnosticsOfOneFileAreCappedInAll() {
        var log = DiagnosticLog()
        let codes: [DiagnosticCode] = [.unknownField, .unknownSection, .emptySection, .pipeTable, .unknownParty,
                                       .noKeyPoints, .rawHTML]
        for (index, code) in codes.enumerated() {
            for line in 1...30 { log.warning(code, at: SourceLocation(path: "p.md", line: index * 100 + line), "x") }
        }
        log.error(.brokenLink, at: SourceLocation(path: "p.md", line: 9_999), "link to nowhere")
        let diagnostics = log.diagnostics
        let listed = diagnostics.filter { $0.code.rawValue != "too-many-diagnostics" }
        let summaries = diagnostics.filter { $0.code.rawValue == "too-many-diagnostics" }
        #expect(listed.count == 100)
        #expect(summaries.count == 8)  // 5 codes over 20, 2 codes and the error left out whole
        #expect(log.hasErrors)
        #expect(summaries.contains { $0.severity == .error && $0.line == 9_999 })
    }

    /// Merging logs (every file's into the playbook's) keeps the counts of what was left out.
    @Test func mergedLogsKeepTheirSummaries() {
        var file = DiagnosticLog()
        for line in 1...50 { file.warning(.rawHTML, at: SourceLocation(path: "p.md", line: line), "raw HTML") }
        var all = DiagnosticLog()
        all.warning(.unknownField, at: SourceLocation(path: "playbook.md", line: 2), "unknown")
        all.append(contentsOf: file)
        #expect(all.diagnostics.count == 22)
        #expect(all.diagnostics.last?.message.contains("and 30 more") == true)
        // A summary read back (from the parse cache) is kept as it is.
        var again = DiagnosticLog()
        for diagnostic in file.diagnostics { again.append(diagnostic) }
        #expect(again.diagnostics == file.diagnostics)
        // … and more of its kind (from the cross-file checks) add to its count, as without the cache.
        again.warning(.rawHTML, at: SourceLocation(path: "p.md", line: 100), "raw HTML")
        file.warning(.rawHTML, at: SourceLocation(path: "p.md", line: 100), "raw HTML")
        #expect(again.diagnostics == file.diagnostics)
        #expect(again.diagnostics.last?.message.contains("and 31 more") == true)
    }

    /// ~2.8 million stray paragraphs in a quiz made 2.8 million warnings (a 481 MB parse cache entry).
    @Test func strayParagraphsInAQuizGiveTwentyWarningsAndASummary() throws {
        var text = "---\ntitle: 产品\n---\n\n摘要。\n\n## 自测\n\n"
        for index in 0..<5_000 { text += "第\(index)段。\n\n" }
        let playbook = try TestPlaybook(["products/p.md": text])
        let diagnostics = try playbook.diagnostics()
        #expect(diagnostics.count == 21)
        #expect(diagnostics.last.map { "\($0.path):\($0.line) \($0.code.rawValue)" } == "products/p.md:49 too-many-diagnostics")
        #expect(diagnostics.last?.message.contains("and 4980 more `malformed-quiz` warnings") == true)
    }
}
