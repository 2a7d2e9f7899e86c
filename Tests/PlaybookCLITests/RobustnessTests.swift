import Foundation
import Testing

/// Bad input never crashes or hangs: `check` exits 0 or 1 with no crash report.
@Suite struct RobustnessTests {
    @Test func emptyProductFileIsMissingTitle() throws {
        let playbook = try TempPlaybook(["products/empty.md": ""])
        defer { playbook.remove() }
        let outcome = try playbook.check()
        #expect(outcome.result.endedCleanly)
        #expect(outcome.status == 1)
        #expect(outcome.spots == ["products/empty.md:1:1 error missing-field"])
    }

    @Test func emptyFilesOfEveryTypeDoNotCrash() throws {
        let playbook = try TempPlaybook([
            "products/a.md": "", "competitors/a.md": "", "objections/a.md": "",
            "self/a.md": "", "segments/a.md": "", "cases/a.md": "",
        ])
        defer { playbook.remove() }
        let outcome = try playbook.check()
        #expect(outcome.result.endedCleanly)
        #expect(outcome.spots.contains("products/a.md:1:1 error missing-field"))
        #expect(outcome.spots.contains("competitors/a.md:1:1 error missing-field"))
    }

    @Test func fileOfOnlyFrontMatter() throws {
        let playbook = try TempPlaybook([
            "products/a.md": "---\ntitle: 只有头\n---\n",
            "products/b.md": "---\ntitle: 没有换行\n---",
            "products/c.md": "---\n---\n",
        ])
        defer { playbook.remove() }
        let outcome = try playbook.check()
        #expect(outcome.result.endedCleanly)
        #expect(outcome.spots == ["products/c.md:1:1 error missing-field"])
    }

    @Test func emptyPlaybookFile() throws {
        let playbook = try TempPlaybook(settings: "")
        defer { playbook.remove() }
        let outcome = try playbook.check()
        #expect(outcome.result.endedCleanly)
        #expect(outcome.spots == ["playbook.md:1:1 error missing-field"])
    }

    @Test func tenMegabyteMarkdownFile() throws {
        let paragraph = "这是一段较长的说明文字，用来填充文件，确保大文件也能读完。Some **bold** English and `code`.\n\n"
        let count = (10 << 20) / paragraph.utf8.count + 1
        var text = "---\ntitle: 大文件\n---\n\n摘要。\n\n## 相关知识\n\n"
        text.reserveCapacity(count * paragraph.utf8.count + text.utf8.count)
        for _ in 0..<count { text += paragraph }
        let playbook = try TempPlaybook(["products/big.md": text])
        defer { playbook.remove() }
        #expect(text.utf8.count >= 10 << 20)
        let started = Date()
        let outcome = try playbook.check()
        #expect(outcome.result.endedCleanly)
        #expect(outcome.status == 0)
        #expect(outcome.lines.isEmpty)
        #expect(Date().timeIntervalSince(started) < 60)
    }

    @Test func fileOverTheSizeLimitIsRefused() throws {
        let playbook = try TempPlaybook()
        defer { playbook.remove() }
        let line = Array(String(repeating: "x", count: 1023).utf8) + [0x0A]
        var bytes: [UInt8] = Array("---\ntitle: 太大\n---\n".utf8)
        bytes.reserveCapacity(17 << 20 + 64)
        for _ in 0..<(17 << 10) { bytes += line }
        try playbook.write("products/huge.md", bytes: bytes)
        let outcome = try playbook.check()
        #expect(outcome.result.endedCleanly)
        #expect(outcome.status == 1)
        #expect(outcome.spots == ["products/huge.md:1:1 error file-too-large"])
    }

    @Test func folderSymlinkToItsParentIsSkipped() throws {
        let playbook = try TempPlaybook(["products/p.md": "---\ntitle: 产品\n---\n"])
        defer { playbook.remove() }
        try playbook.symlink("products/loop", to: "..")
        let outcome = try playbook.check()
        #expect(outcome.result.endedCleanly)
        #expect(outcome.status == 0)
        #expect(outcome.spots == ["products/loop:1:1 warning skipped-symlink"])
    }

    @Test func folderSymlinkToItselfIsSkipped() throws {
        let playbook = try TempPlaybook()
        defer { playbook.remove() }
        try playbook.symlink("cases", to: ".")
        let outcome = try playbook.check()
        #expect(outcome.result.endedCleanly)
        #expect(outcome.spots == ["cases:1:1 warning skipped-symlink"])
    }

    @Test func fileSymlinkToItselfIsUnreadable() throws {
        let playbook = try TempPlaybook()
        defer { playbook.remove() }
        try playbook.symlink("products/self.md", to: "self.md")
        let outcome = try playbook.check()
        #expect(outcome.result.endedCleanly)
        #expect(outcome.status == 1)
        #expect(outcome.spots == ["products/self.md:1:1 error unreadable-file"])
    }

    @Test func danglingFileSymlinkIsUnreadable() throws {
        let playbook = try TempPlaybook()
        defer { playbook.remove() }
        try playbook.symlink("products/gone.md", to: "nowhere.md")
        let outcome = try playbook.check()
        #expect(outcome.result.endedCleanly)
        #expect(outcome.status == 1)
        #expect(outcome.spots == ["products/gone.md:1:1 error unreadable-file"])
    }

    @Test func traditionalChineseAndEnglishHeadings() throws {
        let playbook = try TempPlaybook([
            "products/p.md": """
                ---
                title: 代發薪資
                ---

                摘要。

                ## 產品賣點
                - **安全**：專戶管理

                ## Selling points
                - **Fast** — paid on the same day

                ## 基本資訊
                - 期限：一年

                ## Key facts
                - Term: one year

                ## 目標客戶
                - **中小企業**：人數少

                ## 競品對比
                - **安全**
                  - 我們: 好
                  - Us: good

                ## 自測
                - 問：賣點是什麼？
                  答：安全。

                """,
            "objections/o.md": """
                ---
                category: 價格
                ---

                ## 太貴了

                ### 應對

                我們的服務更完整。

                ### 要點
                - 服務完整

                ### 不該說的話
                - 「便宜沒好貨」

                ### Follow-ups
                - 您比較的是哪一家？

                """,
        ], settings: "---\ntitle: 銷售手冊\nlocale: zh-Hant\n---\n")
        defer { playbook.remove() }
        let outcome = try playbook.check()
        #expect(outcome.result.endedCleanly)
        #expect(outcome.status == 0)
        #expect(outcome.lines.isEmpty)
        #expect(!outcome.codes.contains("unknown-section"))

        let export = try playbook.exportJSON()
        #expect(export.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
        let product = try #require((root["products"] as? [[String: Any]])?.first)
        let sellingPoints = try #require(product["sellingPoints"] as? [[String: Any]])
        #expect(sellingPoints.compactMap { $0["name"] as? String } == ["安全", "Fast"])
        let facts = try #require(product["facts"] as? [[String: Any]])
        #expect(facts.compactMap { $0["name"] as? String } == ["期限", "Term"])
        let objection = try #require((root["objections"] as? [[String: Any]])?.first)
        #expect(objection["keyPoints"] as? [String] == ["服務完整"])
        #expect(objection["avoid"] as? [String] == ["便宜沒好貨"])
    }

    @Test func numberedAndDecoratedHeadingsMatchSections() throws {
        let playbook = try TempPlaybook(["products/p.md": """
            ---
            title: 产品
            ---

            ## 一、基本信息
            - 期限：一年

            ## （二）核心卖点：
            - **安全**：专户

            ## 3. Buyer value {#value}
            - **省心**：不用跑网点

            """])
        defer { playbook.remove() }
        let outcome = try playbook.check()
        #expect(outcome.status == 0)
        #expect(outcome.lines.isEmpty)
    }

    @Test func yamlAliasBombIsNotExpanded() throws {
        let levels = "abcdefghi".map(String.init)
        var yaml = "title: lol\n" + "a: &a [" + Array(repeating: "\"lol\"", count: 9).joined(separator: ",") + "]\n"
        for (previous, level) in zip(levels, levels.dropFirst()) {
            yaml += "\(level): &\(level) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
        }
        yaml += "tags: *i\ncompetitors: *i\n"
        let playbook = try TempPlaybook(["products/lol.md": "---\n" + yaml + "---\n"])
        defer { playbook.remove() }
        let outcome = try playbook.check(timeout: 60)
        #expect(outcome.result.endedCleanly)
        #expect(outcome.status == 1)
        #expect(outcome.codes.contains("invalid-field"))
    }

    /// A page pasted from a web page or a Word export can hold one very long line full of tags.
    @Test
    func manyDiagnosticsOnOneLongLineStayFast() throws {
        let line = String(repeating: "<b>x</b>", count: 20_000)
        let playbook = try TempPlaybook(["products/p.md": "---\ntitle: 产品\n---\n\n" + line + "\n"])
        defer { playbook.remove() }
        let started = Date()
        let outcome = try playbook.check(timeout: 30)
        #expect(!outcome.result.timedOut)
        #expect(outcome.result.endedCleanly)
        #expect(outcome.lines.count == 21)  // 20 of the 40,000 listed, then a summary of the rest
        #expect(outcome.lines.last?.contains("p.md:5:81: warning: and 39980 more `raw-html` warnings") == true)
        #expect(Date().timeIntervalSince(started) < 20)
    }

    @Test func hostileMarkdownDoesNotCrash() throws {
        let deepQuote = String(repeating: ">", count: 2_000) + " 深\n"
        let deepList = (0..<500).map { String(repeating: "  ", count: $0) + "- 层\($0)" }.joined(separator: "\n") + "\n"
        let brackets = String(repeating: "[", count: 20_000) + String(repeating: "]", count: 20_000) + "\n"
        let stars = String(repeating: "**a", count: 20_000) + "\n"
        let playbook = try TempPlaybook([
            "products/a.md": "---\ntitle: 产品\n---\n\n" + deepQuote + "\n" + deepList + "\n" + brackets + "\n" + stars,
            "products/b.md": "---\ntitle: 比较\n---\n\n## 竞品对比\n" + deepList,
            "objections/o.md": "## \n\n### \n\n## {#}\n\n### 应对\n\n" + deepList,
            "products/nul.md": "---\ntitle: 空字节\n---\n\n有\u{0}空字节。\n",
            "products/yaml.md": "---\ntitle: &a [*a]\ntags: !!binary xyz\nid: { a: 1 }\n---\n",
        ])
        defer { playbook.remove() }
        let outcome = try playbook.check()
        #expect(outcome.result.endedCleanly)
        let export = try playbook.exportJSON()
        #expect(export.exitedNormally)
        #expect(!export.stderr.contains("Fatal error"))
    }
}
