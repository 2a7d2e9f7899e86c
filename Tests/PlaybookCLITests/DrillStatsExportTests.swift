import Foundation
import Testing

/// docs/drill.md `playbook stats`, and `playbook export anki` (the drill's cards for Anki).
@Suite struct DrillStatsExportTests {
    typealias F = DrillFixture

    static let statsKeys: Set<String> = ["total", "new", "learning", "review", "due", "reviewsToday", "retention", "weakest", "orphans",
                                             "forecast", "exams"]

    /// The card IDs `export json` lists, in order.
    static func cardIDs(_ pb: DrillPlaybook) throws -> [String] {
        try cards(pb).map { $0["id"] as! String }
    }

    static func cards(_ pb: DrillPlaybook) throws -> [[String: Any]] {
        let result = try CLIRunner.run(["export", "json", "--content", pb.content.path], in: pb.root, timeout: 30)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return try #require(object["cards"] as? [[String: Any]])
    }

    @Test func statsAfterASession() throws {
        let pb = try DrillPlaybook()
        defer { pb.remove() }
        #expect(try Self.cardIDs(pb) == F.allCards)
        // Again, Good, Easy, Good; the quiz card is left new.
        #expect(try pb.drill(input: "1\n3\n4\n3\n").status == 0)

        let raw = try CLIRunner.run(["stats", "--content", pb.content.path, "--db", pb.db, "--now", F.now, "--json"],
                                    in: pb.root, timeout: 30)
        #expect(raw.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(raw.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == Self.statsKeys)

        let stats = try pb.stats()
        #expect(stats.total == F.allCards.count)
        #expect(stats.new == 1)
        #expect(stats.learning == 3)
        #expect(stats.review == 1)
        #expect(stats.new + stats.learning + stats.review <= stats.total)
        #expect(stats.due == 0, "nothing is due right after the session")
        #expect(stats.reviewsToday == 4)
        #expect(stats.retention == nil, "no review-state card was reviewed yet")
        #expect(stats.orphans.isEmpty)

        // A day later the learning cards are due and the one rated Again is the weakest.
        let dayLater = try pb.stats(now: F.time(plus: 86_400))
        #expect(dayLater.due == 3)
        #expect(dayLater.reviewsToday == 0)
        #expect(!dayLater.weakest.isEmpty)
        for card in dayLater.weakest {
            #expect(F.allCards.contains(card.id))
            #expect(card.lapses >= 0)
            let r = try #require(card.retrievability, "\(card.id) has been reviewed, so it has a retrievability")
            #expect(r >= 0 && r < 0.9, "\(card.id): \(r)")
        }
        #expect(dayLater.weakest.first?.id == F.fee, "\(dayLater.weakest)")
        let weakestKeys = (try JSONSerialization.jsonObject(with: Data(
            CLIRunner.run(["stats", "--content", pb.content.path, "--db", pb.db, "--now", F.time(plus: 86_400), "--json"],
                          in: pb.root, timeout: 30).stdout.utf8)) as? [String: Any])?["weakest"] as? [[String: Any]]
        #expect(weakestKeys?.allSatisfy { Set($0.keys) == ["id", "failures", "lapses", "retrievability"] } == true)
    }

    @Test func statsCountReviewsOfReviewCardsForRetention() throws {
        let pb = try DrillPlaybook()
        defer { pb.remove() }
        // Easy graduates both price objections; a week later one is remembered and one forgotten.
        #expect(try pb.drill(["--category", "价格"], input: "4\n4\n").status == 0)
        let later = F.time(plus: 30 * 86_400)
        #expect(try pb.drill(["--category", "价格"], input: "3\n1\n", now: later).status == 0)
        let stats = try pb.stats(now: later)
        #expect(stats.retention == 0.5)
        #expect(stats.reviewsToday == 2)
        #expect(stats.learning + stats.review == 2)
        #expect(stats.weakest.first?.lapses == 1, "the forgotten card has a lapse: \(stats.weakest)")
    }

    @Test func statsWithoutADatabaseCountsEveryCardAsNew() throws {
        let pb = try DrillPlaybook()
        defer { pb.remove() }
        let stats = try pb.stats()
        #expect(stats == DrillStats(total: 5, new: 5, learning: 0, review: 0, due: 0, reviewsToday: 0, retention: nil,
                                    weakest: [], orphans: [],
                                    forecast: .init(next7Days: 0, next30Days: 0, daily: Array(repeating: 0, count: 7)), exams: []))
        #expect(!FileManager.default.fileExists(atPath: pb.db), "stats never creates the database")
    }

    @Test func statsTextOutput() throws {
        let pb = try DrillPlaybook()
        defer { pb.remove() }
        #expect(try pb.drill(input: "1\n3\n").status == 0)
        let result = try CLIRunner.run(["stats", "--content", pb.content.path, "--db", pb.db, "--now", F.time(plus: 86_400)],
                                       in: pb.root, timeout: 30)
        #expect(result.status == 0)
        #expect(result.stdout.contains("cards 5 · new 3 · learning 2 · review 0 · due 2"))
        #expect(result.stdout.contains("weakest cards:"))
        #expect(result.stdout.contains(F.fee))
    }

    // MARK: - Anki

    static let escapingProduct = """
        ---
        title: 专户 & 通知存款
        ---

        ## 卖点
        - **费率 < 0.1%**: 比 "同业" 低 & 到账快。

        ## 自测
        - 问：A & B 哪个 <更好>？
          答：看 "需求"。

        """

    static func html(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    @Test func exportAnkiWritesTheTextImportFormat() throws {
        var files = DrillFixture.files
        files["products/esc.md"] = Self.escapingProduct
        let pb = try DrillPlaybook(files)
        defer { pb.remove() }
        let cards = try Self.cards(pb)
        #expect(cards.count == 7)

        let result = try CLIRunner.run(["export", "anki", "--content", pb.content.path], in: pb.root, timeout: 30)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasSuffix("\n"))
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        let headers = lines.prefix { $0.hasPrefix("#") }
        #expect(headers.contains("#separator:tab"))
        #expect(headers.contains("#html:true"))
        #expect(headers.contains("#guid column:4"))
        let notes = Array(lines.dropFirst(headers.count))
        #expect(notes.count == cards.count, "one line per card")

        for (note, card) in zip(notes, cards) {
            let fields = note.components(separatedBy: "\t")
            #expect(fields.count == 4, "\(note)")
            guard fields.count == 4 else { continue }
            #expect(fields[3] == card["id"] as? String, "the GUID is the card ID")
            #expect(fields[0] == Self.html(card["front"] as? String ?? ""), "the front, HTML-escaped")
            #expect(fields[1].contains(Self.html(card["back"] as? String ?? "")), "the back, HTML-escaped")
            #expect(fields[2].split(separator: " ").first.map(String.init) == card["kind"] as? String, "tags start with the kind")
        }
        #expect(notes.contains { $0.hasPrefix("「专户 &amp; 通知存款」的卖点「费率 &lt; 0.1%」怎么讲？\t比 &quot;同业&quot; 低 &amp; 到账快。") })
        #expect(notes.contains { $0.hasPrefix("A &amp; B 哪个 &lt;更好&gt;？\t") })
        // The multiple-choice card carries its options.
        let quiz = try #require(notes.first { $0.hasSuffix("\t" + F.quiz) })
        #expect(quiz.contains("1. 股票<br>2. 国债与存款<br>3. 期货"))
        // An objection carries its key points and never-say phrases.
        let fee = try #require(notes.first { $0.hasSuffix("\t" + F.fee) })
        #expect(fee.contains("认同客户感受 / 强调专属服务 / 资金安全"))
        #expect(fee.contains("嫌贵就别买"))
    }

    @Test func exportAnkiIsDeterministicAndLeavesOutDrafts() throws {
        var files = DrillFixture.files
        files["objections/draft.md"] = """
            ---
            draft: true
            category: 价格
            ---

            ## 草稿异议 {#draft-one}

            ### 应对
            还没写完。

            """
        let pb = try DrillPlaybook(files)
        defer { pb.remove() }
        let first = try CLIRunner.run(["export", "anki", "--content", pb.content.path], in: pb.root, timeout: 30)
        let second = try CLIRunner.run(["export", "anki", "--content", pb.content.path], in: pb.root, timeout: 30)
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
        #expect(!first.stdout.contains("草稿异议"))
        #expect(first.stdout.split(separator: "\n").filter { !$0.hasPrefix("#") }.count == 5)
    }
}
