/// Reads comparison lists: each top-level item is a dimension; its nested items are
/// `party: text`, plus an optional `结论: …` verdict.
///
/// Parties are resolved to competitor IDs later, once every competitor is known
/// (``PartyResolver``); here they are only classified as "us" or "someone else".
enum ComparisonParser {
    static let usAliases: Set<String> = ["我行", "我们", "我們", "本行", "我方", "us", "ours", "we", "our bank"]
    /// Words that mean "the competitor this page is about" in a competitor document.
    static let themAliases: Set<String> = ["对方", "對方", "他行", "竞品", "競品", "对手", "對手", "them", "theirs", "competitor"]
    static let verdictAliases: Set<String> = ["结论", "結論", "verdict", "定位", "小结", "小結"]

    static func parse(_ blocks: [MarkdownNode], context: inout DocumentContext, impliedCompetitor: String? = nil) -> [ComparisonRow] {
        var ids = IDAllocator()
        var rows: [ComparisonRow] = []
        for item in ListReader.items(in: blocks) {
            let children = item.children
            guard let first = children.first else { continue }
            let dimension: String
            var inlineEntries: [MarkdownNode] = []
            if first.kind == .paragraph {
                let split = ListReader.splitLead(first, colonLead: false, options: context.options)
                dimension = split.lead ?? firstLine(of: first)
            } else {
                dimension = first.plainText
            }
            inlineEntries = children.filter { $0.kind == .list }.flatMap(\.children)
            if inlineEntries.isEmpty {
                context.log.warning(.emptySection, at: context.location(item),
                                    Message(.comparisonDimensionEmpty, dimension))
            }
            var entries: [ComparisonEntry] = []
            var verdict: String?
            for entryItem in inlineEntries {
                guard let paragraph = entryItem.firstChild, paragraph.kind == .paragraph else { continue }
                let split = ListReader.splitLead(paragraph, colonLead: true, options: context.options)
                guard let party = split.lead, !party.isEmpty else {
                    context.log.warning(.unknownParty, at: context.location(entryItem),
                                        Message(.comparisonEntryNoParty))
                    continue
                }
                let nested = Array(entryItem.children.dropFirst())
                let text = ([split.rest] + (nested.isEmpty ? [] : [context.text(nested)])).filter { !$0.isEmpty }
                    .joined(separator: "\n")
                let folded = party.lowercased()
                if verdictAliases.contains(folded) {
                    verdict = text
                    continue
                }
                let isUs = usAliases.contains(folded)
                let implied = impliedCompetitor != nil && themAliases.contains(folded)
                var entry = ComparisonEntry(party: party, competitor: implied ? impliedCompetitor : nil, isUs: isUs,
                                            text: text, textHtml: split.restHtml + context.html(nested))
                entry.highlights = ObjectionParser.boldPhrases(in: split.restNodes + nested)
                entry.partyLink = split.leadLink
                entry.partyLocation = context.location(paragraph)
                entries.append(entry)
            }
            let heading = HeadingText(dimension)
            let id = heading.explicitID.map { ids.claim($0) ? $0 : ids.unique($0) } ?? ids.unique(Identifier.slug(heading.title))
            rows.append(ComparisonRow(id: id, dimension: heading.title, entries: entries, verdict: verdict,
                                      line: context.line(item)))
        }
        return rows
    }

    private static func firstLine(of paragraph: MarkdownNode) -> String {
        let inlines = paragraph.children.prefix { $0.kind != .softBreak && $0.kind != .lineBreak }
        var text = MarkdownNode.plainText(of: Array(inlines))
        while let last = text.last, last == ":" || last == "：" { text.removeLast() }
        return text.trimmingWhitespace()
    }
}
