/// Reads the other ways of saying a key point, written after it in brackets:
///
///     - 认同关注成本（也可说：理解您在意费用；换位思考）
///     - 認同關注成本（也可說：理解您在意費用）
///     - Acknowledge the cost (also: I see the fee matters; put yourself in their place)
///
/// The marker is 也可说 / 也可以说 / 或说 (Traditional 也可說 …) or `also` / `or`, then a colon;
/// alternatives are separated by `；`, `;`, `/` or `|`. The model keeps the point for display
/// and the alternatives for scoring.
enum KeyPointAlternatives {
    static let markers = ["也可以说", "也可以說", "也可说", "也可說", "或者说", "或者說", "或说", "或說", "又说", "又說", "also", "or"]

    /// A key point split from its alternatives; `marked` when the brackets were there (even empty).
    struct Split: Equatable {
        var point: String
        var alternatives: [String]
        var marked: Bool
        /// Alternatives written empty (`；；`) or repeating the point.
        var emptyCount: Int
    }

    static func split(_ text: String) -> Split {
        let trimmed = text.trimmingWhitespace()
        let unmarked = Split(point: trimmed, alternatives: [], marked: false, emptyCount: 0)
        guard let close = trimmed.last, close == "）" || close == ")" else { return unmarked }
        let body = trimmed.dropLast()
        guard let open = body.lastIndex(where: { $0 == "（" || $0 == "(" }) else { return unmarked }
        var inner = Substring(body[body.index(after: open)...].trimmingWhitespace())
        guard let marker = markers.first(where: { inner.lowercased().hasPrefix($0) }) else { return unmarked }
        inner = inner.dropFirst(marker.count)
        let afterMarker = inner.trimmingWhitespace()
        guard let colon = afterMarker.first, colon == "：" || colon == ":" else { return unmarked }
        let point = String(body[..<open]).trimmingWhitespace()
        var alternatives: [String] = []
        var empty = 0
        for piece in afterMarker.dropFirst().split(omittingEmptySubsequences: false, whereSeparator: { ";；/／|｜".contains($0) }) {
            let alternative = String(piece).trimmingWhitespace()
            if alternative.isEmpty || alternative == point || alternatives.contains(alternative) {
                empty += 1
            } else {
                alternatives.append(alternative)
            }
        }
        return Split(point: point, alternatives: alternatives, marked: true, emptyCount: empty)
    }

    /// The key points of a `要点` list with their alternatives; warns about empty ones.
    static func read(_ blocks: [MarkdownNode], context: inout DocumentContext) -> [(point: String, alternatives: [String])] {
        var result: [(String, [String])] = []
        for item in ListReader.items(in: blocks) {
            let text = item.plainText
            guard !text.isEmpty else { continue }
            let split = split(text)
            if split.emptyCount > 0 {
                context.log.warning(.emptyAlternative, at: context.location(item),
                                    "key point “\(split.point)” has \(split.emptyCount) empty or repeated alternative(s); write each other way of saying it between `；`, such as `（也可说：理解您在意费用；换位思考）`")
            }
            guard !split.point.isEmpty else {
                context.log.warning(.emptyAlternative, at: context.location(item),
                                    "this key point holds only alternatives; write the point before the `（也可说：…）`")
                continue
            }
            result.append((split.point, split.alternatives))
        }
        return result
    }
}
