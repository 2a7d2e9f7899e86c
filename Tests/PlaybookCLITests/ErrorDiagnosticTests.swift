import Foundation
import Testing

/// docs/cli.md errors, one test each: exit 1 and the exact place and code.
@Suite struct ErrorDiagnosticTests {
    @Test func invalidUTF8() throws {
        let playbook = try TempPlaybook()
        defer { playbook.remove() }
        let bytes = Array("---\ntitle: 产品\n".utf8) + [0x61, 0xFF, 0x62] + Array("\n---\n".utf8)
        try playbook.write("products/p.md", bytes: bytes)
        let outcome = try playbook.check()
        #expect(outcome.status == 1)
        #expect(outcome.spots == ["products/p.md:3:2 error invalid-utf8"])
        #expect(outcome.first("invalid-utf8")?.message.contains("UTF-8") == true)
    }

    @Test func gbkEncodedFileIsInvalidUTF8() throws {
        let playbook = try TempPlaybook()
        defer { playbook.remove() }
        // "产品" in GBK is B2 FA C6 B7: not UTF-8.
        try playbook.write("products/p.md", bytes: Array("---\ntitle: ".utf8) + [0xB2, 0xFA, 0xC6, 0xB7] + Array("\n---\n".utf8))
        let outcome = try playbook.check()
        #expect(outcome.status == 1)
        #expect(outcome.spots == ["products/p.md:2:8 error invalid-utf8"])
    }

    @Test func invalidYAMLFrontMatterAtTheParsersPosition() throws {
        let playbook = try TempPlaybook(["products/p.md": "---\ntype: product\ntitle: [unclosed\n---\n\n正文。\n"])
        defer { playbook.remove() }
        let outcome = try playbook.check()
        #expect(outcome.status == 1)
        #expect(outcome.codes == ["invalid-front-matter"])
        let error = try #require(outcome.first("invalid-front-matter"))
        #expect(error.path == playbook.displayPath("products/p.md"))
        #expect(error.severity == "error")
        // The flow list is unterminated: libyaml notices at the end of the YAML, which is
        // file line 3 or the closing `---` on line 4, never past the front matter.
        #expect((3...4).contains(error.line))
        #expect(error.message.contains("YAML"))
    }

    @Test func invalidYAMLFrontMatterExactPosition() throws {
        let playbook = try TempPlaybook(["products/p.md": "---\ntype: product\ntitle: a: b\n---\n\n正文。\n"])
        defer { playbook.remove() }
        let outcome = try playbook.check()
        #expect(outcome.status == 1)
        #expect(outcome.spots == ["products/p.md:3:9 error invalid-front-matter"])
    }

    @Test func frontMatterThatIsNotAMapping() throws {
        let playbook = try TempPlaybook(["products/p.md": "---\n- a\n- b\n---\n"])
        defer { playbook.remove() }
        let outcome = try playbook.check()
        #expect(outcome.status == 1)
        #expect(outcome.spots == ["products/p.md:2:1 error invalid-front-matter"])
    }

    @Test func unclosedFrontMatter() throws {
        let playbook = try TempPlaybook(["products/p.md": "---\ntitle: 产品\n\n正文。\n"])
        defer { playbook.remove() }
        let outcome = try playbook.check()
        #expect(outcome.status == 1)
        #expect(outcome.spots == ["products/p.md:1:1 error unclosed-front-matter"])
    }

    @Test func unknownType() throws {
        let playbook = try TempPlaybook(["products/p.md": "---\ntype: widget\ntitle: 产品\n---\n"])
        defer { playbook.remove() }
        let outcome = try playbook.check()
        #expect(outcome.status == 1)
        #expect(outcome.spots == ["products/p.md:2:7 error unknown-type"])
        #expect(outcome.first("unknown-type")?.message.contains("widget") == true)
    }

    @Test func fileOutsideATypeFolderWithoutTypeIsUnknownType() throws {
        let playbook = try TempPlaybook(["notes/p.md": "---\ntitle: 笔记\n---\n"])
        defer { playbook.remove() }
        let outcome = try playbook.check()
        #expect(outcome.status == 1)
        #expect(outcome.spots == ["notes/p.md:1:1 error unknown-type"])
    }

    @Test func productWithoutTitleIsMissingField() throws {
        let playbook = try TempPlaybook(["products/p.md": "---\ncategory: 对公\n---\n\n摘要。\n"])
        defer { playbook.remove() }
        let outcome = try playbook.check()
        #expect(outcome.status == 1)
        #expect(outcome.spots == ["products/p.md:1:1 error missing-field"])
        #expect(outcome.first("missing-field")?.message.contains("title") == true)
    }

    @Test func competitorWithoutNameIsMissingField() throws {
        let playbook = try TempPlaybook(["competitors/c.md": "---\naliases: [甲]\n---\n\n摘要。\n"])
        defer { playbook.remove() }
        let outcome = try playbook.check()
        #expect(outcome.status == 1)
        #expect(outcome.spots == ["competitors/c.md:1:1 error missing-field"])
        #expect(outcome.first("missing-field")?.message.contains("name") == true)
    }

    @Test func objectionWithoutResponseIsMissingSection() throws {
        let playbook = try TempPlaybook(["objections/price.md": """
            ---
            category: 价格
            ---

            ## 你们的费率太高了

            > 别家都比你们便宜。

            ### 要点
            - 讲清价值

            """])
        defer { playbook.remove() }
        let outcome = try playbook.check()
        #expect(outcome.status == 1)
        #expect(outcome.spots == ["objections/price.md:5:1 error missing-section"])
        #expect(outcome.first("missing-section")?.message.contains("你们的费率太高了") == true)
    }

    @Test func duplicateIDInProducts() throws {
        let playbook = try TempPlaybook([
            "products/a.md": "---\nid: same\ntitle: 甲\n---\n",
            "products/b.md": "---\nid: same\ntitle: 乙\n---\n",
        ])
        defer { playbook.remove() }
        let outcome = try playbook.check()
        #expect(outcome.status == 1)
        #expect(outcome.spots == ["products/b.md:2:5 error duplicate-id"])
        let message = try #require(outcome.first("duplicate-id")?.message)
        #expect(message.contains("same"))
        #expect(message.contains("products/a.md"))
    }

    @Test func sameIDInDifferentTypesIsAllowed() throws {
        let playbook = try TempPlaybook([
            "products/cmb.md": "---\ntitle: 甲\n---\n",
            "competitors/cmb.md": TempPlaybook.competitorCMB,
        ])
        defer { playbook.remove() }
        let outcome = try playbook.check()
        #expect(outcome.status == 0)
        #expect(outcome.lines.isEmpty)
    }

    @Test func unknownReferenceAtTheListEntry() throws {
        let playbook = try TempPlaybook([
            "competitors/cmb.md": TempPlaybook.competitorCMB,
            "products/p.md": "---\ntitle: 产品\ncompetitors: [cmb, nope]\n---\n",
        ])
        defer { playbook.remove() }
        let outcome = try playbook.check()
        #expect(outcome.status == 1)
        #expect(outcome.spots == ["products/p.md:3:20 error unknown-reference"])
        #expect(outcome.first("unknown-reference")?.message.contains("nope") == true)
    }

    @Test func unknownReferenceInABlockList() throws {
        let playbook = try TempPlaybook([
            "competitors/cmb.md": TempPlaybook.competitorCMB,
            "objections/o.md": """
                ---
                products:
                  - fund
                competitors:
                  - cmb
                  - cbm2
                ---

                ## 太贵了

                ### 应对话术

                我们**收费透明**。

                """,
        ])
        defer { playbook.remove() }
        let outcome = try playbook.check()
        #expect(outcome.status == 1)
        #expect(outcome.spots == [
            "objections/o.md:3:5 error unknown-reference",
            "objections/o.md:6:5 error unknown-reference",
        ])
    }

    @Test func brokenMarkdownLink() throws {
        let playbook = try TempPlaybook([
            "competitors/cmb.md": TempPlaybook.competitorCMB,
            "products/p.md": """
                ---
                title: 产品
                ---

                对手见[招行](../competitors/cmb.md)，另见[工行](../competitors/icbc.md)。

                """,
        ])
        defer { playbook.remove() }
        let outcome = try playbook.check()
        #expect(outcome.status == 1)
        #expect(outcome.spots == ["products/p.md:5:34 error broken-link"])
        #expect(outcome.first("broken-link")?.message.contains("../competitors/icbc.md") == true)
    }

    @Test func linkLeavingTheContentFolderIsBroken() throws {
        let playbook = try TempPlaybook(["products/p.md": "---\ntitle: 产品\n---\n\n见[外面](../../outside.md)。\n"])
        defer { playbook.remove() }
        try Data("# outside\n".utf8).write(to: playbook.root.appendingPathComponent("outside.md"))
        let outcome = try playbook.check()
        #expect(outcome.status == 1)
        #expect(outcome.spots == ["products/p.md:5:2 error broken-link"])
    }

    @Test func hostileIDIsUnsafeAndTouchesNothing() throws {
        let playbook = try TempPlaybook(["products/p.md": "---\nid: ../x\ntitle: 产品\n---\n\n摘要。\n"])
        defer { playbook.remove() }
        let before = playbook.snapshot()
        // The parent is the shared temporary folder: another program's `x` there is not ours.
        let escaped = playbook.root.deletingLastPathComponent().appendingPathComponent("x").path
        let escapedBefore = FileManager.default.fileExists(atPath: escaped)
        let outcome = try playbook.check()
        #expect(outcome.status == 1)
        #expect(outcome.spots == ["products/p.md:2:5 error unsafe-id"])
        #expect(outcome.first("unsafe-id")?.message.contains("../x") == true)

        let export = try playbook.exportJSON()
        #expect(export.status == 1)
        #expect(export.stdout.isEmpty)
        #expect(export.stderr.contains("[unsafe-id]"))

        #expect(playbook.snapshot() == before)
        #expect(FileManager.default.fileExists(atPath: escaped) == escapedBefore)
        #expect(!FileManager.default.fileExists(atPath: playbook.root.appendingPathComponent("x").path))
    }

    @Test(arguments: ["../../x", "a/b", "a\\\\b", "..", ".hidden"])
    func otherHostileIDsAreUnsafe(id: String) throws {
        let playbook = try TempPlaybook(["products/p.md": "---\nid: \"\(id)\"\ntitle: 产品\n---\n"])
        defer { playbook.remove() }
        let before = playbook.snapshot()
        let outcome = try playbook.check()
        #expect(outcome.status == 1)
        #expect(outcome.spots == ["products/p.md:2:5 error unsafe-id"])
        #expect(playbook.snapshot() == before)
    }

    @Test func hostileObjectionAnchorIsUnsafe() throws {
        let playbook = try TempPlaybook(["objections/o.md": """
            ---
            category: 价格
            ---

            ## 太贵了 {#../x}

            ### 应对话术

            我们**收费透明**。

            """])
        defer { playbook.remove() }
        let outcome = try playbook.check()
        #expect(outcome.status == 1)
        #expect(outcome.spots == ["objections/o.md:5:1 error unsafe-id"])
    }

    @Test func quizQuestionWithNeitherAnswerNorOptions() throws {
        let playbook = try TempPlaybook(["products/p.md": """
            ---
            title: 产品
            ---

            ## 自测
            - 问：好问题有答案吗？
              答：有。
            - 问：这个问题没有答案？

            """])
        defer { playbook.remove() }
        let outcome = try playbook.check()
        #expect(outcome.status == 1)
        #expect(outcome.spots == ["products/p.md:8:1 error malformed-quiz"])
        #expect(outcome.first("malformed-quiz")?.message.contains("这个问题没有答案") == true)
    }

    @Test func quizOptionsWithoutACorrectOne() throws {
        let playbook = try TempPlaybook(["products/p.md": """
            ---
            title: 产品
            ---

            ## Quiz
            - Q: Which style wins by expertise?
              - [ ] Passionate
              - [ ] Honest
            - Q: And this one?
              - [ ] No
              - [x] Yes

            """])
        defer { playbook.remove() }
        let outcome = try playbook.check()
        #expect(outcome.status == 1)
        #expect(outcome.spots == ["products/p.md:6:1 error malformed-quiz"])
        #expect(outcome.first("malformed-quiz")?.message.contains("[x]") == true)
    }

    @Test func quizOptionWithoutACheckbox() throws {
        let playbook = try TempPlaybook(["products/p.md": """
            ---
            title: 产品
            ---

            ## 自测
            - 问：哪种风格靠专业取胜？
              - [x] 专业专家型
              - 老实可信型

            """])
        defer { playbook.remove() }
        let outcome = try playbook.check()
        #expect(outcome.status == 1)
        #expect(outcome.spots == ["products/p.md:8:3 error malformed-quiz"])
    }
}
