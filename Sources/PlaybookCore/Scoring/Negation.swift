/// Which words negate: a word made with 不, 没, 无, 未, 非, 别, 勿 or 莫 at its head (不会, 没什么,
/// 并不 …), except words where that character does not negate (不过, 别家, 非常, 未来).
package enum Negation {
    package static let heads: Set<Character> = ["不", "没", "无", "未", "非", "别", "勿", "莫"]
    /// Words that negate with the head elsewhere.
    package static let inside: Set<String> = ["并不", "并非", "并没", "并没有", "也不", "从不", "从没", "从未", "毫无", "绝非"]
    /// Words that start with a negating character but do not negate.
    package static let notNegating: [String] = ["不过", "不仅", "不但", "不断", "不少", "不久", "不管", "不论", "无论", "非常",
                                        "别的", "别家", "别人", "别处", "未来", "没准", "莫非"]

    /// Whether a folded word negates.
    package static func negates(_ word: String) -> Bool {
        if inside.contains(word) { return true }
        guard let head = word.first, heads.contains(head) else { return false }
        return !notNegating.contains { word.hasPrefix($0) }
    }
}
