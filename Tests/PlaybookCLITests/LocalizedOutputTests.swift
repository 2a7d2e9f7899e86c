import Foundation
import Testing

/// The command line speaks the playbook's language (or `--lang`, or `LANG`): messages change,
/// codes, positions and JSON keys do not.
@Suite struct LocalizedOutputTests {
    static func settings(_ locale: String) -> String { "---\ntitle: 测试手册\nlocale: \(locale)\n---\n介绍。\n" }

    /// An objection with a misspelt response heading (so no response: an error) and a product
    /// naming a competitor by a misspelt alias.
    static let broken: [String: String] = [
        "competitors/cmb.md": TempPlaybook.competitorCMB,
        "objections/price.md": "---\ntitle: 价格\n---\n## 年费太贵 {#fee}\n> 太贵了。\n\n### 应对话数\n先认同，再**算账**。\n",
        "products/ebank.md": "---\ntitle: 网银\ncompetitors: [招商银航]\n---\n## 核心卖点\n- **免费**：不收费\n",
    ]

    private func run(_ arguments: [String], _ playbook: TempPlaybook, environment: [String: String] = CLIRunner.environment) throws -> CLIRunner.Result {
        try CLIRunner.run(arguments + ["--content", playbook.content.path], in: playbook.root, environment: environment, english: false)
    }

    @Test(arguments: [
        ("zh-Hans", "错误: 异议“年费太贵”没有应对话术", "警告: 标题“应对话数”不是异议的已知小节，你是不是想写“应对话术”？",
         "你是不是想写“招商银行”？", "已检查 3 篇文档"),
        ("zh-Hant", "錯誤: 異議「年费太贵」沒有應對話術", "警告: 標題「应对话数」不是異議的已知小節，你是不是想寫「应对话术」？",
         "你是不是想寫「招商银行」？", "已檢查 3 篇文件"),
        ("en", "error: objection “年费太贵” has no response", "warning: heading “应对话数” names no known section of objection documents; did you mean 应对话术?",
         "Did you mean “招商银行”?", "checked 3 documents"),
    ])
    func checkSpeaksThePlaybooksLocale(locale: String, missing: String, heading: String, reference: String, summary: String) throws {
        let playbook = try TempPlaybook(Self.broken, settings: Self.settings(locale))
        defer { playbook.remove() }
        let result = try run(["check", "--today", TempPlaybook.today], playbook)
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let price = playbook.displayPath("objections/price.md"), ebank = playbook.displayPath("products/ebank.md")
        #expect(lines.contains { $0.hasPrefix("\(price):4:1: \(missing)") && $0.hasSuffix("[missing-section]") }, "\(result.stdout)")
        #expect(lines.contains { $0.hasPrefix("\(price):7:1: \(heading)") && $0.hasSuffix("[unknown-section]") }, "\(result.stdout)")
        #expect(lines.contains { $0.hasPrefix("\(ebank):3:15: ") && $0.contains(reference) && $0.hasSuffix("[unknown-reference]") },
                "\(result.stdout)")
        #expect(result.stderr.hasPrefix(summary), "\(result.stderr)")
    }

    @Test func langOverridesThePlaybooksLocale() throws {
        let playbook = try TempPlaybook(Self.broken, settings: Self.settings("zh-Hans"))
        defer { playbook.remove() }
        let english = try run(["check", "--lang", "en"], playbook)
        #expect(english.stdout.contains(": error: objection “年费太贵” has no response"))
        #expect(english.stderr.hasPrefix("checked 3 documents, "))
        #expect(!english.stdout.contains("错误"))
        let taiwan = try run(["check", "--lang", "zh-TW"], playbook)
        #expect(taiwan.stdout.contains(": 錯誤: "))
        let bad = try run(["check", "--lang", "fr"], playbook)
        #expect(bad.status == 2)
    }

    @Test func withoutAPlaybookFileTheEnvironmentDecides() throws {
        let playbook = try TempPlaybook(["products/ebank.md": "---\ntitle: 网银\n---\n## 核心卖点\n- **免费**：不收费\n"], settings: nil)
        defer { playbook.remove() }
        var environment = CLIRunner.environment
        environment["LC_ALL"] = nil
        environment["LC_MESSAGES"] = nil
        environment["LANG"] = "zh_TW.UTF-8"
        let taiwan = try run(["check"], playbook, environment: environment)
        #expect(taiwan.stdout.contains(": 錯誤: 沒有 playbook.md"), "\(taiwan.stdout)")
        environment["LANG"] = "en_US.UTF-8"
        let english = try run(["check"], playbook, environment: environment)
        #expect(english.stdout.contains(": error: there is no playbook.md"), "\(english.stdout)")
    }

    @Test func jsonKeysStayAndMessagesFollowTheLanguage() throws {
        let playbook = try TempPlaybook(Self.broken, settings: Self.settings("zh-Hans"))
        defer { playbook.remove() }
        let result = try run(["check", "--format", "json"], playbook)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(array.allSatisfy { Set($0.keys) == ["path", "line", "column", "severity", "code", "message"] })
        #expect(array.contains { $0["code"] as? String == "unknown-section" && $0["severity"] as? String == "warning"
            && ($0["message"] as? String)?.contains("你是不是想写“应对话术”") == true })
    }

    @Test(arguments: [("zh-Hans", "已生成 ", "个页面"), ("zh-Hant", "已生成 ", "個頁面"), ("en", "built ", " pages, ")])
    func buildSummaryInTheLanguage(locale: String, start: String, pages: String) throws {
        let playbook = try TempPlaybook(["products/ebank.md": "---\ntitle: 网银\n---\n## 核心卖点\n- **免费**：不收费\n"],
                                        settings: Self.settings(locale))
        defer { playbook.remove() }
        let out = playbook.root.appendingPathComponent("Site").path
        let result = try run(["build", "--out", out, "--templates", playbook.root.appendingPathComponent("none").path], playbook)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.hasPrefix(start) && result.stderr.contains(pages), "\(result.stderr)")
        let again = try run(["build", "--out", out, "--templates", playbook.root.appendingPathComponent("none").path], playbook)
        let unchanged = ["zh-Hans": "自上次生成", "zh-Hant": "自上次生成", "en": "nothing changed since the last build"][locale]!
        #expect(again.stderr.hasPrefix(unchanged), "\(again.stderr)")
    }

    @Test func verboseSaysWhyItBuiltInFullInTheLanguage() throws {
        let product = "---\ntitle: 网银\n---\n## 核心卖点\n- **免费**：不收费\n"
        let playbook = try TempPlaybook(["products/ebank.md": product], settings: Self.settings("zh-Hans"))
        defer { playbook.remove() }
        let arguments = ["build", "--out", playbook.root.appendingPathComponent("Site").path, "--verbose",
                         "--templates", playbook.root.appendingPathComponent("none").path]
        #expect(try run(arguments, playbook).status == 0)
        try playbook.write("products/ebank.md", product.replacingOccurrences(of: "title: 网银", with: "title: 企业网银"))
        let zh = try run(arguments, playbook)
        #expect(zh.stderr.contains("完整生成：大纲变了：products/ebank.md"), "\(zh.stderr)")
        try playbook.write("products/ebank.md", product)
        let en = try run(arguments + ["--lang", "en"], playbook)
        #expect(en.stderr.contains("full build: outline changed: products/ebank.md"), "\(en.stderr)")
    }

    @Test func buildStoppedByErrorsSaysSoInTheLanguage() throws {
        let playbook = try TempPlaybook(Self.broken, settings: Self.settings("zh-Hans"))
        defer { playbook.remove() }
        let result = try run(["build", "--out", playbook.root.appendingPathComponent("Site").path], playbook)
        #expect(result.status == 1)
        #expect(result.stderr.contains("生成已停止：2 个错误"), "\(result.stderr)")
    }

    @Test(arguments: [("zh-Hans", "练习卡 2 · 新卡 2 · 学习中 0 · 复习中 0 · 到期 0", "今日复习 0 · 记忆保持率（30 天）—"),
                      ("zh-Hant", "練習卡 2 · 新卡 2 · 學習中 0 · 複習中 0 · 到期 0", "今日複習 0"),
                      ("en", "cards 2 · new 2 · learning 0 · review 0 · due 0", "reviews today 0 · retention (30 days) —")])
    func statsInTheLanguage(locale: String, cards: String, reviews: String) throws {
        let playbook = try TempPlaybook(["products/ebank.md": "---\ntitle: 网银\n---\n## 核心卖点\n- **免费**：不收费\n- **快**：当天开通\n"],
                                        settings: Self.settings(locale))
        defer { playbook.remove() }
        let result = try run(["stats", "--db", playbook.root.appendingPathComponent("none.sqlite").path], playbook)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == cards, "\(result.stdout)")
        #expect(lines.dropFirst().first?.hasPrefix(reviews) == true, "\(result.stdout)")
    }

    @Test func scoreSaysPassOrFailInTheLanguage() throws {
        let objections = "---\ncategory: 价格\n---\n## 手续费太贵 {#fee}\n> 太贵了。\n\n### 应对\n我理解您的顾虑，**算一笔账**。\n\n### 要点\n- 认同客户感受\n- 算一笔账\n"
        let playbook = try TempPlaybook(["objections/price.md": objections], settings: Self.settings("zh-Hans"))
        defer { playbook.remove() }
        let zh = try run(["score", "fee", "我很理解您的感受，我们来算一笔账"], playbook)
        #expect(zh.stdout.split(separator: "\n").last.map(String.init)?.hasPrefix("得分 ") == true, "\(zh.stdout)")
        #expect(zh.stdout.contains(" · 通过") || zh.stdout.contains(" · 未通过"))
        let missing = try run(["score", "nope", "随便"], playbook)
        #expect(missing.status == 2 && missing.stderr.hasPrefix("错误：没有异议“nope”"), "\(missing.stderr)")
    }

    @Test func newSpeaksTheLanguageToo() throws {
        let playbook = try TempPlaybook([:], settings: Self.settings("zh-Hans"))
        defer { playbook.remove() }
        _ = try run(["new", "objection", "fees"], playbook)
        let again = try run(["new", "objection", "fees"], playbook)
        #expect(again.status == 2)
        #expect(again.stderr.hasPrefix("错误：") && again.stderr.contains("已经存在"), "\(again.stderr)")
    }
}
