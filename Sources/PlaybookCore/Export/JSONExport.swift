import Foundation

/// The whole model as JSON (docs/format.md §11): camelCase keys, sorted, arrays in path-then-position order.
public enum JSONExport {
    public static func data(_ playbook: Playbook) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(Root(playbook))
    }

    public static func string(_ playbook: Playbook) throws -> String {
        String(decoding: try data(playbook), as: UTF8.self)
    }

    private struct Root: Encodable {
        let playbook: PlaybookSettings
        let products: [ExportForm<Product>]
        let competitors: [ExportForm<Competitor>]
        let objectionFiles: [ExportForm<ObjectionSet>]
        let objections: [ExportForm<Objection>]
        let selfAnalysis: SelfExport
        let segments: [ExportForm<Segment>]
        let cases: [ExportForm<CaseStudy>]
        let cards: [Card]

        enum CodingKeys: String, CodingKey {
            case playbook, products, competitors, objectionFiles, objections, selfAnalysis = "self"
            case segments, cases, cards
        }

        init(_ model: Playbook) {
            playbook = model.settings
            products = model.products.exportForm
            competitors = model.competitors.exportForm
            objectionFiles = model.objectionSets.exportForm
            objections = model.objections.exportForm
            selfAnalysis = SelfExport(model.selfAnalyses)
            segments = model.segments.exportForm
            cases = model.cases.exportForm
            cards = model.cards
        }
    }

    /// Every self-analysis file merged: styles, strengths, weaknesses, plus the files themselves.
    private struct SelfExport: Encodable {
        let styles: [SalesStyle]
        let strengths: [NamedItem]
        let weaknesses: [NamedItem]
        let documents: [ExportForm<SelfAnalysis>]

        init(_ analyses: [SelfAnalysis]) {
            styles = analyses.flatMap(\.styles)
            strengths = analyses.flatMap(\.strengths)
            weaknesses = analyses.flatMap(\.weaknesses)
            documents = analyses.exportForm
        }
    }
}
