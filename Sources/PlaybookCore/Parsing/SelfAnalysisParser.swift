/// Builds a ``SelfAnalysis`` from a self-analysis document's body.
enum SelfAnalysisParser {
    static func parse(_ body: DocumentBody, info: DocumentInfo, context: inout DocumentContext) -> SelfAnalysis {
        var analysis = SelfAnalysis(info: info)
        analysis.summary = context.text(body.preamble)
        analysis.summaryHtml = context.html(body.preamble)
        var free: [FreeSection] = []
        DocumentBody.visit(body.sections, catalog: .selfAnalysis, context: &context, free: &free) { key, section, context in
            let blocks = section.blocks
            switch key {
            case .styles: analysis.styles += styles(in: blocks, context: &context)
            case .strengths: analysis.strengths += ListReader.namedItems(in: blocks, context: context)
            case .weaknesses: analysis.weaknesses += ListReader.namedItems(in: blocks, context: context)
            case .quiz: analysis.quiz += QuizParser.parse(blocks, context: &context)
            default: break
            }
        }
        analysis.sections = free
        return analysis
    }

    /// One style per `###`; a list of named items also works for short style lists.
    private static func styles(in blocks: [MarkdownNode], context: inout DocumentContext) -> [SalesStyle] {
        let (preamble, sections) = SectionSplitter.split(blocks, level: 3)
        var ids = IDAllocator()
        var styles: [SalesStyle] = ListReader.namedItems(in: preamble, context: context)
            .filter { !$0.name.isEmpty }
            .map { item in
                SalesStyle(id: ids.unique(item.id), name: item.name, summary: item.detail, facts: [], line: item.line)
            }
        for section in sections {
            let id: String
            if let explicit = section.text.explicitID {
                id = explicit
                if !ids.claim(explicit) {
                    context.log.error(.duplicateID, at: context.location(section.heading),
                                      Message(.styleIDRepeated, explicit))
                }
            } else {
                id = ids.unique(Identifier.slug(section.text.title))
            }
            let paragraphs = section.blocks.filter { $0.kind != .list }
            styles.append(SalesStyle(id: id, name: section.text.title, summary: context.text(paragraphs),
                                     facts: ListReader.facts(in: section.blocks.filter { $0.kind == .list }, context: context),
                                     line: context.line(section.heading)))
        }
        return styles
    }
}
