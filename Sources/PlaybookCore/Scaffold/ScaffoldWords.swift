import Foundation

/// The words of a scaffolded document in one language. Traditional Chinese is converted
/// from the Simplified text with OpenCC, so the headings match the parser's aliases.
struct ScaffoldWords {
    let locale: PlaybookLocale

    struct Section {
        var heading: String
        var body: String
    }

    private func t(_ simplified: String, _ english: String) -> String {
        switch locale {
        case .zhHans: return simplified
        case .en: return english
        case .zhHant: return ChineseConverter.toTaiwan?.convert(simplified) ?? simplified
        }
    }

    var category: String { t("待定", "General") }
    var owner: String { t("待定", "TBD") }
    var summaryHint: String {
        t("用一两段话概括这篇内容：它是什么、对谁有用。", "Summarise this document in a paragraph or two: what it is and who it helps.")
    }

    /// The objection heading `playbook new` writes, before its `{#id}`.
    var objectionHeading: String { t("客户的异议", "The customer's objection") }

    /// Every line `playbook new` writes in this language for the author to replace: the
    /// summary hint and each section's hint lines (not the section headings themselves).
    var hintLines: [String] {
        var lines = [summaryHint, objectionHeading]
        for type in DocumentType.allCases {
            for section in sections(for: type, id: "id") where !section.heading.hasPrefix("## \(objectionHeading)") {
                lines += section.body.split(separator: "\n").map(String.init)
            }
        }
        if let objection = sections(for: .objections, id: "id").first {
            lines += objection.body.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("### ") }
        }
        return lines
    }

    func sections(for type: DocumentType, id: String) -> [Section] {
        func section(_ heading: (String, String), _ body: (String, String)) -> Section {
            Section(heading: "## " + t(heading.0, heading.1), body: t(body.0, body.1))
        }
        let quiz = section(("自测", "Quiz"), ("- 问：这里写一个问题？\n  答：这里写标准答案。", "- Q: Write a question here?\n  A: Write the model answer here."))
        switch type {
        case .product:
            return [
                section(("基本信息", "Key facts"), ("- 开户对象：写明谁可以办理", "- Eligibility: who can apply")),
                section(("核心卖点", "Selling points"), ("- **卖点名称**：用一句话讲清它的好处，关键词加粗", "- **Selling point**: its benefit in one sentence, key words in bold")),
                section(("购买价值", "Buyer value"), ("- **价值**：客户用了以后得到什么", "- **Value**: what the customer gains")),
                section(("目标客户", "Target customers"), ("- **客户群**：为什么适合他们", "- **Segment**: why it fits them")),
                section(("市场地位", "Market position"), ("- 市场份额：写数字和来源", "- Market share: figure and source")),
                section(("相关知识", "Related knowledge"), ("销售需要了解的背景知识。", "Background a salesperson should know.")),
                section(("竞品对比", "Competitor comparison"), ("- **对比维度**\n  - 我行: 我们的做法\n  - 结论: 怎么讲", "- **Dimension**\n  - Us: what we offer\n  - Verdict: how to position")),
                section(("话术", "Talk tracks"), ("- **客户常问的问题？**：标准回答", "- **A question customers ask?**: the answer")),
                quiz,
            ]
        case .competitor:
            return [
                section(("优势", "Strengths"), ("- **优势**：客户为什么选他们", "- **Strength**: why customers choose them")),
                section(("劣势", "Weaknesses"), ("- **劣势**：他们做得不好的地方", "- **Weakness**: where they fall short")),
                section(("竞品对比", "Competitor comparison"), ("- **对比维度**\n  - 我行: 我们的做法\n  - 对方: 他们的做法\n  - 结论: 怎么讲", "- **Dimension**\n  - Us: what we offer\n  - Them: what they offer\n  - Verdict: how to position")),
                section(("应对策略", "How to win"), ("遇到这家竞争对手时怎么打。", "How to win against them.")),
            ]
        case .objections:
            return [Section(heading: "## \(objectionHeading) {#\(id)-1}", body: [
                "> " + t("客户的原话写在这里。", "The customer's exact words."),
                "",
                "### " + t("应对话术", "Response"),
                t("标准应对，关键词用**加粗**标出。", "The response, with the key words in **bold**."),
                "",
                "### " + t("要点", "Key points"),
                "- " + t("第一个要点", "First key point"),
                "",
                "### " + t("避免", "Avoid"),
                "- " + t("千万不能说的话", "What never to say"),
            ].joined(separator: "\n"))]
        case .`self`:
            return [
                section(("销售风格", "Sales styles"), ("### 风格名称\n- 特点：这种风格的表现\n- 成功因素：靠什么成功", "### Style name\n- Traits: how it shows\n- Success factor: why it works")),
                section(("公司优势", "Company strengths"), ("- **优势**：对客户的好处", "- **Strength**: the benefit to the customer")),
                section(("劣势应对", "Weakness handling"), ("- **劣势**：被问到时怎么回答", "- **Weakness**: how to answer it")),
            ]
        case .segment:
            return [
                section(("特征", "Profile"), ("这类客户是谁、有什么特点。", "Who these customers are.")),
                section(("需求", "Needs"), ("他们最关心什么。", "What they care about most.")),
                section(("决策人", "Decision makers"), ("谁拍板、谁有影响力。", "Who decides and who influences.")),
                section(("切入策略", "Approach"), ("从哪里切入、怎么推进。", "Where to start and how to proceed.")),
            ]
        case .`case`:
            return [
                section(("背景", "Background"), ("客户和当时的情况。", "The customer and the situation.")),
                section(("做法", "Approach"), ("我们做了什么。", "What we did.")),
                section(("效果", "Result"), ("结果如何，有数字更好。", "The outcome, with numbers if possible.")),
            ]
        }
    }
}
