import Foundation

/// The whole model as JSON (SPEC §4): camelCase keys, sorted, arrays in path-then-position order.
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
        let products: [Product]
        let competitors: [Competitor]
        let objectionFiles: [ObjectionSet]
        let objections: [Objection]
        let selfAnalysis: SelfExport
        let segments: [Segment]
        let cases: [CaseStudy]
        let cards: [Card]

        enum CodingKeys: String, CodingKey {
            case playbook, products, competitors, objectionFiles, objections, selfAnalysis = "self"
            case segments, cases, cards
        }

        init(_ model: Playbook) {
            playbook = model.settings
            products = model.products
            competitors = model.competitors
            objectionFiles = model.objectionSets
            objections = model.objections
            selfAnalysis = SelfExport(model.selfAnalyses)
            segments = model.segments
            cases = model.cases
            cards = model.cards
        }
    }

    /// Every self-analysis file merged: styles, strengths, weaknesses, plus the files themselves.
    private struct SelfExport: Encodable {
        let styles: [SalesStyle]
        let strengths: [NamedItem]
        let weaknesses: [NamedItem]
        let documents: [SelfAnalysis]

        init(_ analyses: [SelfAnalysis]) {
            styles = analyses.flatMap(\.styles)
            strengths = analyses.flatMap(\.strengths)
            weaknesses = analyses.flatMap(\.weaknesses)
            documents = analyses
        }
    }
}
