import Foundation

/// The drill's interface strings, shared by the terminal drill and the site's practice page.
/// Simplified Chinese and English are written here; Traditional Chinese is derived with OpenCC (`s2twp`).
public struct DrillText: Sendable {
    private let strings: [String: String]
    /// The language of the strings.
    public let locale: PlaybookLocale

    public init(locale: PlaybookLocale) {
        self.locale = locale
        switch locale {
        case .zhHans: strings = DrillText.simplified
        case .en: strings = DrillText.english
        case .zhHant: strings = DrillText.traditional
        }
    }

    /// The string for `key`, or the key itself when there is none.
    public subscript(_ key: String) -> String { strings[key] ?? key }

    /// Every string of this locale by key (for pages that carry them to the browser).
    public var all: [String: String] { strings }

    /// The card kind as shown on screen.
    public func label(_ kind: CardKind) -> String {
        self["kind." + kind.rawValue]
    }

    /// A score out of 100, the one format of every score on screen: `85/100`, `72.5/100`.
    public func score(_ value: Double) -> String {
        let tenths = (value * 10).rounded() / 10
        let number = tenths == tenths.rounded() ? String(Int(tenths)) : String(format: "%.1f", tenths)
        return "\(number)/100"
    }

    /// When a card due `seconds` from now comes back: "10 分钟后", "3 天后", "in 3 days".
    public func comesBack(after seconds: Int64) -> String {
        let minutes = max(1, Int((Double(seconds) / 60).rounded()))
        let (count, unit): (Int, String) = switch minutes {
        case ..<60: (minutes, "minutes")
        case ..<(24 * 60): (Int((Double(minutes) / 60).rounded()), "hours")
        case ..<(60 * 24 * 60): (Int((Double(minutes) / 1440).rounded()), "days")
        default: (Int((Double(minutes) / 43_200).rounded()), "months")
        }
        let key = count == 1 && locale == .en ? "after.\(unit).one" : "after.\(unit)"
        return self[key].replacingOccurrences(of: "{n}", with: "\(count)")
    }

    /// "label：" in Chinese, "label: " in English.
    public func heading(_ key: String) -> String { self[key] + self["colon"] }

    private static let traditional = TraditionalStrings.derive(from: simplified)

    static let simplified: [String: String] = [
        "rating1": "重来", "rating2": "困难", "rating3": "良好", "rating4": "简单",
        "new": "新卡", "due": "到期", "changed": "内容已修改", "reveal": "按任意键显示答案（q 退出 · u 撤销上一张 · s 暂停此卡）",
        "rate": "评分 1 重来 · 2 困难 · 3 良好 · 4 简单", "typeAnswer": "请输入你的回答（回车提交；单独输入 q 退出 · u 撤销上一张 · s 暂停此卡）：",
        "chooseAnswer": "请输入选项编号（q 退出 · u 撤销上一张 · s 暂停此卡）：", "answer": "参考答案", "keyPoints": "要点", "covered": "已覆盖",
        "missed": "未覆盖", "flagged": "说了禁语", "score": "得分", "suggested": "建议评分",
        "acceptOrChange": "回车接受，或按 1–4 修改（q 退出 · u 撤销上一张 · s 暂停此卡）", "correctChoice": "回答正确", "wrongChoice": "回答错误，正确答案",
        "nothingDue": "现在没有要复习的卡片。", "nextDue": "下次到期", "summary": "本次练习", "reviewed": "已复习",
        "correct": "答对", "meanScore": "平均分", "examResult": "考试结果", "passed": "通过", "failed": "未通过",
        "passMark": "及格线", "left": "剩余", "hint": "提示", "interrupted": "练习已中断，进度已保存。",
        "avoid": "千万别说", "changedCards": "张卡片内容已修改（复习时会标出；--relearn-changed 可重新学习）",
        "orphans": "张卡片的内容已从手册删除（进度保留）", "choiceCard": "选择题", "exam": "考试", "colon": "：",
        "kind.objection": "异议", "kind.selling-point": "卖点", "kind.buyer-value": "购买价值", "kind.comparison": "竞品对比",
        "kind.strength": "我行优势", "kind.weakness": "劣势应对", "kind.style": "销售风格", "kind.talk-track": "话术",
        "kind.quiz": "自测", "answeredOnly": "题已作答，考试未完成",
        "controls": "q 退出 · u 撤销上一张 · s 暂停此卡", "comesBack": "再次出现", "after.minutes": "{n} 分钟后",
        "after.hours": "{n} 小时后", "after.days": "{n} 天后", "after.months": "{n} 个月后",
        "suspended": "此卡已暂停，以后的练习会跳过它（playbook drill --unsuspend 卡片ID 可恢复）。",
        "undone": "已撤销上一张的评分，重新作答", "nothingToUndo": "本次练习没有可撤销的评分。",
        "missedCards": "答错或不完整的卡片", "lacked": "缺少的要点",
    ]

    static let english: [String: String] = [
        "rating1": "Again", "rating2": "Hard", "rating3": "Good", "rating4": "Easy",
        "new": "new", "due": "due", "changed": "content changed", "reveal": "Press any key to reveal (q quit · u undo last · s suspend card)",
        "rate": "Rate 1 Again · 2 Hard · 3 Good · 4 Easy", "typeAnswer": "Type your answer (Enter to submit; q alone quits · u undo last · s suspend card):",
        "chooseAnswer": "Enter the option's number (q quit · u undo last · s suspend card):", "answer": "Answer", "keyPoints": "Key points", "covered": "covered",
        "missed": "missed", "flagged": "never-say phrase", "score": "Score", "suggested": "Suggested rating",
        "acceptOrChange": "Enter to accept, or 1–4 to change (q quit · u undo last · s suspend card)", "correctChoice": "Correct", "wrongChoice": "Wrong; the answer is",
        "nothingDue": "Nothing is due right now.", "nextDue": "Next due", "summary": "Session", "reviewed": "reviewed",
        "correct": "correct", "meanScore": "mean score", "examResult": "Exam result", "passed": "PASSED", "failed": "FAILED",
        "passMark": "pass mark", "left": "left", "hint": "Hint", "interrupted": "Session stopped; progress is saved.",
        "avoid": "Never say", "changedCards": "cards changed since last review (marked when shown; --relearn-changed starts them over)",
        "orphans": "cards with progress are no longer in the playbook (progress kept)", "choiceCard": "multiple choice", "exam": "Exam",
        "colon": ": ", "kind.objection": "objection", "kind.selling-point": "selling point", "kind.buyer-value": "buyer value",
        "kind.comparison": "comparison", "kind.strength": "strength", "kind.weakness": "weakness answer", "kind.style": "sales style",
        "kind.talk-track": "talk track", "kind.quiz": "quiz", "answeredOnly": "answered: the exam is unfinished",
        "controls": "q quit · u undo last · s suspend card", "comesBack": "Back", "after.minutes": "in {n} minutes",
        "after.minutes.one": "in 1 minute", "after.hours": "in {n} hours", "after.hours.one": "in 1 hour",
        "after.days": "in {n} days", "after.days.one": "in 1 day", "after.months": "in {n} months",
        "after.months.one": "in 1 month",
        "suspended": "Card suspended: sessions skip it (playbook drill --unsuspend CARD_ID brings it back).",
        "undone": "Last rating undone; answer again", "nothingToUndo": "Nothing to undo in this session.",
        "missedCards": "Cards missed or incomplete", "lacked": "Lacked",
    ]
}
