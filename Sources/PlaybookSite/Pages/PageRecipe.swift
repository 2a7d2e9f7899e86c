import PlaybookCore

/// A page still to be built: where it goes, which documents it shows in full, and how to build
/// its values (only when it has to be rendered, so the values of thousands of pages never sit
/// in memory at once, and an unchanged page's are never built).
struct PageRecipe: Sendable {
    var path: SitePath
    /// The content files (``DocumentInfo/file``) whose whole document the page may show; of
    /// every other document it may show only the outline (see ``PageInputs``).
    var documents: [String]
    var make: @Sendable () -> Page
}

extension PageContext {
    /// Every page of the site, in a stable order; with `files`, only the pages that declare
    /// one of them (in the same order), and groups of pages that cannot are not even built.
    func recipes(declaring files: Set<String>? = nil) -> [PageRecipe] {
        var recipes: [PageRecipe] = []
        func add(_ path: SitePath, _ documents: [String] = [], _ make: @escaping @Sendable () -> Page) {
            guard files.map({ !$0.isDisjoint(with: documents) }) ?? true else { return }
            recipes.append(PageRecipe(path: path, documents: documents, make: make))
        }
        /// Whether pages declaring documents of `group` may be wanted.
        func mayWant(_ group: [any DocumentModel]) -> Bool {
            files.map { files in group.contains { files.contains($0.info.file) } } ?? true
        }
        // Checked before a page's closure is made: making 10,000 of them costs more than rendering one.
        func wanted(_ document: any DocumentModel) -> Bool { files?.contains(document.info.file) ?? true }
        let playbook = playbook
        let everything = files == nil
        let setFiles = playbook.objectionSets.map(\.info.file)
        add(.home) { homePage() }
        add(.index(.product)) { productIndex() }
        add(.index(.competitor)) { competitorIndex() }
        add(.index(.objections), setFiles) { objectionIndex() }
        add(.battleCards) { battleCardIndex() }
        add(.reviews) { reviewPage() }
        for product in playbook.products where wanted(product) {
            add(.document(.product, product.id), [product.info.file]) { productPage(product) }
        }
        for competitor in playbook.competitors where wanted(competitor) {
            add(.document(.competitor, competitor.id), [competitor.info.file]) { competitorPage(competitor) }
        }
        for set in playbook.objectionSets where wanted(set) {
            for objection in set.objections { add(.objection(objection.id), [set.info.file]) { objectionPage(objection, in: set) } }
        }
        if everything {
            for category in index.categories { add(.category(category)) { categoryPage(category) } }
        }
        if mayWant(playbook.objectionSets) {
            var filesByCategory: [String: [String]] = [:]  // the sets with objections of each category, in model order
            for set in playbook.objectionSets {
                for category in Set(set.objections.compactMap(\.category)) { filesByCategory[category, default: []].append(set.info.file) }
            }
            for category in index.categories {
                add(.categoryBattleCard(category), filesByCategory[category] ?? []) { categoryBattleCard(category) }
            }
        }
        if mayWant(playbook.competitors) || mayWant(playbook.objectionSets) {
            for competitor in playbook.competitors {
                var files = [competitor.info.file]
                for objection in index.objections(forCompetitor: competitor.id) {
                    if let file = index.fileOfObjectionSet[objection.fileID], !files.contains(file) { files.append(file) }
                }
                add(.competitorBattleCard(competitor.id), files) { competitorBattleCard(competitor) }
            }
        }
        if !playbook.selfAnalyses.isEmpty {
            add(.document(.`self`, ""), playbook.selfAnalyses.map(\.info.file)) { selfPage() }
        }
        if !playbook.segments.isEmpty {
            let segments = playbook.segments
            add(.index(.segment)) { simpleIndex(.segment, segments) { ($0 as? Segment)?.summary ?? "" } }
            for segment in segments where wanted(segment) { add(.document(.segment, segment.id), [segment.info.file]) { segmentPage(segment) } }
        }
        if !playbook.cases.isEmpty {
            let cases = playbook.cases
            add(.index(.case)) { simpleIndex(.case, cases) { ($0 as? CaseStudy)?.summary ?? "" } }
            for study in cases where wanted(study) { add(.document(.case, study.id), [study.info.file]) { casePage(study) } }
        }
        add(.tags) { tagIndex() }
        if everything {
            for (tag, items) in index.taggedItems { add(.tag(tag)) { tagPage(tag, items: items) } }
        }
        return recipes
    }
}
