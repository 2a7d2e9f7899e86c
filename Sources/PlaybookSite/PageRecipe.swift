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
    /// Every page of the site, in a stable order.
    func recipes() -> [PageRecipe] {
        func recipe(_ path: SitePath, _ documents: [String] = [], _ make: @escaping @Sendable () -> Page) -> PageRecipe {
            PageRecipe(path: path, documents: documents, make: make)
        }
        let playbook = playbook
        let setFiles = playbook.objectionSets.map(\.info.file)
        var recipes = [
            recipe(.home) { homePage() }, recipe(.index(.product)) { productIndex() },
            recipe(.index(.competitor)) { competitorIndex() }, recipe(.index(.objections), setFiles) { objectionIndex() },
            recipe(.battleCards) { battleCardIndex() }, recipe(.reviews) { reviewPage() },
        ]
        recipes += playbook.products.map { product in
            recipe(.document(.product, product.id), [product.info.file]) { productPage(product) }
        }
        recipes += playbook.competitors.map { competitor in
            recipe(.document(.competitor, competitor.id), [competitor.info.file]) { competitorPage(competitor) }
        }
        for set in playbook.objectionSets {
            recipes += set.objections.map { objection in
                recipe(.objection(objection.id), [set.info.file]) { objectionPage(objection, in: set) }
            }
        }
        recipes += index.categories.map { category in recipe(.category(category)) { categoryPage(category) } }
        recipes += index.categories.map { category in
            let files = playbook.objectionSets.filter { set in set.objections.contains { $0.category == category } }.map(\.info.file)
            return recipe(.categoryBattleCard(category), files) { categoryBattleCard(category) }
        }
        recipes += playbook.competitors.map { competitor in
            var files = [competitor.info.file]
            for objection in index.objections(forCompetitor: competitor.id) {
                if let file = index.fileOfObjectionSet[objection.fileID], !files.contains(file) { files.append(file) }
            }
            return recipe(.competitorBattleCard(competitor.id), files) { competitorBattleCard(competitor) }
        }
        if !playbook.selfAnalyses.isEmpty {
            recipes.append(recipe(.document(.`self`, ""), playbook.selfAnalyses.map(\.info.file)) { selfPage() })
        }
        if !playbook.segments.isEmpty {
            let segments = playbook.segments
            recipes.append(recipe(.index(.segment)) { simpleIndex(.segment, segments) { ($0 as? Segment)?.summary ?? "" } })
            recipes += segments.map { segment in recipe(.document(.segment, segment.id), [segment.info.file]) { segmentPage(segment) } }
        }
        if !playbook.cases.isEmpty {
            let cases = playbook.cases
            recipes.append(recipe(.index(.case)) { simpleIndex(.case, cases) { ($0 as? CaseStudy)?.summary ?? "" } })
            recipes += cases.map { study in recipe(.document(.case, study.id), [study.info.file]) { casePage(study) } }
        }
        recipes.append(recipe(.tags) { tagIndex() })
        recipes += index.taggedItems.map { tag, items in recipe(.tag(tag)) { tagPage(tag, items: items) } }
        return recipes
    }
}
