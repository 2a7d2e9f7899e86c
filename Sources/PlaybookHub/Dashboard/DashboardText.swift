import PlaybookCore

/// The dashboard's interface strings. Simplified Chinese and English are written here;
/// Traditional Chinese is derived with OpenCC (`s2twp`), as the drill's strings are.
public struct DashboardText: Sendable {
    /// Every string the dashboard shows; `{n}`, `{date}`, `{name}` are filled in.
    public enum Key: String, Sendable, CaseIterable {
        case dashboard, team, forecast, learner, learners, name, teamName, reviews, seen, due, retention, lastActive
        case certification, expires, status, never, none, certified, expiringSoon, expired, failed, passed
        case funnel, stage, enrolled, started, practised, passedExam, certifiedNow
        case weakest, card, cardID, learnersAnswered, learnersFailed, meanRecall, lapses, rewrite, rewriteNote
        case reviewsPerDay, retentionPerWeek, backlog, backlogNote, exams, exam, score, date, passMark
        case recentAnswers, rating, answer, noData, csv, week, day, learnerTitle
        case forecastFor, forecastNote, predicted, answered, belowPass, assign, show, product, category, kind, tag, all
        case belowCount, noCards, badDate, signInNeeded, forbidden, notFound, practisedNote, disabled, signOut
    }

    private let strings: [Key: String]
    public let locale: PlaybookLocale

    public init(locale: PlaybookLocale) {
        self.locale = locale
        switch locale {
        case .zhHans: strings = Self.simplified
        case .en: strings = Self.english
        case .zhHant: strings = Self.traditional
        }
    }

    public subscript(_ key: Key) -> String { strings[key] ?? key.rawValue }

    /// The string for `key` with `{name}` placeholders replaced.
    public func format(_ key: Key, _ values: [String: String]) -> String {
        values.reduce(self[key]) { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) }
    }

    /// The label of a certification status.
    public func label(_ status: Certification.Status) -> String {
        switch status {
        case .none: self[.none]
        case .certified: self[.certified]
        case .expiringSoon: self[.expiringSoon]
        case .expired: self[.expired]
        }
    }

    /// The label of a funnel stage.
    public func label(_ stage: CertificationFunnel.Stage) -> String {
        switch stage {
        case .enrolled: self[.enrolled]
        case .started: self[.started]
        case .practised: self[.practised]
        case .passed: self[.passedExam]
        case .certified: self[.certifiedNow]
        }
    }

    /// A share 0–1 as a whole percentage, "–" for none.
    public func percent(_ value: Double?) -> String {
        guard let value else { return "–" }
        return "\(Int((value * 100).rounded()))%"
    }

    /// Which strings a table lacks (every table must have every key; checked by the tests).
    static func missing(in locale: PlaybookLocale) -> [Key] {
        let table = DashboardText(locale: locale).strings
        return Key.allCases.filter { table[$0] == nil }
    }

    private static let traditional = TraditionalStrings.derive(from: simplified)

    static let simplified: [Key: String] = [
        .dashboard: "培训看板", .team: "团队", .forecast: "预测", .learner: "学员", .learners: "学员", .name: "姓名",
        .teamName: "小组", .reviews: "复习次数", .seen: "已学卡片", .due: "到期", .retention: "记忆保持率",
        .lastActive: "最近练习", .certification: "认证", .expires: "到期日", .status: "状态", .never: "从未",
        .none: "未认证", .certified: "已认证", .expiringSoon: "即将到期", .expired: "已过期", .failed: "未通过", .passed: "通过",
        .funnel: "认证漏斗", .stage: "阶段", .enrolled: "已注册", .started: "已开始练习", .practised: "练习达到 {n} 次",
        .passedExam: "通过考试", .certifiedNow: "认证有效", .weakest: "最薄弱的卡片", .card: "卡片", .cardID: "卡片 ID",
        .learnersAnswered: "作答人数", .learnersFailed: "答错人数", .meanRecall: "平均记忆概率", .lapses: "遗忘次数",
        .rewrite: "建议重写", .rewriteNote: "多数学员都答错的卡片标为“建议重写”：问题可能在内容本身。",
        .reviewsPerDay: "每日复习次数", .retentionPerWeek: "每周记忆保持率", .backlog: "待复习积压",
        .backlogNote: "截至当天结束时到期的卡片（含已逾期）", .exams: "考试记录", .exam: "考试", .score: "得分",
        .date: "日期", .passMark: "及格线", .recentAnswers: "最近的回答", .rating: "评分", .answer: "回答",
        .noData: "暂无数据", .csv: "下载 CSV", .week: "周", .day: "日期", .learnerTitle: "学员：{name}",
        .forecastFor: "{date} 的预测", .forecastNote: "按每位学员的 FSRS 记忆状态预测当天对所选卡片的回忆概率；从未作答的卡片按 0 计。",
        .predicted: "预测得分", .answered: "已作答卡片", .belowPass: "低于及格线", .assign: "建议布置的卡片", .show: "查看",
        .product: "产品", .category: "类别", .kind: "类型", .tag: "标签", .all: "全部",
        .belowCount: "{n} 名学员届时将低于及格线", .noCards: "没有符合条件的卡片。", .badDate: "日期须为 YYYY-MM-DD 格式。",
        .signInNeeded: "请先登录。", .forbidden: "你无权查看此页面。", .notFound: "找不到该学员。",
        .practisedNote: "每一阶段都包含在上一阶段之内。", .disabled: "已停用", .signOut: "退出登录",
    ]

    static let english: [Key: String] = [
        .dashboard: "Training dashboard", .team: "Team", .forecast: "Forecast", .learner: "Learner", .learners: "Learners",
        .name: "Name", .teamName: "Team", .reviews: "Reviews", .seen: "Cards seen", .due: "Due", .retention: "Retention",
        .lastActive: "Last active", .certification: "Certification", .expires: "Expires", .status: "Status", .never: "never",
        .none: "Not certified", .certified: "Certified", .expiringSoon: "Expiring soon", .expired: "Expired", .failed: "Failed",
        .passed: "Passed", .funnel: "Certification funnel", .stage: "Stage", .enrolled: "Enrolled", .started: "Started practising",
        .practised: "Practised {n} reviews", .passedExam: "Passed an exam", .certifiedNow: "Certified now",
        .weakest: "Weakest cards", .card: "Card", .cardID: "Card ID", .learnersAnswered: "Learners", .learnersFailed: "Failed it",
        .meanRecall: "Mean recall", .lapses: "Lapses", .rewrite: "Rewrite this content",
        .rewriteNote: "Cards most learners fail are flagged \"Rewrite this content\": the content, not the learners, is likely the problem.",
        .reviewsPerDay: "Reviews per day", .retentionPerWeek: "Retention per week", .backlog: "Due backlog",
        .backlogNote: "Cards due by the end of each day, overdue ones included", .exams: "Exams", .exam: "Exam", .score: "Score",
        .date: "Date", .passMark: "Pass mark", .recentAnswers: "Recent answers", .rating: "Rating", .answer: "Answer",
        .noData: "No data yet", .csv: "Download CSV", .week: "Week", .day: "Day", .learnerTitle: "Learner: {name}",
        .forecastFor: "Forecast for {date}",
        .forecastNote: "Each learner's predicted recall of the chosen cards on that day, from their FSRS memory state; cards never answered count 0.",
        .predicted: "Predicted score", .answered: "Cards answered", .belowPass: "Below pass mark", .assign: "Cards to assign",
        .show: "Show", .product: "Product", .category: "Category", .kind: "Kind", .tag: "Tag", .all: "all",
        .belowCount: "{n} learners will be below the pass mark", .noCards: "No card matches.", .badDate: "The date must be YYYY-MM-DD.",
        .signInNeeded: "Sign in first.", .forbidden: "You may not see this page.", .notFound: "No such learner.",
        .practisedNote: "Each stage counts learners who also reached the stages before it.", .disabled: "disabled", .signOut: "Sign out",
    ]
}
