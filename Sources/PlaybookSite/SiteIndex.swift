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

    struct LinkTarget {
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
        var seen: Set<String> = []
        categories = playbook.objections.compactMap(\.category).filter { seen.insert($0).inserted }

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
        for objection in playbook.objections {
            add(objection.tags, LinkTarget(title: objection.title, path: .objection(objection.id), kind: text["objections"] ?? ""))
        }
        for segment in playbook.segments {
            add(segment.info.tags, LinkTarget(title: segment.title, path: .document(.segment, segment.id), kind: text["segments"] ?? ""))
        }
        for study in playbook.cases {
            add(study.info.tags, LinkTarget(title: study.title, path: .document(.case, study.id), kind: text["cases"] ?? ""))
        }
        taggedItems = tagOrder.sorted().map { ($0, byTag[$0]!) }
    }

    func objections(forProduct id: String) -> [Objection] { playbook.objections.filter { $0.products.contains(id) } }
    func objections(forCompetitor id: String) -> [Objection] { playbook.objections.filter { $0.competitors.contains(id) } }
    func objections(inCategory category: String) -> [Objection] { playbook.objections.filter { $0.category == category } }

    /// Products that list the competitor or compare against it.
    func products(forCompetitor id: String) -> [Product] {
        playbook.products.filter { product in
            product.competitors.contains(id)
                || product.comparison.contains { $0.entries.contains { $0.competitor == id } }
        }
    }

    func competitors(forProduct product: Product) -> [Competitor] {
        var ids = product.competitors
        for row in product.comparison {
            for entry in row.entries { if let id = entry.competitor, !ids.contains(id) { ids.append(id) } }
        }
        return ids.compactMap { competitorsByID[$0] }
    }

    func cases(forProduct id: String) -> [CaseStudy] { playbook.cases.filter { $0.products.contains(id) } }
    func segments(forProduct id: String) -> [Segment] { playbook.segments.filter { $0.products.contains(id) } }
    func cases(forSegment id: String) -> [CaseStudy] { playbook.cases.filter { $0.segments.contains(id) } }
}
