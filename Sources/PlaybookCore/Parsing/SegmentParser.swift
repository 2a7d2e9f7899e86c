/// Builds ``Segment`` and ``CaseStudy`` documents, whose sections are free Markdown.
enum SegmentParser {
    static func parseSegment(_ body: DocumentBody, info: DocumentInfo, products: [String],
                             context: inout DocumentContext) -> Segment {
        var segment = Segment(info: info)
        segment.products = products
        segment.summary = context.text(body.preamble)
        segment.summaryHtml = context.html(body.preamble)
        var free: [FreeSection] = []
        DocumentBody.visit(body.sections, catalog: .segment, context: &context, free: &free) { key, section, context in
            // Built only for the sections that keep it: a quiz's items are read once, as questions.
            var rich: RichSection { ListReader.richSection(section.blocks, context: context) }
            switch key {
            case .profile: segment.profile = rich
            case .needs: segment.needs = rich
            case .decisionMakers: segment.decisionMakers = rich
            case .approach: segment.approach = rich
            case .quiz: segment.quiz += QuizParser.parse(section.blocks, context: &context)
            default: break
            }
        }
        segment.sections = free
        return segment
    }

    static func parseCase(_ body: DocumentBody, info: DocumentInfo, products: [String], segments: [String],
                          context: inout DocumentContext) -> CaseStudy {
        var study = CaseStudy(info: info)
        study.products = products
        study.segments = segments
        study.summary = context.text(body.preamble)
        study.summaryHtml = context.html(body.preamble)
        var free: [FreeSection] = []
        DocumentBody.visit(body.sections, catalog: .caseStudy, context: &context, free: &free) { key, section, context in
            var rich: RichSection { ListReader.richSection(section.blocks, context: context) }
            switch key {
            case .background: study.background = rich
            case .approach: study.approach = rich
            case .result: study.result = rich
            case .quiz: study.quiz += QuizParser.parse(section.blocks, context: &context)
            default: break
            }
        }
        study.sections = free
        return study
    }
}
