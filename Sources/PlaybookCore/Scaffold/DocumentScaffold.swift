/// A new document for `playbook new`: front matter and every section of its type, each
/// heading in the playbook's language with a one-line hint under it, valid for `check` as is.
public enum DocumentScaffold {
    /// The file text for a new document of `type` with `id`, titled `title`.
    public static func text(type: DocumentType, id: String, title: String, locale: PlaybookLocale,
                            today: CalendarDay) -> String {
        let words = ScaffoldWords(locale: locale)
        let quotedTitle = yamlQuoted(title)
        var lines = ["---"]
        switch type {
        case .product:
            lines += ["title: \(quotedTitle)", "category: \(words.category)", "tags: []", "competitors: []"]
        case .competitor:
            lines += ["name: \(quotedTitle)", "aliases: []", "tags: []"]
        case .objections:
            lines += ["title: \(quotedTitle)", "category: \(words.category)", "tags: []", "products: []", "competitors: []"]
        case .`self`, .segment, .`case`:
            lines += ["title: \(quotedTitle)", "tags: []"]
        }
        lines += ["owner: \(words.owner)", "reviewed: \(today)", "---", ""]
        lines.append(words.summaryHint)
        lines.append("")
        for section in words.sections(for: type, id: id) {
            lines.append(section.heading)
            lines.append(section.body)
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    static func yamlQuoted(_ text: String) -> String {
        let needsQuotes = text.isEmpty || text.contains { ":#'\"[]{},&*!|>%@`".contains($0) } || text.hasPrefix(" ")
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
