import PlaybookCore

/// The site's interface strings in the playbook's language.
///
/// Simplified Chinese and English are written here; Traditional Chinese is derived from the
/// Simplified strings with OpenCC (`s2twp`, Taiwan phrasing), so the three never drift apart.
public enum UIText {
    public static func strings(for locale: PlaybookLocale) -> [String: String] {
        switch locale {
        case .zhHans: return simplified
        case .en: return english
        case .zhHant: return traditional
        }
    }

    /// The `lang` attribute for `<html>`.
    public static func htmlLang(_ locale: PlaybookLocale) -> String {
        switch locale {
        case .zhHans: return "zh-Hans"
        case .zhHant: return "zh-Hant"
        case .en: return "en"
        }
    }

    private static let traditional = TraditionalStrings.derive(from: simplified)

    static let simplified: [String: String] = [
        "home": "首页", "products": "产品", "competitors": "竞争对手", "objections": "异议处理",
        "selfAnalysis": "自我分析", "segments": "目标客户", "cases": "案例", "tags": "标签", "categories": "异议类别",
        "battleCards": "作战卡", "reviews": "内容复核", "search": "搜索", "searchPlaceholder": "搜索产品、话术、竞品……",
        "searchLabel": "搜索整本手册", "noResults": "没有找到结果", "searching": "正在搜索……",
        "searchPartial": "没有完全匹配的结果", "searchedFor": "已搜索：", "closestTitles": "相近的页面",
        "facts": "基本信息", "sellingPoints": "核心卖点", "buyerValues": "购买价值", "audience": "目标客户",
        "marketPosition": "市场地位", "knowledge": "相关知识", "comparison": "竞品对比", "talkTracks": "话术",
        "quiz": "自测", "showAnswer": "显示答案", "hideAnswer": "隐藏答案", "practice": "练习模式",
        "practiceHint": "先自己说一遍，再显示标准应对。", "showResponse": "显示应对话术", "hideResponse": "隐藏应对话术",
        "customerSays": "客户原话", "context": "背景", "response": "应对话术", "keyPoints": "要点", "avoid": "千万别说",
        "followUps": "追问", "strengths": "优势", "weaknesses": "劣势", "howToWin": "应对策略", "styles": "销售风格",
        "companyStrengths": "公司优势", "weaknessHandling": "劣势应对", "profile": "特征", "needs": "需求",
        "decisionMakers": "决策人", "approach": "切入策略", "caseApproach": "做法", "background": "背景", "result": "效果",
        "relatedObjections": "相关异议", "relatedCompetitors": "相关竞争对手", "relatedProducts": "相关产品",
        "relatedCases": "相关案例", "relatedSegments": "相关客群", "comparedIn": "出现在这些产品的对比中",
        "us": "我行", "verdict": "结论", "dimension": "维度", "owner": "负责人", "reviewed": "复核日期",
        "nextReview": "下次复核", "overdue": "已逾期", "noReviewDate": "未设复核日期", "print": "打印",
        "printBattleCard": "打印作战卡", "documents": "篇文档", "cardsCount": "张练习卡", "category": "类别",
        "tag": "标签", "answer": "答案", "summary": "概述", "skipToContent": "跳到正文", "menu": "菜单",
        "objectionsCount": "条异议", "productsCount": "个产品", "competitorsCount": "个竞争对手",
        "reviewSchedule": "内容复核计划", "reviewScheduleHint": "按下次复核日期排序，已逾期的会标红。",
        "battleCardFor": "作战卡", "all": "全部", "notes": "补充说明", "files": "文件", "source": "来源",
        "emptyList": "暂无内容", "moreSections": "其他内容", "introduction": "手册说明",
        "categoryCards": "按异议类别", "competitorCards": "按竞争对手", "document": "文档", "colon": "：",
        "overdueNote": "（已逾期）", "onThisPage": "本页目录",
        "pageNumbers": "分页", "previousPage": "上一页", "nextPage": "下一页", "pageOf": "第 %1 页，共 %2 页", "practiceSwitch": "练习模式：先隐藏应对话术",
        "more": "展开全文", "less": "收起", "practiceNav": "练习",
    ]

    static let english: [String: String] = [
        "home": "Home", "products": "Products", "competitors": "Competitors", "objections": "Objections",
        "selfAnalysis": "Self-analysis", "segments": "Target customers", "cases": "Cases", "tags": "Tags",
        "categories": "Objection categories", "battleCards": "Battle cards", "reviews": "Content reviews",
        "search": "Search", "searchPlaceholder": "Search products, talk tracks, competitors…",
        "searchLabel": "Search the playbook", "noResults": "No results", "searching": "Searching…",
        "searchPartial": "No page matches every word", "searchedFor": "Searched for: ", "closestTitles": "Closest pages",
        "facts": "Key facts", "sellingPoints": "Selling points", "buyerValues": "Buyer value", "audience": "Target customers",
        "marketPosition": "Market position", "knowledge": "Background", "comparison": "Competitor comparison",
        "talkTracks": "Talk tracks", "quiz": "Self-check", "showAnswer": "Show answer", "hideAnswer": "Hide answer",
        "practice": "Practice mode", "practiceHint": "Say your answer first, then reveal the response.",
        "showResponse": "Show response", "hideResponse": "Hide response", "customerSays": "The customer says",
        "context": "Context", "response": "Response", "keyPoints": "Key points", "avoid": "Never say",
        "followUps": "Follow-ups", "strengths": "Strengths", "weaknesses": "Weaknesses", "howToWin": "How to win",
        "styles": "Sales styles", "companyStrengths": "Company strengths", "weaknessHandling": "Answering weaknesses",
        "profile": "Profile", "needs": "Needs", "decisionMakers": "Decision makers", "approach": "Approach",
        "caseApproach": "What we did", "background": "Background", "result": "Result",
        "relatedObjections": "Related objections", "relatedCompetitors": "Related competitors",
        "relatedProducts": "Related products", "relatedCases": "Related cases", "relatedSegments": "Related segments",
        "comparedIn": "Compared in these products", "us": "Us", "verdict": "Verdict", "dimension": "Dimension",
        "owner": "Owner", "reviewed": "Reviewed", "nextReview": "Next review", "overdue": "Overdue",
        "noReviewDate": "No review date", "print": "Print", "printBattleCard": "Print battle card",
        "documents": "documents", "cardsCount": "practice cards", "category": "Category", "tag": "Tag",
        "answer": "Answer", "summary": "Summary", "skipToContent": "Skip to content", "menu": "Menu",
        "objectionsCount": "objections", "productsCount": "products", "competitorsCount": "competitors",
        "reviewSchedule": "Content review schedule", "reviewScheduleHint": "Sorted by next review; overdue items are marked.",
        "battleCardFor": "Battle card", "all": "All", "notes": "Notes", "files": "Files", "source": "Source",
        "emptyList": "Nothing yet", "moreSections": "More", "introduction": "About this playbook",
        "categoryCards": "By objection category", "competitorCards": "By competitor", "document": "Document", "colon": ": ",
        "overdueNote": " (overdue)", "onThisPage": "On this page",
        "pageNumbers": "Pages", "previousPage": "Previous page", "nextPage": "Next page", "pageOf": "Page %1 of %2", "practiceSwitch": "Practice: hide the response until I ask",
        "more": "Read more", "less": "Show less", "practiceNav": "Practice",
    ]
}
