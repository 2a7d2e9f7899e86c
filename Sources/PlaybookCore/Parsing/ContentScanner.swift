/// Checks that apply to every document's Markdown: raw HTML, unsafe links, pipe tables,
/// and links to other content files (recorded for checking once all files are read).
enum ContentScanner {
    static func scan(_ root: MarkdownNode, context: inout DocumentContext) {
        for event in root.walk() {
            guard case .enter(let node) = event else { continue }
            switch node.kind {
            case .htmlBlock, .htmlInline:
                if !context.options.unsafe {
                    context.log.warning(.rawHTML, at: context.location(node),
                                        Message(.rawHTML))
                }
            case .link, .image:
                inspectLink(node, context: &context)
            case .paragraph:
                if looksLikePipeTable(node, source: context.source) {
                    context.log.warning(.pipeTable, at: context.location(node),
                                        Message(.pipeTable))
                }
            default:
                break
            }
        }
    }

    private static func inspectLink(_ node: MarkdownNode, context: inout DocumentContext) {
        guard let url = node.url, !url.isEmpty else { return }
        let lower = url.lowercased().trimmingWhitespace()
        for scheme in ["javascript:", "vbscript:", "data:"] where lower.hasPrefix(scheme) && !lower.hasPrefix("data:image/") {
            if !context.options.unsafe {
                context.log.warning(.rawHTML, at: context.location(node),
                                    Message(.unsafeLinkScheme, scheme))
            }
            return
        }
        if lower.contains(":") || lower.hasPrefix("#") || lower.hasPrefix("/") { return }
        let path = url.split(separator: "#", maxSplits: 1).first.map(String.init) ?? url
        if path.lowercased().hasSuffix(".md") {
            context.links.append(ContentLink(destination: path, location: context.location(node)))
        }
    }

    /// A paragraph whose first line starts with `|` and whose second line is a `|---|` rule.
    private static func looksLikePipeTable(_ paragraph: MarkdownNode, source: SourceText) -> Bool {
        let startLine = paragraph.start.line + source.bodyLineOffset
        guard paragraph.end.line > paragraph.start.line else { return false }
        let first = source.line(startLine).trimmingWhitespace()
        let rule = source.line(startLine + 1).trimmingWhitespace()
        guard first.hasPrefix("|") || first.contains(" | ") else { return false }
        return rule.contains("-") && rule.contains("|") && rule.allSatisfy { "|-: \t".contains($0) }
    }
}
