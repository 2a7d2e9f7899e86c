/// Derives the cards of a playbook from its model.
public enum CardBuilder {
    public static func cards(for playbook: Playbook) -> [Card] {
        let locale = playbook.settings.locale
        let competitorNames = Dictionary(playbook.competitors.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        // Each document's cards depend only on that document (and competitor names): derive
        // them on every core, in playbook order.
        return ParallelMap.map(cardOrder(playbook)) { cards(of: $0, locale: locale, competitorNames: competitorNames) }
            .flatMap { $0 }
    }

    /// The documents in the order their cards come in a deck: objection files first.
    public static func cardOrder(_ playbook: Playbook) -> [any DocumentModel] {
        playbook.objectionSets as [any DocumentModel] + playbook.products + playbook.competitors + playbook.selfAnalyses
            + playbook.segments + playbook.cases
    }

    /// The cards of one document, as ``cards(for:)`` derives them in a playbook whose
    /// competitors (by ID) have `competitorNames`; the playbook's cards are those of its
    /// documents in ``cardOrder(_:)``.
    public static func cards(of document: any DocumentModel, locale: PlaybookLocale, competitorNames: [String: String]) -> [Card] {
        let prompts = CardPrompts(locale: locale)
        switch document {
        case let set as ObjectionSet:
            return set.objections.map(objectionCard) + quizCards(set.quiz, document: set)
        case let product as Product:
            return productCards(product, prompts: prompts, competitorNames: competitorNames)
        case let competitor as Competitor:
            return comparisonCards(competitor.comparison, subject: competitor.name, docID: competitor.id,
                                   base: base(competitor.info, competitors: [competitor.id]), source: competitor.info.source,
                                   prompts: prompts, competitorNames: competitorNames)
                + quizCards(competitor.quiz, document: competitor)
        case let analysis as SelfAnalysis:
            return selfCards(analysis, prompts: prompts)
        case let segment as Segment:
            return quizCards(segment.quiz, document: segment)
        case let study as CaseStudy:
            return quizCards(study.quiz, document: study)
        default:
            return []
        }
    }

    private static func base(_ info: DocumentInfo, category: String? = nil, products: [String] = [],
                             competitors: [String] = []) -> Card {
        Card(id: "", kind: .quiz, front: "", back: "", tags: info.tags, category: category, products: products,
             competitors: competitors, source: info.source)
    }

    private static func objectionCard(_ objection: Objection) -> Card {
        var card = Card(id: "objection/\(objection.fileID)/\(objection.id)", kind: .objection, front: objection.customerSays,
                        back: objection.response, hint: objection.context, keyPoints: objection.keyPoints, avoid: objection.avoid,
                        tags: objection.tags, category: objection.category, products: objection.products,
                        competitors: objection.competitors, source: objection.source)
        card.keyPointAlternatives = objection.keyPointAlternatives
        return card
    }

    private static func productCards(_ product: Product, prompts: CardPrompts, competitorNames: [String: String]) -> [Card] {
        let info = product.info
        let template = base(info, category: product.category, products: [product.id], competitors: product.competitors)
        func itemCard(_ kind: CardKind, _ item: NamedItem, front: String) -> Card? {
            guard !item.name.isEmpty, !item.detail.isEmpty else { return nil }
            var card = template
            card.id = "\(kind.rawValue)/\(product.id)/\(item.id)"
            card.kind = kind
            card.front = front
            card.back = item.detail
            card.hint = product.title
            card.keyPoints = KeyPointExtractor.keyPoints(highlights: item.highlights, text: item.detail)
            card.source = SourceReference(path: info.source.path, line: item.line)
            return card
        }
        var cards: [Card] = []
        cards += product.sellingPoints.compactMap {
            itemCard(.sellingPoint, $0, front: prompts.sellingPoint(product: product.title, name: $0.name))
        }
        cards += product.buyerValues.compactMap {
            itemCard(.buyerValue, $0, front: prompts.buyerValue(product: product.title, name: $0.name))
        }
        cards += product.talkTracks.compactMap { itemCard(.talkTrack, $0, front: $0.name) }
        cards += comparisonCards(product.comparison, subject: product.title, docID: product.id, base: template,
                                 source: info.source, prompts: prompts, competitorNames: competitorNames)
        cards += quizCards(product.quiz, document: product, products: [product.id])
        return cards
    }

    /// One card per row and competitor: "on this dimension, against them, what do we say?"
    private static func comparisonCards(_ rows: [ComparisonRow], subject: String, docID: String, base: Card,
                                        source: SourceReference, prompts: CardPrompts,
                                        competitorNames: [String: String]) -> [Card] {
        rows.flatMap { row -> [Card] in
            guard let ours = row.ours else { return [] }
            let others = row.entries.filter { !$0.isUs }
            let targets: [ComparisonEntry?] = others.isEmpty ? [nil] : others
            return targets.map { other in
                var card = base
                let competitorID = other?.competitor
                let name = other.map { competitorID.flatMap { competitorNames[$0] } ?? $0.party }
                card.id = "comparison/\(docID)/\(row.id)" + (other.map { "--" + Identifier.slug(competitorID ?? $0.party) } ?? "")
                card.kind = .comparison
                card.front = prompts.comparison(subject: subject, dimension: row.dimension, competitor: name)
                var back = "\(prompts.us): \(ours.text)"
                if let other, let name { back += "\n\(name): \(other.text)" }
                if let verdict = row.verdict { back += "\n\(prompts.verdict): \(verdict)" }
                card.back = back
                card.hint = subject
                card.keyPoints = KeyPointExtractor.keyPoints(highlights: ours.highlights, text: ours.text)
                if let competitorID, !card.competitors.contains(competitorID) { card.competitors.append(competitorID) }
                card.source = SourceReference(path: source.path, line: row.line)
                return card
            }
        }
    }

    private static func selfCards(_ analysis: SelfAnalysis, prompts: CardPrompts) -> [Card] {
        let template = base(analysis.info)
        let path = analysis.info.source.path
        var cards: [Card] = []
        func itemCards(_ items: [NamedItem], kind: CardKind, front: (String) -> String) -> [Card] {
            items.filter { !$0.name.isEmpty && !$0.detail.isEmpty }.map { item in
                var card = template
                card.id = "\(kind.rawValue)/\(analysis.id)/\(item.id)"
                card.kind = kind
                card.front = front(item.name)
                card.back = item.detail
                card.keyPoints = KeyPointExtractor.keyPoints(highlights: item.highlights, text: item.detail)
                card.source = SourceReference(path: path, line: item.line)
                return card
            }
        }
        cards += itemCards(analysis.strengths, kind: .strength, front: prompts.strength)
        cards += itemCards(analysis.weaknesses, kind: .weakness, front: prompts.weakness)
        for style in analysis.styles {
            var card = template
            card.id = "style/\(analysis.id)/\(style.id)"
            card.kind = .style
            card.front = prompts.style(style.name)
            let facts = style.facts.map { $0.name.isEmpty ? $0.value : "\($0.name)：\($0.value)" }
            card.back = ([style.summary] + facts).filter { !$0.isEmpty }.joined(separator: "\n")
            card.keyPoints = style.facts.map(\.value).filter { !$0.isEmpty }
            card.source = SourceReference(path: path, line: style.line)
            cards.append(card)
        }
        cards += quizCards(analysis.quiz, document: analysis)
        return cards
    }

    private static func quizCards(_ items: [QuizItem], document: any DocumentModel, products: [String] = []) -> [Card] {
        let info = document.info
        return items.map { item in
            var card = base(info, products: products)
            card.id = "quiz/\(info.type.rawValue)-\(info.id)/\(item.id)"
            card.kind = .quiz
            card.front = item.question
            card.choices = item.choices.map(\.text)
            card.answers = item.choices.indices.filter { item.choices[$0].correct }
            card.back = item.answer ?? card.answers.map { item.choices[$0].text }.joined(separator: "；")
            card.keyPoints = item.answer.map { KeyPointExtractor.clauses($0) } ?? []
            card.source = SourceReference(path: info.source.path, line: item.line)
            return card
        }
    }
}
