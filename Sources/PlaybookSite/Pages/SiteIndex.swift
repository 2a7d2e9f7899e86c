import PlaybookCore

/// Lookups over a whole playbook that pages need: where each document lives, who refers to
/// whom (backlinks), and the objection categories and tags.
///
/// Each lookup is built on first use: a full build uses them all, but an in-place update
/// (``SiteUpdate``) renders a page or two and needs few. Groups hold positions in the
/// playbook's (or ``objections``') arrays, not copies: copying thousands of documents into
/// them was most of building the index.
struct SiteIndex: Sendable {
    let playbook: PlaybookOutline
    private let text: [String: String]
    private let lookups: Lazy<Lookups>
    private let flattened: Lazy<[ObjectionOutline]>
    private let objectionGroups: Lazy<ObjectionGroups>
    private let documentGroups: Lazy<DocumentGroups>
    private let tags: Lazy<[(tag: String, items: [LinkTarget])]>

    struct LinkTarget: Sendable {
        var title: String
        var path: SitePath
        var kind: String
    }

    private struct Lookups {
        /// Content-relative file path → the page that shows it.
        var pageForFile: [String: SitePath] = [:]
        var productsByID: [String: Int] = [:]
        var competitorsByID: [String: Int] = [:]
        var segmentsByID: [String: Int] = [:]
        /// ObjectionOutline file ID → its content file.
        var fileOfObjectionSet: [String: String] = [:]
    }

    /// Objections by what they name, as (set, objection) positions: found without copying
    /// the playbook's objections into one list.
    private struct ObjectionGroups {
        /// ObjectionOutline categories in first-seen order.
        var categories: [String] = []
        var byProduct: [String: [ObjectionPosition]] = [:]
        var byCompetitor: [String: [ObjectionPosition]] = [:]
        var byCategory: [String: [ObjectionPosition]] = [:]
    }

    private struct ObjectionPosition {
        var set: Int
        var objection: Int
    }

    private struct DocumentGroups {
        var productsByCompetitor: [String: [Int]]
        var casesByProduct: [String: [Int]]
        var casesBySegment: [String: [Int]]
        var segmentsByProduct: [String: [Int]]
        /// CompetitorOutline ID → every (product, comparison row) that names it, in model order.
        var rowsByCompetitor: [String: [(product: Int, row: Int)]]
    }

    init(_ playbook: PlaybookOutline, text: [String: String]) {
        self.playbook = playbook
        self.text = text
        lookups = Lazy { SiteIndex.lookups(playbook) }
        flattened = Lazy { playbook.objections }
        objectionGroups = Lazy { SiteIndex.objectionGroups(playbook) }
        documentGroups = Lazy {
            var rows: [String: [(product: Int, row: Int)]] = [:]
            for (number, product) in playbook.products.enumerated() {
                for (rowNumber, row) in product.comparison.enumerated() {
                    for id in Set(row.entries.compactMap(\.competitor)) { rows[id, default: []].append((number, rowNumber)) }
                }
            }
            return DocumentGroups(
                productsByCompetitor: SiteIndex.group(playbook.products, by: SiteIndex.competitorIDs),
                casesByProduct: SiteIndex.group(playbook.cases, by: \.products), casesBySegment: SiteIndex.group(playbook.cases, by: \.segments),
                segmentsByProduct: SiteIndex.group(playbook.segments, by: \.products), rowsByCompetitor: rows)
        }
        tags = Lazy { SiteIndex.taggedItems(playbook, text: text) }
    }

    private static func objectionGroups(_ playbook: PlaybookOutline) -> ObjectionGroups {
        var groups = ObjectionGroups()
        var seen: Set<String> = []
        for (setNumber, set) in playbook.objectionSets.enumerated() {
            for (number, objection) in set.objections.enumerated() {
                let position = ObjectionPosition(set: setNumber, objection: number)
                for id in Set(objection.products) { groups.byProduct[id, default: []].append(position) }
                for id in Set(objection.competitors) { groups.byCompetitor[id, default: []].append(position) }
                if let category = objection.category {
                    groups.byCategory[category, default: []].append(position)
                    if seen.insert(category).inserted { groups.categories.append(category) }
                }
            }
        }
        return groups
    }

    private static func lookups(_ playbook: PlaybookOutline) -> Lookups {
        var lookups = Lookups()
        func place(_ info: DocumentInfo) {
            lookups.pageForFile[info.file] = .document(info.type, info.id)
        }
        for (position, product) in playbook.products.enumerated() {
            place(product.info)
            if lookups.productsByID[product.id] == nil { lookups.productsByID[product.id] = position }
        }
        for (position, competitor) in playbook.competitors.enumerated() {
            place(competitor.info)
            if lookups.competitorsByID[competitor.id] == nil { lookups.competitorsByID[competitor.id] = position }
        }
        for (position, set) in playbook.objectionSets.enumerated() where lookups.pageForFile[set.info.file] == nil {
            lookups.pageForFile[set.info.file] = ObjectionIndexPaging.path(ofPage: ObjectionIndexPaging.page(ofFileAt: position))
            if lookups.fileOfObjectionSet[set.id] == nil { lookups.fileOfObjectionSet[set.id] = set.info.file }
        }
        for analysis in playbook.selfAnalyses { place(analysis.info) }
        for (position, segment) in playbook.segments.enumerated() {
            place(segment.info)
            if lookups.segmentsByID[segment.id] == nil { lookups.segmentsByID[segment.id] = position }
        }
        for study in playbook.cases { place(study.info) }
        return lookups
    }

    private static func taggedItems(_ playbook: PlaybookOutline, text: [String: String]) -> [(tag: String, items: [LinkTarget])] {
        var byTag: [String: [LinkTarget]] = [:]
        func add(_ tags: [String], _ target: LinkTarget) {
            for tag in tags { byTag[tag, default: []].append(target) }
        }
        for product in playbook.products {
            add(product.info.tags, LinkTarget(title: product.title, path: .document(.product, product.id), kind: text["products"] ?? ""))
        }
        for competitor in playbook.competitors {
            add(competitor.info.tags, LinkTarget(title: competitor.name, path: .document(.competitor, competitor.id),
                                                 kind: text["competitors"] ?? ""))
        }
        for objection in playbook.objectionSets.lazy.flatMap(\.objections) {
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
        return byTag.keys.sorted().map { ($0, byTag[$0]!) }
    }

    /// The positions of items under each key they name, in model order within a group.
    private static func group<T>(_ items: [T], by keys: (T) -> [String]) -> [String: [Int]] {
        var groups: [String: [Int]] = [:]
        for (position, item) in items.enumerated() {
            for key in Set(keys(item)) { groups[key, default: []].append(position) }
        }
        return groups
    }

    /// The competitors a product lists or compares against, in that order.
    private static func competitorIDs(_ product: ProductOutline) -> [String] {
        var ids = product.competitors
        for row in product.comparison {
            for entry in row.entries { if let id = entry.competitor, !ids.contains(id) { ids.append(id) } }
        }
        return ids
    }

    /// Content-relative file path → the page that shows it.
    var pageForFile: [String: SitePath] { lookups.wrapped.pageForFile }
    /// ObjectionOutline file ID → its content file, for resolving links in an objection's Markdown.
    var fileOfObjectionSet: [String: String] { lookups.wrapped.fileOfObjectionSet }
    /// Every objection, in file order.
    var objections: [ObjectionOutline] { flattened.wrapped }
    /// ObjectionOutline categories in first-seen order.
    var categories: [String] { objectionGroups.wrapped.categories }
    /// Tag → documents and objections carrying it, in model order; tags sorted.
    var taggedItems: [(tag: String, items: [LinkTarget])] { tags.wrapped }

    func product(_ id: String) -> ProductOutline? { lookups.wrapped.productsByID[id].map { playbook.products[$0] } }
    func competitor(_ id: String) -> CompetitorOutline? { lookups.wrapped.competitorsByID[id].map { playbook.competitors[$0] } }
    func segment(_ id: String) -> SegmentOutline? { lookups.wrapped.segmentsByID[id].map { playbook.segments[$0] } }

    func objections(forProduct id: String) -> [ObjectionOutline] { objections(objectionGroups.wrapped.byProduct[id]) }
    func objections(forCompetitor id: String) -> [ObjectionOutline] { objections(objectionGroups.wrapped.byCompetitor[id]) }
    func objections(inCategory category: String) -> [ObjectionOutline] { objections(objectionGroups.wrapped.byCategory[category]) }
    func objectionCount(inCategory category: String) -> Int { objectionGroups.wrapped.byCategory[category]?.count ?? 0 }

    private func objections(_ positions: [ObjectionPosition]?) -> [ObjectionOutline] {
        (positions ?? []).map { playbook.objectionSets[$0.set].objections[$0.objection] }
    }

    /// Products that list the competitor or compare against it.
    func products(forCompetitor id: String) -> [ProductOutline] {
        (documentGroups.wrapped.productsByCompetitor[id] ?? []).map { playbook.products[$0] }
    }

    /// Every (product, comparison row) that names the competitor, in model order.
    func rows(forCompetitor id: String) -> [(product: ProductOutline, row: ComparisonRow)] {
        (documentGroups.wrapped.rowsByCompetitor[id] ?? []).map {
            (playbook.products[$0.product], playbook.products[$0.product].comparison[$0.row])
        }
    }

    func competitors(forProduct product: ProductOutline) -> [CompetitorOutline] { SiteIndex.competitorIDs(product).compactMap(competitor) }

    func cases(forProduct id: String) -> [CaseStudyOutline] { (documentGroups.wrapped.casesByProduct[id] ?? []).map { playbook.cases[$0] } }
    func segments(forProduct id: String) -> [SegmentOutline] {
        (documentGroups.wrapped.segmentsByProduct[id] ?? []).map { playbook.segments[$0] }
    }
    func cases(forSegment id: String) -> [CaseStudyOutline] { (documentGroups.wrapped.casesBySegment[id] ?? []).map { playbook.cases[$0] } }
}
