import Testing
@testable import PlaybookCore

@Suite struct LanguageThesaurusTests {
    @Test func salesThesaurusKnowsEmpathyAndFees() {
        let thesaurus = Thesaurus.sales
        #expect(thesaurus.synonyms(of: "理解").contains("体谅"))
        #expect(thesaurus.synonyms(of: "手续费").contains("收费"))
        #expect(thesaurus.synonyms(of: "建行").contains("建设银行"))
        #expect(thesaurus.synonyms(of: "算账").contains("测算"))
    }

    @Test func polysemousWordsKeepTheirSensesApart() {
        let thesaurus = Thesaurus.sales
        let ids = thesaurus.groupIDs(of: "回报")
        #expect(ids.contains("sales:yield"))
        #expect(ids.contains("sales:report-back"))
        // 收益 and 汇报 both share a group with 回报 but not with each other.
        #expect(!thesaurus.synonyms(of: "收益").contains("汇报"))
    }

    @Test func traditionalWordsInADataFileAreFolded() {
        let thesaurus = Thesaurus(text: "fee: 手續費 費用  # comment\nbad-line\nsingle: 一", source: .playbook, folder: .standard)
        #expect(thesaurus.groups.count == 1)
        #expect(thesaurus.groups.first?.id == "playbook:fee")
        #expect(thesaurus.synonyms(of: "手续费") == ["费用"])
    }

    @Test func playbookWordsBecomeGroups() {
        var settings = PlaybookSettings(title: "t", source: SourceReference(path: "playbook.md", line: 1))
        settings.synonyms = [["代發", "代发工资", "发薪"]]
        var objection = Objection(id: "fee", fileID: "price", title: "t", source: SourceReference(path: "p.md", line: 1))
        objection.keyPoints = ["认同关注成本", "算全年总账"]
        objection.keyPointAlternatives = [["理解您在意费用"], []]
        var set = ObjectionSet(info: DocumentInfo(id: "price", type: .objections, title: "价格",
                                                  source: SourceReference(path: "p.md", line: 1)))
        set.objections = [objection]
        let language = Language(playbook: Playbook(settings: settings, objectionSets: [set]))
        #expect(language.thesaurus.synonyms(of: "代发").contains("发薪"))
        #expect(language.thesaurus.groupIDs(of: "认同关注成本") == ["keyPoint:price/fee/1"])
        #expect(language.words("代发工资很方便").map(\.text).first == "代发工资")
    }
}

@Suite struct LanguageSensesTests {
    @Test func sensesIntersectForSynonymsOnly() {
        let language = Language.standard
        let fee = Set(language.senses(of: "手续费"))
        #expect(!fee.isDisjoint(with: language.senses(of: "收费")))
        #expect(fee.isDisjoint(with: language.senses(of: "安全")))
        #expect(language.senses(of: "回报").first == "回报")
    }
}
