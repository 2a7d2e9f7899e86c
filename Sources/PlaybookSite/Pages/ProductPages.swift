import PlaybookCore

/// Product and competitor pages and their indexes.
extension PageContext {
    func productPage(_ product: Product) -> Page {
        let path = SitePath.document(.product, product.id)
        let file = product.info.file
        let render = { (text: String) in html(text, file: file, page: path) }
        let matrix = ComparisonMatrix(rows: product.comparison, preferredOrder: product.competitors,
                                      names: competitorNames, usLabel: text["us"] ?? "Us")
        let model = ProductPageModel(
            title: product.title, category: product.category ?? "", hasCategory: product.category != nil,
            tags: tagLinks(product.info.tags, from: path), summaryHtml: render(product.summaryHtml),
            facts: facts(product.facts, file: file, page: path), hasFacts: !product.facts.isEmpty,
            sellingPoints: namedItems(product.sellingPoints, file: file, page: path),
            hasSellingPoints: !product.sellingPoints.isEmpty,
            buyerValues: namedItems(product.buyerValues, file: file, page: path), hasBuyerValues: !product.buyerValues.isEmpty,
            audience: namedItems(product.audience, file: file, page: path), hasAudience: !product.audience.isEmpty,
            marketPosition: facts(product.marketPosition, file: file, page: path),
            hasMarketPosition: !product.marketPosition.isEmpty,
            knowledgeHtml: render(product.knowledgeHtml), hasKnowledge: !product.knowledgeHtml.isEmpty,
            comparison: matrix.view(from: path, html: render),
            talkTracks: namedItems(product.talkTracks, file: file, page: path), hasTalkTracks: !product.talkTracks.isEmpty,
            quiz: quiz(product.quiz), hasQuiz: !product.quiz.isEmpty,
            sections: freeSections(product.sections, file: file, page: path),
            objections: objectionLinks(index.objections(forProduct: product.id), from: path),
            competitors: index.competitors(forProduct: product.outline).map { link($0.name, .document(.competitor, $0.id), from: path) },
            cases: index.cases(forProduct: product.id).map { link($0.title, .document(.case, $0.id), from: path) },
            segments: index.segments(forProduct: product.id).map { link($0.title, .document(.segment, $0.id), from: path) },
            review: review(product.info))
        return Page(path: path, title: product.title, model: model, file: file)
    }

    func productIndex() -> Page {
        let path = SitePath.index(.product)
        let items = outline.products.map { product in
            ListItemView(title: product.title, href: SitePath.document(.product, product.id).href(from: path),
                         category: product.category ?? "", summary: product.summary,
                         tags: tagLinks(product.info.tags, from: path))
        }
        let heading = text["products"] ?? ""
        return Page(path: path, title: heading, model: ListPageModel(heading: heading, items: items, hasItems: !items.isEmpty))
    }

    func competitorPage(_ competitor: Competitor) -> Page {
        let path = SitePath.document(.competitor, competitor.id)
        let file = competitor.info.file
        let render = { (text: String) in html(text, file: file, page: path) }
        let own = ComparisonMatrix(rows: competitor.comparison, preferredOrder: [competitor.id],
                                   names: competitorNames, usLabel: text["us"] ?? "Us")
        let model = CompetitorPageModel(
            title: competitor.name, aliases: competitor.aliases.joined(separator: "、"),
            hasAliases: !competitor.aliases.isEmpty, tags: tagLinks(competitor.info.tags, from: path),
            summaryHtml: render(competitor.summaryHtml),
            strengths: namedItems(competitor.strengths, file: file, page: path), hasStrengths: !competitor.strengths.isEmpty,
            weaknesses: namedItems(competitor.weaknesses, file: file, page: path), hasWeaknesses: !competitor.weaknesses.isEmpty,
            comparison: own.view(from: path, html: render),
            howToWin: rich(competitor.howToWin, file: file, page: path),
            productRows: productRows(against: competitor.id, from: path),
            quiz: quiz(competitor.quiz), hasQuiz: !competitor.quiz.isEmpty,
            sections: freeSections(competitor.sections, file: file, page: path),
            products: index.products(forCompetitor: competitor.id).map { link($0.title, .document(.product, $0.id), from: path) },
            objections: objectionLinks(index.objections(forCompetitor: competitor.id), from: path),
            battleCardHref: SitePath.competitorBattleCard(competitor.id).href(from: path),
            review: review(competitor.info))
        return Page(path: path, title: competitor.name, model: model, file: file)
    }

    /// Every comparison row in any product that names the competitor: our line, theirs, the verdict.
    func productRows(against id: String, from path: SitePath) -> [ProductRowView] {
        index.rows(forCompetitor: id).compactMap { product, row in
            guard let theirs = row.entries.first(where: { $0.competitor == id }) else { return nil }
            let render = { (text: String) in html(text, file: product.info.file, page: path) }
            return ProductRowView(product: product.title, productHref: SitePath.document(.product, product.id).href(from: path),
                                  dimension: row.dimension, oursHtml: row.ours.map { render($0.textHtml) } ?? "",
                                  theirsHtml: render(theirs.textHtml), verdict: row.verdict ?? "", hasVerdict: row.verdict != nil)
        }
    }

    func competitorIndex() -> Page {
        let path = SitePath.index(.competitor)
        let items = outline.competitors.map { competitor in
            ListItemView(title: competitor.name, href: SitePath.document(.competitor, competitor.id).href(from: path),
                         category: competitor.aliases.joined(separator: "、"), summary: competitor.summary,
                         tags: tagLinks(competitor.info.tags, from: path))
        }
        let heading = text["competitors"] ?? ""
        return Page(path: path, title: heading, model: ListPageModel(heading: heading, items: items, hasItems: !items.isEmpty))
    }

    /// Review facts for a page footer: owner, reviewed, next review.
    func review(_ info: DocumentInfo) -> ReviewView {
        ReviewView(owner: info.owner ?? "", hasOwner: info.owner != nil, reviewed: info.reviewed?.description ?? "",
                   hasReviewed: info.reviewed != nil, due: info.reviewDue?.description ?? "", hasDue: info.reviewDue != nil,
                   present: info.owner != nil || info.reviewed != nil)
    }
}
