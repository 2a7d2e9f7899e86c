import Foundation
import PlaybookCore
@testable import PlaybookSite
import Testing

/// The practice page's data: `practice/deck.js` (rows, facets, settings, strings), the card
/// shards and the scorer's language data, as `playbook build` writes them.
@Suite struct PracticeDataTests {
    static let objections = """
        ---
        category: 价格
        tags: [费用]
        products: [fund]
        competitors: [cmb]
        ---
        ## 管理费太高 {#fee}
        > 别家不收管理费
        ### 应对话术
        先**认同感受**，再算一笔账。
        ### 要点
        - 认同客户感受（也可说：理解您在意费用）
        - 帮客户算全年总账
        ### 避免
        - 这是规定
        ### 追问
        - 您每月大概有几笔转账？

        ## 自测
        - 问：维修资金专户由谁管理？
          - [x] 业主委员会
          - [ ] 物业公司
        """

    /// The object a script assigns to `var NAME = …;` (the deck is JSON inside).
    static func deck(_ files: [String: Data]) throws -> [String: Any] {
        let text = String(decoding: try #require(files["practice/deck.js"]), as: UTF8.self)
        let start = try #require(text.range(of: "var PlaybookPracticeDeck = "))
        let json = text[start.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines).dropLast()
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    static func text(_ files: [String: Data], _ path: String) throws -> String {
        String(decoding: try #require(files[path], "\(path) not written"), as: UTF8.self)
    }

    @Test func aRowHoldsTheCardsFacetsHashShardAndFlags() throws {
        let space = try SiteWorkspace(["objections/price.md": PracticeDataTests.objections])
        let playbook = try space.playbook()
        let deck = try PracticeDataTests.deck(try space.render())
        let rows = try #require(deck["cards"] as? [[Any]])
        let kinds = try #require(deck["kinds"] as? [[String: String]])
        let categories = try #require(deck["categories"] as? [String])
        let tags = try #require(deck["tags"] as? [String])
        let products = try #require(deck["products"] as? [[String: String]])
        let competitors = try #require(deck["competitors"] as? [[String: String]])
        let row = try #require(rows.first { $0[0] as? String == "objection/price/fee" })
        #expect(kinds[row[1] as! Int]["id"] == "objection")
        #expect(kinds[row[1] as! Int]["label"] == DrillText(locale: .zhHans).label(.objection), "in the playbook's language")
        #expect(categories[row[2] as! Int] == "价格")
        #expect((row[3] as! [Int]).map { products[$0]["id"] } == ["fund"])
        #expect(products.first { $0["id"] == "fund" }?["name"] == "维修资金专户")
        #expect((row[4] as! [Int]).map { competitors[$0]["name"] } == ["招商银行"])
        #expect((row[5] as! [Int]).map { tags[$0] } == ["费用"])
        #expect(row[7] as? Int == 0)
        #expect(row[8] as? Int == 1, "key points, no choices")
        let quiz = try #require(rows.first { ($0[0] as? String)?.hasPrefix("quiz/") == true })
        #expect(quiz[8] as? Int == 2, "choices, no key points")
        // Every card, in the terminal's deck order.
        #expect(rows.map { $0[0] as! String } == CardBuilder.cards(for: playbook).map(\.id))
        #expect(deck["playbook"] as? String == "测试手册")
        #expect(deck["locale"] as? String == "zh-Hans")
        #expect(deck["shards"] as? Int == 1)
    }

    @Test func theContentHashIsTheTerminalsCardFingerprint() throws {
        let space = try SiteWorkspace(["objections/price.md": PracticeDataTests.objections])
        let cards = CardBuilder.cards(for: try space.playbook())
        let rows = try #require(try PracticeDataTests.deck(try space.render())["cards"] as? [[Any]])
        #expect(rows.count == cards.count && !cards.isEmpty)
        for (row, card) in zip(rows, cards) { #expect(row[6] as? String == CardFingerprint.hash(card)) }
    }

    @Test func settingsStringsAndGroupsComeFromThePlaybook() throws {
        let settings = "---\ntitle: 测试手册\nlocale: zh-Hans\nnewPerSession: 5\ndesiredRetention: 0.85\nsynonyms:\n  - [在意, 关注]\n---\n"
        let space = try SiteWorkspace(["objections/price.md": PracticeDataTests.objections], settings: settings)
        let deck = try PracticeDataTests.deck(try space.render())
        let drill = try #require(deck["settings"] as? [String: Any])
        #expect(drill["newPerSession"] as? Int == 5)
        #expect(drill["desiredRetention"] as? Double == 0.85)
        #expect(drill["learningSteps"] as? [Int] == [60, 600])
        #expect(drill["examPassMark"] as? Int == 80)
        let groups = try #require(deck["groups"] as? [[String]])
        #expect(groups.contains(["playbook:1", "在意", "关注"]))
        #expect(groups.contains { $0.first == "keyPoint:price/fee/1" && $0.contains("理解您在意费用") })
        let strings = try #require(deck["strings"] as? [String: [String: String]])
        #expect(strings["zh-Hans"]?["practice.export"] == "导出进度")
        #expect(strings["zh-Hant"]?["practice.export"] == "匯出進度")
        #expect(strings["en"]?["practice.export"] == "Export progress")
        #expect(Set(strings.keys) == ["zh-Hans", "zh-Hant", "en"])
        // The terminal drill's strings, where the page says the same thing.
        for locale in [PlaybookLocale.zhHans, .zhHant, .en] {
            let table = try #require(strings[UIText.htmlLang(locale)])
            for (key, text) in DrillText(locale: locale).all where !key.hasPrefix("practice.") { #expect(table[key] == text, "\(key)") }
        }
        #expect(strings["zh-Hans"]?["rating1"] == "重来")
        // The import panel reports a file's lines in the CLI's words, in every locale.
        for locale in [PlaybookLocale.zhHans, .zhHant, .en] {
            let table = try #require(strings[UIText.htmlLang(locale)])
            for id in PracticeStrings.progressMessages {
                #expect(table[id.rawValue] == MessageCatalog.template(id, in: locale), "\(id) in \(locale)")
            }
        }
        #expect(strings["zh-Hans"]?["progressImpossibleRating"]?.contains("评分") == true)
    }

    @Test func aCardsShardHoldsItsTextAndScoringPlan() throws {
        let space = try SiteWorkspace(["objections/price.md": PracticeDataTests.objections])
        let shard = try PracticeDataTests.text(try space.render(), "practice/cards/0.js")
        #expect(shard.contains("PlaybookPracticeDeck.addShard(0, ["))
        #expect(shard.contains("\"front\":\"别家不收管理费\""))
        #expect(shard.contains("\"page\":\"objections/fee.html\""))
        #expect(shard.contains("\"text\":\"认同客户感受\""))
        #expect(shard.contains("\"folded\":\"理解您在意费用\",\"isAlternative\":true"))
        #expect(shard.contains("\"plan\":null"), "the quiz card has no key points")
    }

    /// The compact plan is the full one (as `playbook score --plan` prints it) without the
    /// fields the browser scorer treats as absent when false or empty.
    @Test func theCompactPlanIsTheFullPlanWithoutDefaults() throws {
        let card = Card(id: "objection/a/b", kind: .objection, front: "太贵", back: "",
                        keyPoints: ["认同关注成本", "帮客户算全年总账"], avoid: ["一分钱一分货"], source: .init(path: "a.md", line: 1))
        var withAlternatives = card
        withAlternatives.keyPointAlternatives = [["理解您在意费用"], []]
        for card in [card, withAlternatives] {
            let plan = ScoringPlan(card: card, language: .standard)
            let compact = try JSONSerialization.jsonObject(with: Data(PracticeCardJSON.plan(plan).inlined.utf8))
            var full = try JSONSerialization.jsonObject(with: JSONEncoder().encode(plan))
            full = PracticeDataTests.droppingDefaults(full)
            #expect(NSDictionary(dictionary: compact as! [String: Any]).isEqual(to: full as! [String: Any]))
        }
    }

    static func droppingDefaults(_ value: Any) -> Any {
        if let list = value as? [Any] { return list.map(droppingDefaults) }
        guard let object = value as? [String: Any] else { return value }
        var result: [String: Any] = [:]
        for (key, value) in object {
            if ["isAlternative", "ambiguous"].contains(key), value as? Bool == false { continue }
            if key == "parts", (value as? [Any])?.isEmpty == true { continue }
            result[key] = droppingDefaults(value)
        }
        return result
    }

    @Test func hostileCardTextCannotEndOrBreakTheScript() throws {
        // Escaped `<` and a code span keep `</script>` in the card's text; U+2028/2029 end a line in older JavaScript.
        let hostile = PracticeDataTests.objections
            .replacingOccurrences(of: "别家不收管理费", with: "别家\\</script>`</script><script>`不收\u{2028}管理\u{2029}费")
            .replacingOccurrences(of: "帮客户算全年总账", with: "帮客户算\\</SCRIPT>全年\u{2028}总账")
        let files = try SiteWorkspace(["objections/price.md": hostile]).render()
        for path in ["practice/cards/0.js", "practice/deck.js"] {
            let script = try PracticeDataTests.text(files, path)
            #expect(!script.lowercased().contains("</script"), "\(path)")
            #expect(!script.contains("\u{2028}") && !script.contains("\u{2029}"), "\(path)")
        }
        let shard = try PracticeDataTests.text(files, "practice/cards/0.js")
        #expect(shard.contains("\"front\":\"别家\\u003c/script>\\u003c/script>\\u003cscript>不收\\u2028管理\\u2029费\""))
        #expect(shard.contains("\"keyPoints\":[\"认同客户感受\",\"帮客户算\\u003c/SCRIPT>全年\\u2028总账\"]"))
        #expect(!(try PracticeDataTests.text(files, "practice/index.html")).contains("不收"), "card text stays out of the page")
    }

    @Test func shardsStayUnderTheirLimitsAndHoldConsecutiveCards() throws {
        var files: [String: String] = [:]
        for file in 0..<12 {
            var text = "---\ncategory: 类别\(file % 3)\ntags: [标签\(file % 5)]\n---\n"
            for number in 0..<12 {
                text += "## 异议\(file)-\(number) {#o\(file)-\(number)}\n> 客户说第\(number)件事\n### 应对话术\n先**认同感受**，再说明**资金安全**。\n"
                    + "### 要点\n- 认同感受\n- 说明资金安全与费用透明\n- 第\(number)个要点\n\n"
            }
            files["objections/f\(file).md"] = text
        }
        let space = try SiteWorkspace(files)
        let site = try space.render()
        let deck = try PracticeDataTests.deck(site)
        let rows = try #require(deck["cards"] as? [[Any]])
        let shardCount = try #require(deck["shards"] as? Int)
        #expect(rows.count >= 144)
        #expect(shardCount >= 3, "144 objections cannot fit in fewer than three shards of 64")
        let shardOfRow = rows.map { $0[7] as! Int }
        #expect(shardOfRow == shardOfRow.sorted() && Set(shardOfRow) == Set(0..<shardCount), "consecutive, none empty")
        for number in 0..<shardCount {
            let script = try PracticeDataTests.text(site, "practice/cards/\(number).js")
            let ids = rows.filter { $0[7] as! Int == number }.map { $0[0] as! String }
            #expect(ids.count <= PracticeDeck.cardsPerShard)
            #expect(script.utf8.count < 150 * 1024)
            for id in ids { #expect(script.contains("{\"id\":\"\(id)\""), "\(id) in shard \(number)") }
            // The concept 认同 comes back in every objection: written once, in the shard's table.
            #expect(script.hasPrefix("(function (V) {"))
            #expect(script.components(separatedBy: "{\"word\":\"认同\"").count - 1 == 1)
        }
        #expect(site["practice/cards/\(shardCount).js"] == nil)
        // The workspace's own objection file adds 价格 (and no tag).
        #expect(Set(try #require(deck["categories"] as? [String])) == ["价格", "类别0", "类别1", "类别2"])
        #expect(Set(try #require(deck["tags"] as? [String])).isSuperset(of: (0..<5).map { "标签\($0)" }))
    }

    @Test func theLanguageDataIsTheBundledData() throws {
        let script = PracticeScripts.languageData()
        #expect(script.contains("var PlaybookScorerLanguage = {\"lexicon\":\"# total "))
        for key in ["\"pinyin\":", "\"stopWords\":", "\"thesaurus\":", "\"opencc\":{\"configs\":"] { #expect(script.contains(key)) }
        #expect(script.contains("\\n认同 ") || script.contains("认同"))
        let files = try SiteWorkspace().render()
        #expect(files[PracticeScripts.languagePath] == Data(script.utf8))
    }

    @Test func thePracticePageLoadsTheSchedulerThenTheAppThenTheDeckAndTheScorerLater() throws {
        let space = try SiteWorkspace()
        try space.write("T/assets/practice/zz-app.js", "// app")
        let templates = try TemplateSet.load(overridesAt: space.root.appendingPathComponent("T").path)
        let page = String(decoding: try #require(try space.render(templates: templates)["practice/index.html"]), as: UTF8.self)
        let sources = page.components(separatedBy: "<script src=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
            .filter { $0.hasPrefix("../assets/practice/") || $0.hasPrefix("../practice/") }
        #expect(Array(sources.prefix(2)) == PracticePage.engineScripts.map { "../assets/practice/\($0)"[...] })
        for scorer in PracticePage.scorerScripts {
            #expect(!sources.contains("../assets/practice/\(scorer)"[...]), "\(scorer) is loaded with the language data")
        }
        #expect(page.contains("data-scorer-scripts=\"../assets/practice/numbers.js ../assets/practice/chinese-converter.js "
            + "../assets/practice/language.js ../assets/practice/never-say.js ../assets/practice/scorer.js\""))
        #expect(sources.suffix(2) == ["../assets/practice/zz-app.js", "../practice/deck.js"])
        #expect(!sources.contains("../assets/practice/language-data.js"), "loaded when the first answer is scored")
        #expect(page.contains("id=\"practice\" class=\"practice\" data-root=\"../\""))
        #expect(page.contains("<noscript>"))
        let home = try space.page("index.html")
        #expect(home.contains("<a href=\"practice/index.html\">练习</a>"))
    }
}
