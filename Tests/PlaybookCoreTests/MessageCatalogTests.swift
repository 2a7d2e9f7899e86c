import Testing
@testable import PlaybookCore

@Suite struct MessageCatalogTests {
    /// `{1}`, `{2:type}` … of a template, by argument number.
    private func placeholders(_ template: String) -> Set<Int> {
        var numbers = Set<Int>()
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            if let number = Int(after[..<close].split(separator: ":").first ?? "") { numbers.insert(number) }
            rest = after[after.index(after: close)...]
        }
        return numbers
    }

    @Test func everyMessageHasEnglishAndSimplifiedWithTheSameArguments() {
        for id in MessageID.allCases {
            let english = MessageCatalog.english[id], simplified = MessageCatalog.simplified[id]
            #expect(english != nil, "no English template for \(id)")
            #expect(simplified != nil, "no Simplified template for \(id)")
            guard let english, let simplified else { continue }
            #expect(placeholders(english) == placeholders(simplified), "\(id) names different arguments")
            #expect(placeholders(MessageCatalog.template(id, in: .zhHant)) == placeholders(english), "\(id) in zh-Hant")
        }
    }

    @Test func traditionalIsConvertedWithTaiwanQuotesAndOverrides() {
        let text = Message(.unknownSectionDidYouMean, "应对话数", "objections", "应对话术").text(in: .zhHant)
        #expect(text.contains("標題「应对话数」不是異議的已知小節"))
        #expect(text.contains("「应对话术」"), "arguments from the content stay as written")
        #expect(Message(.placeholderText, "x").text(in: .zhHant).contains("練習卡裡"))
        #expect(Message(.folderUnreadable).text(in: .zhHant) == "無法列出這個資料夾的內容，請檢查權限")
        #expect(Message(.serveCannotListen, "127.0.0.1:80", "x").text(in: .zhHant).contains("連接埠"), "an override")
        #expect(Message(.checkSummary, "3", "4", "1", "2").text(in: .zhHant) == "已檢查 3 篇文件、4 張練習卡：1 個錯誤，2 個警告")
    }

    @Test func argumentsAreInsertedOnceAndTermsAreNamedInTheLanguage() {
        #expect(Message(.sectionEmpty, "{1} 与 {2}").text(in: .en) == "section “{1} 与 {2}” is empty; add content under it or remove the heading")
        #expect(Message(.titleMissing, "product", "title").text(in: .zhHans) == "产品需要 `title`，请在 front matter 里加上 `title: …`")
        #expect(Message(.titleMissing, "segment", "title").text(in: .en).hasPrefix("a segment needs a `title`"))
        #expect(Message(.objectionIDRepeated, "a").text(in: .en).hasSuffix("its own `{#id}`"), "literal braces stay")
    }

    @Test func diagnosticsKeepCodeAndPlaceWhileTheMessageFollowsTheLanguage() {
        let diagnostic = Diagnostic(.warning, .emptySection, at: SourceLocation(path: "p.md", line: 3, column: 2),
                                    Message(.sectionEmpty, "卖点"))
        #expect(diagnostic.description(in: .en) == "p.md:3:2: warning: section “卖点” is empty; add content under it or remove the heading [empty-section]")
        #expect(diagnostic.description(in: .zhHans) == "p.md:3:2: 警告: 小节“卖点”是空的，请在下面补充内容，或删掉这个标题 [empty-section]")
        #expect(diagnostic.description(in: .zhHant).hasPrefix("p.md:3:2: 警告: 小節「卖点」是空的"))
    }

    @Test(arguments: [
        (["LANG": "zh_TW.UTF-8"], PlaybookLocale.zhHant), (["LANG": "zh_HK.UTF-8"], .zhHant),
        (["LANG": "zh_CN.UTF-8"], .zhHans), (["LANG": "zh_SG"], .zhHans), (["LANG": "en_US.UTF-8"], .en),
        (["LANG": "C"], .en), ([:], .en), (["LANG": "zh_CN.UTF-8", "LC_ALL": "en_GB.UTF-8"], .en),
        (["LANG": "en_US.UTF-8", "LC_MESSAGES": "zh_TW.UTF-8"], .zhHant), (["LC_ALL": "", "LANG": "zh_CN"], .zhHans),
        (["LANG": "zh-Hant-TW"], .zhHant),
    ])
    func languageFromTheEnvironment(environment: [String: String], expected: PlaybookLocale) {
        #expect(UILanguage.fromEnvironment(environment) == expected)
    }

    @Test func optionThenPlaybookThenEnvironment() {
        let taiwan = ["LANG": "zh_TW.UTF-8"]
        #expect(UILanguage.choose(option: "en", playbook: .zhHans, environment: taiwan) == .en)
        #expect(UILanguage.choose(option: nil, playbook: .zhHans, environment: taiwan) == .zhHans)
        #expect(UILanguage.choose(option: nil, playbook: nil, environment: taiwan) == .zhHant)
    }
}
