import PlaybookCore

/// What search finds on each page: its title and its text.
extension PageContext {
    func searchDocuments() -> [SearchDocument] {
        func join(_ parts: [String]) -> String { parts.filter { !$0.isEmpty }.joined(separator: "\n") }
        func items(_ items: [NamedItem]) -> [String] { items.map { join([$0.name, $0.detail]) } }
        func facts(_ facts: [Fact]) -> [String] { facts.map { join([$0.name, $0.value]) } }
        func rows(_ rows: [ComparisonRow]) -> [String] {
            rows.map { join([$0.dimension] + $0.entries.map { "\($0.party): \($0.text)" } + [$0.verdict ?? ""]) }
        }
        func quiz(_ items: [QuizItem]) -> [String] {
            items.map { join([$0.question, $0.answer ?? ""] + $0.choices.map(\.text)) }
        }
        var documents: [SearchDocument] = []
        for product in playbook.products {
            documents.append(SearchDocument(
                title: product.title, path: .document(.product, product.id), kind: text["products"] ?? "", files: [product.info.file],
                text: join([product.summary] + facts(product.facts) + items(product.sellingPoints) + items(product.buyerValues)
                           + items(product.audience) + facts(product.marketPosition) + [product.knowledge]
                           + rows(product.comparison) + items(product.talkTracks) + quiz(product.quiz)
                           + product.sections.map(\.text))))
        }
        for competitor in playbook.competitors {
            documents.append(SearchDocument(
                title: competitor.name, path: .document(.competitor, competitor.id), kind: text["competitors"] ?? "",
                files: [competitor.info.file],
                text: join([competitor.aliases.joined(separator: " "), competitor.summary] + items(competitor.strengths)
                           + items(competitor.weaknesses) + rows(competitor.comparison) + [competitor.howToWin.text]
                           + quiz(competitor.quiz) + competitor.sections.map(\.text))))
        }
        for objection in index.objections {
            documents.append(SearchDocument(
                title: objection.title, path: .objection(objection.id), kind: objection.category ?? text["objections"] ?? "",
                files: index.fileOfObjectionSet[objection.fileID].map { [$0] } ?? [],
                text: join([objection.customerSays, objection.context, objection.response] + objection.keyPoints
                           + objection.avoid + objection.followUps)))
        }
        if !playbook.selfAnalyses.isEmpty {
            let analyses = playbook.selfAnalyses
            documents.append(SearchDocument(
                title: text["selfAnalysis"] ?? "", path: .document(.`self`, ""), kind: text["selfAnalysis"] ?? "",
                files: analyses.map(\.info.file),
                text: join(analyses.flatMap { analysis in
                    [analysis.summary] + analysis.styles.map { join([$0.name, $0.summary] + facts($0.facts)) }
                        + items(analysis.strengths) + items(analysis.weaknesses) + quiz(analysis.quiz)
                })))
        }
        for segment in playbook.segments {
            documents.append(SearchDocument(
                title: segment.title, path: .document(.segment, segment.id), kind: text["segments"] ?? "", files: [segment.info.file],
                text: join([segment.summary, segment.profile.text, segment.needs.text, segment.decisionMakers.text,
                            segment.approach.text] + quiz(segment.quiz))))
        }
        for study in playbook.cases {
            documents.append(SearchDocument(
                title: study.title, path: .document(.case, study.id), kind: text["cases"] ?? "", files: [study.info.file],
                text: join([study.summary, study.background.text, study.approach.text, study.result.text] + quiz(study.quiz))))
        }
        return documents
    }
}
