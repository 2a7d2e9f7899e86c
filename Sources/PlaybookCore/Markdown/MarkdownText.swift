/// Plain-text and inline-HTML views of Markdown nodes.
extension MarkdownNode {
    /// The node's text with Markdown syntax removed.
    ///
    /// Soft line breaks become a space between Latin words and nothing between CJK
    /// characters (a Chinese paragraph wrapped over two lines is one sentence); blocks are
    /// separated by a blank line.
    public var plainText: String { MarkdownNode.plainText(of: [self]) }

    /// The plain text of a run of sibling nodes.
    public static func plainText(of nodes: [MarkdownNode]) -> String {
        var builder = PlainTextBuilder()
        for node in nodes {
            for event in node.walk() {
                builder.take(event)
            }
        }
        return builder.result
    }

    /// HTML for a run of sibling inline nodes, without a surrounding `<p>`.
    public static func inlineHTML(of nodes: [MarkdownNode], options: HTMLRenderOptions) -> String {
        nodes.map { $0.html(options) }.joined()
    }
}

private struct PlainTextBuilder {
    private var text = ""
    private var pendingSoftBreak = false

    var result: String { text.trimmingWhitespace() }

    mutating func take(_ event: MarkdownWalk.Event) {
        switch event {
        case .enter(let node):
            switch node.kind {
            case .text, .code, .codeBlock:
                append(node.literal ?? "")
            case .softBreak:
                pendingSoftBreak = true
            case .lineBreak:
                append("\n")
            default:
                break
            }
        case .exit(let node):
            if node.kind.isBlock, node.kind != .document, !text.isEmpty, !text.hasSuffix("\n\n") {
                pendingSoftBreak = false
                text += text.hasSuffix("\n") ? "\n" : "\n\n"
            }
        }
    }

    private mutating func append(_ piece: String) {
        if pendingSoftBreak {
            pendingSoftBreak = false
            if let last = text.unicodeScalars.last, let first = piece.unicodeScalars.first,
               !(last.isCJK || first.isCJK) {
                text += " "
            }
        }
        text += piece
    }
}

extension Unicode.Scalar {
    /// Whether the scalar is a CJK ideograph, kana, hangul or CJK/full-width punctuation.
    var isCJK: Bool {
        switch value {
        case 0x2E80...0x2FFF, 0x3000...0x30FF, 0x3100...0x31FF, 0x3400...0x4DBF,
             0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFFEF, 0x20000...0x2FA1F:
            return true
        default:
            return false
        }
    }
}

extension StringProtocol {
    /// The string without leading and trailing white space (including U+3000).
    func trimmingWhitespace() -> String {
        let whole = String(self)
        let scalars = whole.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return whole }
        return String(Substring(scalars[first...last]))
    }
}
