/// Builds a ``Product`` from a product document's body.
enum ProductParser {
    static func parse(_ body: DocumentBody, info: DocumentInfo, category: String?, competitors: [String],
                      context: inout DocumentContext) -> Product {
        var product = Product(info: info)
        product.category = category
        product.competitors = competitors
        product.summary = context.text(body.preamble)
        product.summaryHtml = context.html(body.preamble)
        var free: [FreeSection] = []
        DocumentBody.visit(body.sections, catalog: .product, context: &context, free: &free) { key, section, context in
            let blocks = section.blocks
            switch key {
            case .facts: product.facts += ListReader.facts(in: blocks, context: context)
            case .sellingPoints: product.sellingPoints += ListReader.namedItems(in: blocks, context: context)
            case .buyerValues: product.buyerValues += ListReader.namedItems(in: blocks, context: context)
            case .audience: product.audience += ListReader.namedItems(in: blocks, context: context)
            case .marketPosition: product.marketPosition += ListReader.facts(in: blocks, context: context)
            case .knowledge:
                product.knowledgeHtml += context.html(blocks)
                product.knowledge += (product.knowledge.isEmpty ? "" : "\n\n") + context.text(blocks)
            case .comparison: product.comparison += ComparisonParser.parse(blocks, context: &context)
            case .talkTracks: product.talkTracks += ListReader.namedItems(in: blocks, context: context)
            case .quiz: product.quiz += QuizParser.parse(blocks, context: &context)
            default: break
            }
        }
        product.sections = free
        return product
    }
}
