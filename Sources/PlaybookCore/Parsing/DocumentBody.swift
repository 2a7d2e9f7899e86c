/// The Markdown body of a document, split into its summary and its `##` sections, with
/// the checks every document type shares (unknown and empty sections).
struct DocumentBody {
    /// A leading `# Title`, used when front matter has no title.
    let headingTitle: String?
    /// Blocks before the first `##`.
    let preamble: [MarkdownNode]
    let sections: [RawSection]

    init(_ document: MarkdownDocument) {
        var blocks = document.rootNode.children
        if let first = blocks.first, first.kind == .heading, first.headingLevel == 1 {
            headingTitle = HeadingText(first.plainText).title
            blocks.removeFirst()
        } else {
            headingTitle = nil
        }
        (preamble, sections) = SectionSplitter.split(blocks, level: 2)
    }

    /// Visits each `##` section with its known key, or records it as a free section.
    ///
    /// Unknown headings are kept (and warned about); empty sections are warned about.
    static func visit(_ sections: [RawSection], catalog: SectionCatalog, context: inout DocumentContext,
                      free: inout [FreeSection], _ body: (SectionKey, RawSection, inout DocumentContext) -> Void) {
        var ids = IDAllocator()
        for section in sections {
            let location = context.location(section.heading)
            if section.blocks.isEmpty {
                context.log.warning(.emptySection, at: location,
                                    Message(.sectionEmpty, section.text.title))
            }
            guard let key = catalog.key(for: section.text) else {
                let type = context.type.rawValue
                context.suggestionsLeft -= 1
                let suggestion = context.suggestionsLeft >= 0 ? catalog.nearestHeading(to: section.text) : nil
                context.log.warning(.unknownSection, at: location, suggestion.map {
                    Message(.unknownSectionDidYouMean, section.text.title, type, $0)
                } ?? Message(.unknownSection, section.text.title, type, catalog.knownHeadings))
                let id = section.text.explicitID ?? ids.unique(Identifier.slug(section.text.title))
                free.append(FreeSection(id: id, title: section.text.title, text: context.text(section.blocks),
                                        html: context.html(section.blocks)))
                continue
            }
            body(key, section, &context)
        }
    }
}
