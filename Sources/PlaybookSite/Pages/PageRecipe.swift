import PlaybookCore

/// A page still to be built: where it goes, which documents it shows in full, and how to build
/// its values (only when it has to be rendered, so the values of thousands of pages never sit
/// in memory at once, and an unchanged page's are never built).
struct PageRecipe: Sendable {
    var path: SitePath
    /// The content files (``DocumentInfo/file``) whose whole document the page may show; of
    /// every other document it has only the outline (see ``PageInputs``).
    var documents: [String]
    fileprivate var make: @Sendable (DeclaredDocuments) -> Page

    /// The page, built from the whole documents it declares and every other document's outline.
    /// Nil when one of the declared documents is not at hand.
    func page(in context: PageContext) -> Page? {
        guard let declared = context.store.declared(documents) else { return nil }
        return make(declared)
    }
}

/// The whole documents pages may be given: recipes hand out only those a page declares.
struct DocumentStore: Sendable {
    fileprivate let byFile: [String: any DocumentModel]

    init(_ documents: [any DocumentModel]) {
        byFile = Dictionary(documents.map { ($0.info.file, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Whether the whole document of `file` is at hand.
    func holds(_ file: String) -> Bool { byFile[file] != nil }

    /// The whole documents of `files`; nil if one is not at hand.
    fileprivate func declared(_ files: [String]) -> DeclaredDocuments? {
        var documents: [String: any DocumentModel] = [:]
        for file in files {
            guard let document = byFile[file] else { return nil }
            documents[file] = document
        }
        return DeclaredDocuments(byFile: documents)
    }

    /// The whole documents a search document is made from (the search index holds every
    /// document's text; pages get theirs only through their recipes).
    func searchable(_ files: [String]) -> DeclaredDocuments? { declared(files) }
}

/// The whole documents one page declares, by content file.
struct DeclaredDocuments {
    fileprivate let byFile: [String: any DocumentModel]

    /// The declared document of `file`, of the type its outline said.
    func document<Model: DocumentModel>(_ file: String, as type: Model.Type = Model.self) -> Model {
        // The recipe declared `file` for a document of this type, and the store held it.
        byFile[file] as! Model
    }

    func documents<Model: DocumentModel>(_ files: [String], as type: Model.Type = Model.self) -> [Model] {
        files.map { document($0) }
    }
}

extension PageContext {
    /// Every page of the site, in a stable order; with `files`, only the pages that declare
    /// one of them (in the same order), and groups of pages that cannot are not even built.
    func recipes(declaring files: Set<String>? = nil) -> [PageRecipe] {
        var recipes: [PageRecipe] = []
        func add(_ path: SitePath, _ documents: [String] = [], _ make: @escaping @Sendable (DeclaredDocuments) -> Page) {
            guard files.map({ !$0.isDisjoint(with: documents) }) ?? true else { return }
            recipes.append(PageRecipe(path: path, documents: documents, make: make))
        }
        /// Whether pages declaring documents of `group` may be wanted.
        func mayWant(_ group: [any DocumentOutline]) -> Bool {
            files.map { files in group.contains { files.contains($0.info.file) } } ?? true
        }
        // Checked before a page's closure is made: there are thousands of them.
        func wanted(_ document: any DocumentOutline) -> Bool { files?.contains(document.info.file) ?? true }
        let playbook = outline
        let everything = files == nil
        let setFiles = playbook.objectionSets.map(\.info.file)
        let indexPages = ObjectionIndexPaging.pageCount(files: setFiles.count)
        add(.home) { _ in homePage() }
        add(.index(.product)) { _ in productIndex() }
        add(.index(.competitor)) { _ in competitorIndex() }
        for (number, files) in ObjectionIndexPaging.split(setFiles).enumerated() {
            add(ObjectionIndexPaging.path(ofPage: number), files) { objectionIndex(sets: $0.documents(files), page: number, of: indexPages) }
        }
        add(.battleCards) { _ in battleCardIndex() }
        add(.reviews) { _ in reviewPage() }
        add(.practice) { _ in practicePage() }
        for product in playbook.products where wanted(product) {
            let file = product.info.file
            add(.document(.product, product.id), [file]) { productPage($0.document(file)) }
        }
        for competitor in playbook.competitors where wanted(competitor) {
            let file = competitor.info.file
            add(.document(.competitor, competitor.id), [file]) { competitorPage($0.document(file)) }
        }
        for set in playbook.objectionSets where wanted(set) {
            let file = set.info.file
            for (number, objection) in set.objections.enumerated() {
                add(.objection(objection.id), [file]) { declared in
                    let whole: ObjectionSet = declared.document(file)
                    return objectionPage(whole.objections[number], in: whole)
                }
            }
        }
        if everything {
            for category in index.categories { add(.category(category)) { _ in categoryPage(category) } }
        }
        if mayWant(playbook.objectionSets) {
            var filesByCategory: [String: [String]] = [:]  // the sets with objections of each category, in model order
            for set in playbook.objectionSets {
                for category in Set(set.objections.compactMap(\.category)) { filesByCategory[category, default: []].append(set.info.file) }
            }
            for category in index.categories {
                let pages = ObjectionIndexPaging.split(filesByCategory[category] ?? [])
                for (number, files) in pages.enumerated() {
                    add(ObjectionIndexPaging.battleCardPath(category, page: number), files) {
                        categoryBattleCard(category, sets: $0.documents(files), page: number, of: pages.count)
                    }
                }
            }
        }
        if mayWant(playbook.competitors) || mayWant(playbook.objectionSets) {
            for competitor in playbook.competitors {
                var files = [competitor.info.file]
                for objection in index.objections(forCompetitor: competitor.id) {
                    if let file = index.fileOfObjectionSet[objection.fileID], !files.contains(file) { files.append(file) }
                }
                let (competitorFile, setFiles) = (files[0], Array(files.dropFirst()))
                add(.competitorBattleCard(competitor.id), files) { declared in
                    competitorBattleCard(declared.document(competitorFile), sets: declared.documents(setFiles))
                }
            }
        }
        if !playbook.selfAnalyses.isEmpty {
            let files = playbook.selfAnalyses.map(\.info.file)
            add(.document(.`self`, ""), files) { selfPage($0.documents(files)) }
        }
        if !playbook.segments.isEmpty {
            let segments = playbook.segments
            add(.index(.segment)) { _ in simpleIndex(.segment, segments.map { ($0, $0.summary) }) }
            for segment in segments where wanted(segment) {
                let file = segment.info.file
                add(.document(.segment, segment.id), [file]) { segmentPage($0.document(file)) }
            }
        }
        if !playbook.cases.isEmpty {
            let cases = playbook.cases
            add(.index(.case)) { _ in simpleIndex(.case, cases.map { ($0, $0.summary) }) }
            for study in cases where wanted(study) {
                let file = study.info.file
                add(.document(.case, study.id), [file]) { casePage($0.document(file)) }
            }
        }
        add(.tags) { _ in tagIndex() }
        if everything {
            for (tag, items) in index.taggedItems { add(.tag(tag)) { _ in tagPage(tag, items: items) } }
        }
        return recipes
    }
}
