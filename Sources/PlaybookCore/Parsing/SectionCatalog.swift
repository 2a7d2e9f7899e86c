/// The sections a document type knows, each with its heading aliases in Simplified
/// Chinese, Traditional Chinese and English.
enum SectionKey: String, Sendable, CaseIterable {
    case facts, sellingPoints, buyerValues, audience, marketPosition, knowledge, comparison
    case talkTracks, quiz, strengths, weaknesses, howToWin, response, keyPoints, avoid, followUps
    case styles, profile, needs, decisionMakers, approach, background, result
}

struct SectionCatalog: Sendable {
    private let keysByAlias: [String: SectionKey]
    /// The first alias of each key, in the order written, for messages.
    let names: [(SectionKey, String)]

    /// Every alias as written, in catalog order, for suggestions.
    private let aliases: [String]

    private init(_ entries: [(SectionKey, [String])]) {
        var map: [String: SectionKey] = [:]
        for (key, aliases) in entries {
            for alias in aliases { map[HeadingText.matchingKey(alias)] = key }
        }
        keysByAlias = map
        names = entries.map { ($0.0, $0.1[0]) }
        aliases = entries.flatMap(\.1)
    }

    func key(for heading: HeadingText) -> SectionKey? { keysByAlias[heading.key] }

    /// The known heading an unknown one most likely misspells (应对话术 for 应对话数), if any.
    func nearestHeading(to heading: HeadingText) -> String? {
        let written = HeadingText.dropLeadingNumber(heading.title)
        return NearestName.nearest(to: HeadingText.matchingKey(written), among: aliases)
    }

    /// "基本信息, 核心卖点, …" for a message.
    var knownHeadings: String { names.map(\.1).joined(separator: ", ") }

    func name(of key: SectionKey) -> String { names.first { $0.0 == key }?.1 ?? key.rawValue }

    private static let quiz: (SectionKey, [String]) =
        (.quiz, ["自测", "练习", "自測", "練習", "自我测试", "Quiz", "Self-check", "Self check"])
    private static let comparison: (SectionKey, [String]) =
        (.comparison, ["竞品对比", "竞品比较", "競品對比", "競品比較", "同业对比", "同業對比",
                       "Competitor comparison", "Comparison"])

    static let product = SectionCatalog([
        (.facts, ["基本信息", "产品信息", "產品資訊", "產品信息", "基本資訊", "基本資料", "Facts", "Key facts"]),
        (.sellingPoints, ["核心卖点", "卖点", "产品卖点", "產品賣點", "賣點", "核心賣點", "Selling points"]),
        (.buyerValues, ["购买价值", "客户价值", "購買價值", "客戶價值", "Buyer value", "Buyer values",
                        "Value to the customer"]),
        (.audience, ["目标客户", "适用客户", "适应人群", "适用人群", "目標客戶", "適用客戶", "適用人群", "適應人群",
                     "Target customers", "Audience"]),
        (.marketPosition, ["市场地位", "销售数据", "市場地位", "銷售數據", "Market position"]),
        (.knowledge, ["相关知识", "相關知識", "背景知识", "背景知識", "Background", "Related knowledge"]),
        comparison,
        (.talkTracks, ["话术", "話術", "销售话术", "銷售話術", "Talk tracks"]),
        quiz,
    ])

    static let competitor = SectionCatalog([
        (.strengths, ["优势", "優勢", "Strengths"]),
        (.weaknesses, ["劣势", "劣勢", "Weaknesses"]),
        comparison,
        (.howToWin, ["应对策略", "如何取胜", "應對策略", "如何取勝", "How to win", "Positioning"]),
        quiz,
    ])

    /// The `###` sections inside one objection.
    static let objection = SectionCatalog([
        (.response, ["应对话术", "应对", "回应", "應對", "應對話術", "回應", "Response"]),
        (.keyPoints, ["要点", "要點", "关键点", "關鍵點", "Key points"]),
        (.avoid, ["避免", "禁忌", "不该说的话", "不該說的話", "禁语", "禁語", "Avoid", "Don't say", "Do not say"]),
        (.followUps, ["追问", "追問", "Follow-ups", "Follow ups", "Follow-up questions"]),
    ])

    /// `##` headings in an objections file that are not objections.
    static let objectionFile = SectionCatalog([quiz])

    static let selfAnalysis = SectionCatalog([
        (.styles, ["销售风格", "銷售風格", "Sales styles"]),
        (.strengths, ["公司优势", "核心优势", "公司優勢", "核心優勢", "我行优势", "我行優勢", "Company strengths", "Strengths"]),
        (.weaknesses, ["劣势应对", "不足应对", "劣勢應對", "不足應對", "Weakness handling", "Weaknesses"]),
        quiz,
    ])

    static let segment = SectionCatalog([
        (.profile, ["特征", "客户特征", "特徵", "客戶特徵", "Profile"]),
        (.needs, ["需求", "客户需求", "客戶需求", "Needs"]),
        (.decisionMakers, ["决策人", "決策人", "决策者", "決策者", "Decision makers"]),
        (.approach, ["切入策略", "营销策略", "營銷策略", "Approach"]),
        quiz,
    ])

    static let caseStudy = SectionCatalog([
        (.background, ["背景", "Background"]),
        (.approach, ["做法", "营销策略", "營銷策略", "做法與策略", "Approach"]),
        (.result, ["效果", "结果", "結果", "成效", "Result", "Results"]),
        quiz,
    ])

    static func forType(_ type: DocumentType) -> SectionCatalog {
        switch type {
        case .product: return product
        case .competitor: return competitor
        case .objections: return objectionFile
        case .`self`: return selfAnalysis
        case .segment: return segment
        case .`case`: return caseStudy
        }
    }
}
