/// Builds a ``Competitor`` from a competitor document's body.
enum CompetitorParser {
    static func parse(_ body: DocumentBody, info: DocumentInfo, aliases: [String],
                      context: inout DocumentContext) -> Competitor {
        var competitor = Competitor(info: info, aliases: aliases)
        competitor.summary = context.text(body.preamble)
        competitor.summaryHtml = context.html(body.preamble)
        var free: [FreeSection] = []
        DocumentBody.visit(body.sections, catalog: .competitor, context: &context, free: &free) { key, section, context in
            let blocks = section.blocks
            switch key {
            case .strengths: competitor.strengths += ListReader.namedItems(in: blocks, context: context)
            case .weaknesses: competitor.weaknesses += ListReader.namedItems(in: blocks, context: context)
            case .comparison:
                competitor.comparison += ComparisonParser.parse(blocks, context: &context, impliedCompetitor: info.id)
            case .howToWin: competitor.howToWin = ListReader.richSection(blocks, context: context)
            case .quiz: competitor.quiz += QuizParser.parse(blocks, context: &context)
            default: break
            }
        }
        competitor.sections = free
        return competitor
    }
}
