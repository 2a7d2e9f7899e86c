import Testing
@testable import PlaybookCore

/// `check` understanding what an author meant: misspelt headings and keys, references by name.
@Suite struct AuthorCheckTests {
    static let competitor = """
        ---
        name: 招商银行
        aliases: [招行, CMB]
        ---
        零售强。
        """

    static let product = """
        ---
        title: 对公网银
        ---
        ## 核心卖点
        - **免费**：开户不收费
        """

    static func objections(heading: String, frontMatter: String = "") -> String {
        """
        ---
        title: 价格
        \(frontMatter)
        ---
        ## 年费太贵 {#fee}
        > 年费太贵了。

        ### \(heading)
        先认同，再算账。

        ### 要点
        - 认同关注成本
        """
    }

    private func message(_ result: LoadResult, _ code: DiagnosticCode) -> String? {
        result.diagnostics.with(code).first?.message(in: .zhHans)
    }

    @Test(arguments: [("应对话数", "应对话术"), ("应对话", "应对话术"), ("回映", "回应"), ("應對話數", "應對話術"), ("Responce", "Response")])
    func misspeltObjectionHeadingSuggestsTheSection(written: String, meant: String) throws {
        let (result, _) = try loadSingle("objections/price.md", Self.objections(heading: written))
        let warning = try #require(result.diagnostics.with(.unknownSection).first)
        #expect(warning.line == 8 && warning.column == 1)
        #expect(warning.message(in: .zhHans).contains("你是不是想写“\(meant)”"))
        #expect(warning.message.contains("did you mean \(meant)?"))
    }

    @Test(arguments: [("要典", "要点"), ("竞品对币", "竞品对比"), ("核心买点", "核心卖点"), ("市场低位", "市场地位"),
                      ("竞频对币", "竞品对比")])
    func misspeltProductHeadingSuggestsTheSection(written: String, meant: String) throws {
        let text = "---\ntitle: 网银\n---\n## \(written)\n- 一条\n"
        let (result, _) = try loadSingle("products/ebank.md", text)
        let expected = written == "要典" ? nil : meant
        let message = self.message(result, .unknownSection)
        if let expected {
            #expect(message?.contains("你是不是想写“\(expected)”") == true, "\(message ?? "no warning")")
        } else {
            // 要点 is an objection section, not a product one: nothing close is offered for a product.
            #expect(message?.contains("已知：") == true)
        }
    }

    @Test func everyListedMisspeltHeadingHasItsSuggestionAndTheRestAreCounted() throws {
        let sections = (1...30).map { "## 核心买点\n- 第\($0)条\n" }.joined(separator: "\n")
        let (result, _) = try loadSingle("products/ebank.md", "---\ntitle: 网银\n---\n" + sections)
        let listed = result.diagnostics.with(.unknownSection)
        #expect(listed.count == DiagnosticLog.perCodeLimit)
        #expect(listed.allSatisfy { $0.message.contains("did you mean 核心卖点?") })
        #expect(result.diagnostics.with(.tooManyDiagnostics).first?.message.contains("and 10 more `unknown-section` warnings") == true)
    }

    @Test func aSoundAlikeCharacterCountsHalfAnEdit() {
        // A stand-in for the pinyin table: 频/品 and 币/比 sound the same.
        let pairs: Set<String> = ["频品", "品频", "币比", "比币", "律率", "率律"]
        let soundAlike: (Character, Character) -> Bool = { pairs.contains(String([$0, $1])) }
        // Two homophone slips in four characters are one edit: close enough to suggest.
        #expect(NearestName.nearest(to: "竞频对币", among: ["竞品对比", "竞品比较"], soundAlike: soundAlike) == "竞品对比")
        #expect(NearestName.nearest(to: "竞频对币", among: ["竞品对比"], soundAlike: { _, _ in false }) == nil,
                "without homophones: two edits")
        #expect(NearestName.nearest(to: "竞频对币", among: ["竞品对比"]) == "竞品对比", "the bundled pinyin table")
        // Two unrelated characters are two edits: not suggested.
        #expect(NearestName.nearest(to: "竞猫对狗", among: ["竞品对比"], soundAlike: soundAlike) == nil)
        // Between two candidates one edit away, the one that sounds the same wins.
        #expect(NearestName.nearest(to: "利律", among: ["利益", "利率"], soundAlike: soundAlike) == "利率")
    }

    @Test func unrelatedHeadingListsTheKnownOnesInstead() throws {
        let (result, _) = try loadSingle("objections/price.md", Self.objections(heading: "客户画像"))
        let message = try #require(self.message(result, .unknownSection))
        #expect(!message.contains("是不是"))
        #expect(message.contains("已知：应对话术, 要点, 避免, 追问"))
    }

    @Test func misspeltFrontMatterKeySuggestsTheKey() throws {
        let (result, _) = try loadSingle("objections/price.md", Self.objections(heading: "应对话术", frontMatter: "categroy: 价格"))
        let warning = try #require(result.diagnostics.with(.unknownField).first)
        #expect(warning.line == 3)
        #expect(warning.message.contains("did you mean `category`?"))
    }

    @Test(arguments: ["招行", "招商银行", "招商銀行", "cmb", "CMB", "cmb "])
    func competitorsMayBeNamedByNameOrAlias(name: String) throws {
        let (result, _) = try loadSingle("products/ebank.md", "---\ntitle: 网银\ncompetitors: [\(name)]\n---\n## 核心卖点\n- **免费**：不收费\n",
                                         extra: ["competitors/cmb.md": Self.competitor])
        #expect(result.diagnostics.with(.unknownReference).isEmpty)
        #expect(result.playbook.products.first?.competitors == ["cmb"])
    }

    @Test func objectionFilesResolveProductsByTitleForEveryObjection() throws {
        let (result, _) = try loadSingle("objections/price.md", Self.objections(heading: "应对话术", frontMatter: "products: [对公网银]\ncompetitors: [招行]"),
                                         extra: ["competitors/cmb.md": Self.competitor, "products/ebank.md": Self.product])
        #expect(result.diagnostics.with(.unknownReference).isEmpty)
        let objection = try #require(result.playbook.objectionSets.first?.objections.first)
        #expect(objection.products == ["ebank"])
        #expect(objection.competitors == ["cmb"])
    }

    @Test func unknownReferenceSuggestsTheNearestNameAtItsPlace() throws {
        let (result, _) = try loadSingle("products/ebank.md", "---\ntitle: 网银\ncompetitors: [招商银航]\n---\n## 核心卖点\n- **免费**：不收费\n",
                                         extra: ["competitors/cmb.md": Self.competitor])
        let error = try #require(result.diagnostics.with(.unknownReference).first)
        #expect(error.severity == .error)
        #expect(error.line == 3 && error.column == 15)
        #expect(error.message(in: .zhHans).contains("你是不是想写“招商银行”"))
    }

    @Test func misspeltComparisonPartySuggestsTheCompetitor() throws {
        let text = "---\ntitle: 网银\n---\n## 竞品对比\n- **年费**\n  - 我行: 免年费\n  - 招商银航: 收年费\n"
        let (result, _) = try loadSingle("products/ebank.md", text, extra: ["competitors/cmb.md": Self.competitor])
        let warning = try #require(result.diagnostics.with(.unknownParty).first)
        #expect(warning.line == 7 && warning.column == 5)
        #expect(warning.message(in: .zhHans).contains("你是不是想写“招商银行”"), "\(warning.message(in: .zhHans))")
    }

    @Test func referenceFarFromEveryNameGetsNoSuggestion() throws {
        let (result, _) = try loadSingle("products/ebank.md", "---\ntitle: 网银\ncompetitors: [浦发银行信用卡中心]\n---\n",
                                         extra: ["competitors/cmb.md": Self.competitor])
        let error = try #require(result.diagnostics.with(.unknownReference).first)
        #expect(!error.message.contains("Did you mean"))
    }

    @Test(arguments: [("objection", DocumentType.objections), ("objections", .objections), ("异议", .objections),
                      ("產品", .product), ("products", .product), ("竞品", .competitor), ("案例", .`case`)])
    func typeNamesInEveryForm(name: String, type: DocumentType) {
        #expect(DocumentType(name: name) == type)
    }
}
