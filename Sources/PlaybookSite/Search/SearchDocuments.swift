import PlaybookCore

/// What search finds on each page: its title and its text.
extension PageContext {
    func searchDocuments() -> [SearchDocument] {
        searchDocuments { _ in true }.compactMap { $0 }
    }

    /// Every search document, in index order, but only those that come from one of `files`
    /// are built (the others are nil).
    func searchDocuments(of files: Set<String>) -> [SearchDocument?] {
        searchDocuments { !files.isDisjoint(with: $0) }
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
        func add(_ files: [String], _ make: @autoclosure () -> SearchDocument) {
            guard wanted(files) else { return documents.append(nil) }
            var document = make()
            document.files = files
            documents.append(document)
        }
        for product in playbook.products {
            add([product.info.file], SearchDocument(
                title: product.title, path: .document(.product, product.id), kind: text["products"] ?? "",
                text: join([product.summary] + facts(product.facts) + items(product.sellingPoints) + items(product.buyerValues)
                           + items(product.audience) + facts(product.marketPosition) + [product.knowledge]
                           + rows(product.comparison) + items(product.talkTracks) + quiz(product.quiz)
                           + product.sections.map(\.text))))
        }
        for competitor in playbook.competitors {
            add([competitor.info.file], SearchDocument(
                title: competitor.name, path: .document(.competitor, competitor.id), kind: text["competitors"] ?? "",
                text: join([competitor.aliases.joined(separator: " "), competitor.summary] + items(competitor.strengths)
                           + items(competitor.weaknesses) + rows(competitor.comparison) + [competitor.howToWin.text]
                           + quiz(competitor.quiz) + competitor.sections.map(\.text))))
        }
        for set in playbook.objectionSets {
            for objection in set.objections {
                add([set.info.file], SearchDocument(
                    title: objection.title, path: .objection(objection.id), kind: objection.category ?? text["objections"] ?? "",
                    text: join([objection.customerSays, objection.context, objection.response] + objection.keyPoints
                               + objection.avoid + objection.followUps)))
            }
        }
        if !playbook.selfAnalyses.isEmpty {
            let analyses = playbook.selfAnalyses
            add(analyses.map(\.info.file), SearchDocument(
                title: text["selfAnalysis"] ?? "", path: .document(.`self`, ""), kind: text["selfAnalysis"] ?? "",
                text: join(analyses.flatMap { analysis in
                    [analysis.summary] + analysis.styles.map { join([$0.name, $0.summary] + facts($0.facts)) }
                        + items(analysis.strengths) + items(analysis.weaknesses) + quiz(analysis.quiz)
                })))
        }
        for segment in playbook.segments {
            add([segment.info.file], SearchDocument(
                title: segment.title, path: .document(.segment, segment.id), kind: text["segments"] ?? "",
                text: join([segment.summary, segment.profile.text, segment.needs.text, segment.decisionMakers.text,
                            segment.approach.text] + quiz(segment.quiz))))
        }
        for study in playbook.cases {
            add([study.info.file], SearchDocument(
                title: study.title, path: .document(.case, study.id), kind: text["cases"] ?? "",
                text: join([study.summary, study.background.text, study.approach.text, study.result.text] + quiz(study.quiz))))
        }
        return documents
    }
}
