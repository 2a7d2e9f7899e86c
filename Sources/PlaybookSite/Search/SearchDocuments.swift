import PlaybookCore

/// What search finds on each page: its title and its text.
extension PageContext {
    func searchDocuments() -> [SearchDocument] {
        searchDocuments { _ in true }.compactMap { $0 }
    }

    /// Every search document, in index order, but only those that come from one of `files`
    /// are built (the others are nil); `missing` are the files such a document needs whole
    /// that are not at hand.
    func searchDocuments(of files: Set<String>) -> (documents: [SearchDocument?], missing: Set<String>) {
        var missing: Set<String> = []
        let documents = searchDocuments { needed in
            guard !files.isDisjoint(with: needed) else { return false }
            missing.formUnion(needed.filter { !store.holds($0) })
            return true
        }
        return (documents, missing)
    }

    private func searchDocuments(where wanted: ([String]) -> Bool) -> [SearchDocument?] {
        func join(_ parts: [String]) -> String { parts.filter { !$0.isEmpty }.joined(separator: "\n") }
        func items(_ items: [NamedItem]) -> [String] { items.map { join([$0.name, $0.detail]) } }
        func facts(_ facts: [Fact]) -> [String] { facts.map { join([$0.name, $0.value]) } }
        func rows(_ rows: [ComparisonRow]) -> [String] {
            rows.map { join([$0.dimension] + $0.entries.map { "\($0.party): \($0.text)" } + [$0.verdict ?? ""]) }
        }
        func quiz(_ items: [QuizItem]) -> [String] {
            items.map { join([$0.question, $0.answer ?? ""] + $0.choices.map(\.text)) }
        }
        var documents: [SearchDocument?] = []
        /// Adds the search document `make` builds from the whole documents of `files`.
        func add(_ files: [String], _ make: (DeclaredDocuments) -> SearchDocument) {
            guard wanted(files), let whole = store.searchable(files) else { return documents.append(nil) }
            var document = make(whole)
            document.files = files
            documents.append(document)
        }
        for outline in outline.products {
            add([outline.info.file]) { whole in
                let product: Product = whole.document(outline.info.file)
                return SearchDocument(
                title: product.title, path: .document(.product, product.id), kind: text["products"] ?? "",
                text: join([product.summary] + facts(product.facts) + items(product.sellingPoints) + items(product.buyerValues)
                           + items(product.audience) + facts(product.marketPosition) + [product.knowledge]
                           + rows(product.comparison) + items(product.talkTracks) + quiz(product.quiz)
                           + product.sections.map(\.text)))
            }
        }
        for outline in outline.competitors {
            add([outline.info.file]) { whole in
                let competitor: Competitor = whole.document(outline.info.file)
                return SearchDocument(
                title: competitor.name, path: .document(.competitor, competitor.id), kind: text["competitors"] ?? "",
                text: join([competitor.aliases.joined(separator: " "), competitor.summary] + items(competitor.strengths)
                           + items(competitor.weaknesses) + rows(competitor.comparison) + [competitor.howToWin.text]
                           + quiz(competitor.quiz) + competitor.sections.map(\.text)))
            }
        }
        for outline in outline.objectionSets {
            for number in outline.objections.indices {
                add([outline.info.file]) { whole in
                    let objection = whole.document(outline.info.file, as: ObjectionSet.self).objections[number]
                    // The customer's words always take the first line, so search can weigh them up.
                    let quote = objection.customerSays.split(whereSeparator: \.isNewline).joined(separator: " ")
                    return SearchDocument(
                        title: objection.title, path: .objection(objection.id), kind: objection.category ?? text["objections"] ?? "",
                        text: quote + "\n" + join([objection.context, objection.response] + objection.keyPoints
                                                  + objection.avoid + objection.followUps),
                        startsWithQuote: true)
                }
            }
        }
        if !outline.selfAnalyses.isEmpty {
            let files = outline.selfAnalyses.map(\.info.file)
            add(files) { whole in
                let analyses: [SelfAnalysis] = whole.documents(files)
                return SearchDocument(
                title: text["selfAnalysis"] ?? "", path: .document(.`self`, ""), kind: text["selfAnalysis"] ?? "",
                text: join(analyses.flatMap { analysis in
                    [analysis.summary] + analysis.styles.map { join([$0.name, $0.summary] + facts($0.facts)) }
                        + items(analysis.strengths) + items(analysis.weaknesses) + quiz(analysis.quiz)
                }))
            }
        }
        for outline in outline.segments {
            add([outline.info.file]) { whole in
                let segment: Segment = whole.document(outline.info.file)
                return SearchDocument(
                title: segment.title, path: .document(.segment, segment.id), kind: text["segments"] ?? "",
                text: join([segment.summary, segment.profile.text, segment.needs.text, segment.decisionMakers.text,
                            segment.approach.text] + quiz(segment.quiz)))
            }
        }
        for outline in outline.cases {
            add([outline.info.file]) { whole in
                let study: CaseStudy = whole.document(outline.info.file)
                return SearchDocument(
                title: study.title, path: .document(.case, study.id), kind: text["cases"] ?? "",
                text: join([study.summary, study.background.text, study.approach.text, study.result.text] + quiz(study.quiz)))
            }
        }
        return documents
    }
}
