import PlaybookCore

/// Lookups over a whole playbook that pages need: where each document lives, who refers to
/// whom (backlinks), and the objection categories and tags.
struct SiteIndex {
    let playbook: Playbook
    /// Content-relative file path → the page that shows it.
    let pageForFile: [String: SitePath]
    let productsByID: [String: Product]
    let competitorsByID: [String: Competitor]
    let segmentsByID: [String: Segment]
    /// Objection categories in first-seen order.
    let categories: [String]
    /// Tag → documents and objections carrying it, in model order.
    let taggedItems: [(tag: String, items: [LinkTarget])]
    /// Every objection, flattened once (the model computes it on each access).
    let objections: [Objection]
    private let objectionsByProduct: [String: [Objection]]
    private let objectionsByCompetitor: [String: [Objection]]
    private let objectionsByCategory: [String: [Objection]]
    private let productsByCompetitor: [String: [Product]]
    private let casesByProduct: [String: [CaseStudy]]
    private let casesBySegment: [String: [CaseStudy]]
    private let segmentsByProduct: [String: [Segment]]
    /// Objection file ID → its content file, for resolving links in an objection's Markdown.
    let fileOfObjectionSet: [String: String]
    /// Competitor ID → every (product, comparison row) that names it, in model order.
    let rowsByCompetitor: [String: [(product: Product, row: ComparisonRow)]]

    struct LinkTarget: Sendable {
        var title: String
        var path: SitePath
        var kind: String
    }

    init(_ playbook: Playbook, text: [String: String]) {
        self.playbook = playbook
        var pages: [String: SitePath] = [:]
        for document in playbook.documents {
            pages[document.info.file] = document.info.type == .objections
                ? SitePath("objections/index.html")
                : SitePath.document(document.info.type, document.id)
        }
        pageForFile = pages
        productsByID = Dictionary(playbook.products.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        competitorsByID = Dictionary(playbook.competitors.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        segmentsByID = Dictionary(playbook.segments.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let objections = playbook.objections
        self.objections = objections
        var seen: Set<String> = []
        categories = objections.compactMap(\.category).filter { seen.insert($0).inserted }
        objectionsByProduct = SiteIndex.group(objections, by: \.products)
        objectionsByCompetitor = SiteIndex.group(objections, by: \.competitors)
        objectionsByCategory = SiteIndex.group(objections) { $0.category.map { [$0] } ?? [] }
        productsByCompetitor = SiteIndex.group(playbook.products) { product in
            var ids = product.competitors
            for row in product.comparison {
                for entry in row.entries { if let id = entry.competitor, !ids.contains(id) { ids.append(id) } }
            }
            return ids
        }
        casesByProduct = SiteIndex.group(playbook.cases, by: \.products)
        casesBySegment = SiteIndex.group(playbook.cases, by: \.segments)
        segmentsByProduct = SiteIndex.group(playbook.segments, by: \.products)
        var rows: [String: [(product: Product, row: ComparisonRow)]] = [:]
        for product in playbook.products {
            for row in product.comparison {
                for id in Set(row.entries.compactMap(\.competitor)) { rows[id, default: []].append((product, row)) }
            }
        }
        rowsByCompetitor = rows
        fileOfObjectionSet = Dictionary(playbook.objectionSets.map { ($0.id, $0.info.file) }, uniquingKeysWith: { a, _ in a })

        var byTag: [String: [LinkTarget]] = [:]
        var tagOrder: [String] = []
        func add(_ tags: [String], _ target: LinkTarget) {
            for tag in tags {
                if byTag[tag] == nil { tagOrder.append(tag) }
                byTag[tag, default: []].append(target)
            }
        }
        for product in playbook.products {
            add(product.info.tags, LinkTarget(title: product.title, path: .document(.product, product.id), kind: text["products"] ?? ""))
        }
        for competitor in playbook.competitors {
            add(competitor.info.tags, LinkTarget(title: competitor.name, path: .document(.competitor, competitor.id),
                                                 kind: text["competitors"] ?? ""))
        }
        for objection in objections {
            add(objection.tags, LinkTarget(title: objection.title, path: .objection(objection.id), kind: text["objections"] ?? ""))
        }
        for analysis in playbook.selfAnalyses {
            add(analysis.info.tags, LinkTarget(title: analysis.title, path: .document(.`self`, ""), kind: text["selfAnalysis"] ?? ""))
        }
        for segment in playbook.segments {
            add(segment.info.tags, LinkTarget(title: segment.title, path: .document(.segment, segment.id), kind: text["segments"] ?? ""))
        }
        for study in playbook.cases {
            add(study.info.tags, LinkTarget(title: study.title, path: .document(.case, study.id), kind: text["cases"] ?? ""))
        }
        taggedItems = tagOrder.sorted().map { ($0, byTag[$0]!) }
    }

    /// Items grouped under each key they name, keeping model order within a group.
    private static func group<T>(_ items: [T], by keys: (T) -> [String]) -> [String: [T]] {
        var groups: [String: [T]] = [:]
        for item in items {
            for key in Set(keys(item)) { groups[key, default: []].append(item) }
        }
        return groups
    }

    func objections(forProduct id: String) -> [Objection] { objectionsByProduct[id] ?? [] }
    func objections(forCompetitor id: String) -> [Objection] { objectionsByCompetitor[id] ?? [] }
    func objections(inCategory category: String) -> [Objection] { objectionsByCategory[category] ?? [] }

    /// Products that list the competitor or compare against it.
    func products(forCompetitor id: String) -> [Product] { productsByCompetitor[id] ?? [] }

    func competitors(forProduct product: Product) -> [Competitor] {
        var ids = product.competitors
        for row in product.comparison {
            for entry in row.entries { if let id = entry.competitor, !ids.contains(id) { ids.append(id) } }
        }
        return ids.compactMap { competitorsByID[$0] }
    }

    func cases(forProduct id: String) -> [CaseStudy] { casesByProduct[id] ?? [] }
    func segments(forProduct id: String) -> [Segment] { segmentsByProduct[id] ?? [] }
    func cases(forSegment id: String) -> [CaseStudy] { casesBySegment[id] ?? [] }
}
