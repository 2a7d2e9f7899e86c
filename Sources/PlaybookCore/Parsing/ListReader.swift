/// Reads the list conventions of docs/format.md §3: named items (`- **名称**：说明`), facts
/// (`- 名称：值`) and their nested content.
enum ListReader {
    /// Characters that separate a lead from its detail.
    static let separators: Set<Character> = [":", "：", "—", "–", "-", "－", " ", "\u{3000}", "\t"]

    /// The items of every list among `blocks`.
    static func items(in blocks: [MarkdownNode]) -> [MarkdownNode] {
        blocks.filter { $0.kind == .list }.flatMap(\.children)
    }

    /// A paragraph's inline content split at its lead.
    struct LeadSplit {
        /// The lead: a bold phrase, a link's text, or the text before the first colon.
        var lead: String?
        /// The lead's link destination, when the lead is a link.
        var leadLink: String?
        var rest: String
        var restHtml: String
        /// The inline nodes after the lead.
        var restNodes: [MarkdownNode] = []
    }

    /// Splits at a leading bold phrase or link (`**名称**：…`, `[招行](…)：…`), or, with
    /// `colonLead`, at the first colon of the first text node (`名称：值`).
    static func splitLead(_ paragraph: MarkdownNode, colonLead: Bool, options: HTMLRenderOptions) -> LeadSplit {
        var inlines = paragraph.children
        while let first = inlines.first, first.kind == .text, (first.literal ?? "").trimmingWhitespace().isEmpty {
            inlines.removeFirst()
        }
        guard let first = inlines.first else { return LeadSplit(lead: nil, rest: "", restHtml: "") }
        if first.kind == .strong || first.kind == .link {
            var lead = first.plainText
            while let last = lead.last, last == ":" || last == "：" { lead.removeLast() }
            let restNodes = Array(inlines.dropFirst())
            var rest = MarkdownNode.plainText(of: restNodes)
            var restHtml = MarkdownNode.inlineHTML(of: restNodes, options: options)
            if restNodes.first?.kind == .text {
                rest = String(rest.drop { separators.contains($0) })
                restHtml = String(restHtml.drop { separators.contains($0) })
            }
            return LeadSplit(lead: lead.trimmingWhitespace(), leadLink: first.kind == .link ? first.url : nil,
                             rest: rest.trimmingWhitespace(), restHtml: restHtml.trimmingWhitespace(), restNodes: restNodes)
        }
        if colonLead, first.kind == .text, let literal = first.literal,
           let colon = literal.firstIndex(where: { $0 == ":" || $0 == "：" }) {
            let lead = literal[..<colon].trimmingWhitespace()
            let tail = literal[literal.index(after: colon)...]
            let restNodes = Array(inlines.dropFirst())
            let rest = (String(tail) + MarkdownNode.plainText(of: restNodes)).trimmingWhitespace()
            let restHtml = (HTMLEscaping.escape(tail) + MarkdownNode.inlineHTML(of: restNodes, options: options))
                .trimmingWhitespace()
            if !lead.isEmpty { return LeadSplit(lead: lead, rest: rest, restHtml: restHtml, restNodes: restNodes) }
        }
        return LeadSplit(lead: nil, rest: paragraph.plainText,
                         restHtml: MarkdownNode.inlineHTML(of: inlines, options: options).trimmingWhitespace(),
                         restNodes: inlines)
    }

    /// A named item from a list item; its nested blocks join the detail.
    static func namedItem(_ item: MarkdownNode, context: DocumentContext, ids: inout IDAllocator) -> NamedItem {
        let blocks = item.children
        guard let first = blocks.first, first.kind == .paragraph else {
            let text = context.text(blocks)
            return NamedItem(id: ids.unique(Identifier.slug(text)), name: text, detail: "",
                             detailHtml: context.html(blocks), line: context.line(item))
        }
        let split = splitLead(first, colonLead: false, options: context.options)
        let nested = Array(blocks.dropFirst())
        let nestedText = context.text(nested)
        let nestedHtml = context.html(nested)
        let name: String
        var detail: String
        var detailHtml: String
        var highlights = ObjectionParser.boldPhrases(in: nested)
        if let lead = split.lead {
            highlights = ObjectionParser.boldPhrases(in: split.restNodes) + highlights
            name = lead
            detail = split.rest
            detailHtml = split.restHtml
        } else {
            name = split.rest
            detail = ""
            detailHtml = ""
        }
        if !nestedText.isEmpty {
            detail = detail.isEmpty ? nestedText : detail + "\n" + nestedText
            detailHtml += nestedHtml
        }
        let heading = HeadingText(name)
        let id = heading.explicitID.map { ids.claim($0) ? $0 : ids.unique($0) } ?? ids.unique(Identifier.slug(heading.title))
        return NamedItem(id: id, name: heading.title, detail: detail, detailHtml: detailHtml, highlights: highlights,
                         line: context.line(item))
    }

    /// A fact from a list item: `名称：值` or `**名称**：值`.
    static func fact(_ item: MarkdownNode, context: DocumentContext) -> Fact {
        let blocks = item.children
        guard let first = blocks.first, first.kind == .paragraph else {
            return Fact(name: "", value: context.text(blocks), valueHtml: context.html(blocks))
        }
        let split = splitLead(first, colonLead: true, options: context.options)
        let nested = Array(blocks.dropFirst())
        var value = split.rest
        var valueHtml = split.restHtml
        if !nested.isEmpty {
            value += (value.isEmpty ? "" : "\n") + context.text(nested)
            valueHtml += context.html(nested)
        }
        return Fact(name: split.lead ?? "", value: value, valueHtml: valueHtml)
    }

    /// Named items from the lists in `blocks`; a paragraph becomes an item without a name.
    static func namedItems(in blocks: [MarkdownNode], context: DocumentContext) -> [NamedItem] {
        var ids = IDAllocator()
        var result: [NamedItem] = []
        for block in blocks {
            switch block.kind {
            case .list:
                result += block.children.map { namedItem($0, context: context, ids: &ids) }
            case .paragraph, .blockQuote:
                let text = block.plainText
                result.append(NamedItem(id: ids.unique(Identifier.slug(text, maxLength: 24)), name: "", detail: text,
                                        detailHtml: block.html(context.options), line: context.line(block)))
            default:
                continue
            }
        }
        return result
    }

    /// Facts from the lists in `blocks`; a paragraph becomes a fact without a name.
    static func facts(in blocks: [MarkdownNode], context: DocumentContext) -> [Fact] {
        blocks.flatMap { block -> [Fact] in
            switch block.kind {
            case .list: return block.children.map { fact($0, context: context) }
            case .paragraph: return [Fact(name: "", value: block.plainText, valueHtml: block.html(context.options))]
            default: return []
            }
        }
    }

    /// A section of free Markdown, with any named items it lists.
    static func richSection(_ blocks: [MarkdownNode], context: DocumentContext) -> RichSection {
        var ids = IDAllocator()
        let items = items(in: blocks).map { namedItem($0, context: context, ids: &ids) }
        return RichSection(items: items, text: context.text(blocks), html: context.html(blocks))
    }

    /// The plain text of each item of the lists in `blocks` (key points, avoid lists).
    static func plainItems(in blocks: [MarkdownNode]) -> [String] {
        items(in: blocks).map(\.plainText).filter { !$0.isEmpty }
    }
}
