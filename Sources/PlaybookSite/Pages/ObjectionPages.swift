import PlaybookCore

/// Objection pages, the objection index, category pages and printable battle cards.
extension PageContext {
    func objectionView(_ objection: Objection, file: String, page path: SitePath) -> ObjectionView {
        ObjectionView(
            id: objection.id, title: objection.title, customerSays: objection.customerSays,
            contextHtml: html(objection.contextHtml, file: file, page: path), hasContext: !objection.contextHtml.isEmpty,
            responseHtml: html(objection.responseHtml, file: file, page: path),
            keyPoints: objection.keyPoints, hasKeyPoints: !objection.keyPoints.isEmpty,
            avoid: objection.avoid, hasAvoid: !objection.avoid.isEmpty,
            followUps: objection.followUps, hasFollowUps: !objection.followUps.isEmpty,
            href: SitePath.objection(objection.id).href(from: path))
    }

    func objectionPage(_ objection: Objection, in set: ObjectionSet) -> Page {
        let path = SitePath.objection(objection.id)
        let view = objectionView(objection, file: set.info.file, page: path)
        let siblings = set.objections
        let position = siblings.firstIndex(where: { $0.id == objection.id })
        let previous = position.flatMap { $0 > 0 ? siblings[$0 - 1] : nil }
        let next = position.flatMap { $0 + 1 < siblings.count ? siblings[$0 + 1] : nil }
        let model = ObjectionPageModel(
            id: view.id, title: view.title, customerSays: view.customerSays, contextHtml: view.contextHtml,
            hasContext: view.hasContext, responseHtml: view.responseHtml, keyPoints: view.keyPoints,
            hasKeyPoints: view.hasKeyPoints, avoid: view.avoid, hasAvoid: view.hasAvoid, followUps: view.followUps,
            hasFollowUps: view.hasFollowUps, href: view.href,
            category: objection.category ?? "", hasCategory: objection.category != nil,
            categoryHref: objection.category.map { SitePath.category($0).href(from: path) } ?? "",
            tags: tagLinks(objection.tags, from: path),
            products: objection.products.compactMap { id in index.product(id).map { link($0.title, .document(.product, id), from: path) } },
            competitors: objection.competitors.compactMap { id in
                index.competitor(id).map { link($0.name, .document(.competitor, id), from: path) }
            },
            previous: previous.map { link($0.title, .objection($0.id), from: path) },
            next: next.map { link($0.title, .objection($0.id), from: path) },
            review: review(set.info))
        return Page(path: path, title: objection.title, model: model, file: set.info.file)
    }

    /// One page of the objection index (`page` from 0 of `pages`): one group per objection
    /// file, with the file's introduction.
    func objectionIndex(sets: [ObjectionSet], page: Int, of pages: Int) -> Page {
        let path = ObjectionIndexPaging.path(ofPage: page)
        let groups = sets.map { set in
            ObjectionGroupView(id: set.id, title: set.title, summaryHtml: html(set.summaryHtml, file: set.info.file, page: path),
                               category: set.category ?? "",
                               categoryHref: set.category.map { SitePath.category($0).href(from: path) } ?? "",
                               hasCategory: set.category != nil, objections: objectionLinks(set.objections.map(\.outline), from: path),
                               quiz: quiz(set.quiz), hasQuiz: !set.quiz.isEmpty)
        }
        let categories = index.categories.map { category in
            CountLinkView(name: category, href: SitePath.category(category).href(from: path),
                          count: index.objectionCount(inCategory: category))
        }
        let navigation = pageNavigation(page: page, of: pages, from: path, at: ObjectionIndexPaging.path(ofPage:))
        let title = page == 0 ? text["objections"] ?? "" : "\(text["objections"] ?? "") · \(page + 1)/\(pages)"
        return Page(path: path, title: title, model: ObjectionIndexPageModel(
            groups: groups, categories: categories, pages: navigation.numbers, previous: navigation.previous,
            next: navigation.next, pageLabel: navigation.label))
    }

    /// The page navigation of page `page` (from 0) of `pages`, whose paths `at` gives.
    func pageNavigation(page: Int, of pages: Int, from path: SitePath, at: (Int) -> SitePath) -> PageNavigation {
        guard pages > 1 else { return PageNavigation() }
        func number(_ number: Int) -> PageNumberView {
            PageNumberView(number: number + 1, href: at(number).href(from: path), current: number == page, isGap: false)
        }
        var navigation = PageNavigation()
        for shown in ObjectionIndexPaging.shownNumbers(current: page, of: pages) {
            if let last = navigation.numbers.last, last.number < shown {  // pages left out between the last shown and this one
                navigation.numbers.append(PageNumberView(number: 0, href: "", current: false, isGap: true))
            }
            navigation.numbers.append(number(shown))
        }
        navigation.previous = page > 0 ? number(page - 1) : nil
        navigation.next = page + 1 < pages ? number(page + 1) : nil
        navigation.label = (text["pageOf"] ?? "%1/%2").replacingOccurrences(of: "%1", with: "\(page + 1)")
            .replacingOccurrences(of: "%2", with: "\(pages)")
        return navigation
    }

    func categoryPage(_ category: String) -> Page {
        let path = SitePath.category(category)
        return Page(path: path, title: "\(text["category"] ?? "")\(text["colon"] ?? ": ")\(category)",
                    model: CategoryPageModel(name: category, objections: objectionLinks(index.objections(inCategory: category), from: path),
                                             battleCardHref: SitePath.categoryBattleCard(category).href(from: path)))
    }

    func battleCardIndex() -> Page {
        let path = SitePath.battleCards
        return Page(path: path, title: text["battleCards"] ?? "", model: BattleCardIndexPageModel(
            categories: index.categories.map { link($0, .categoryBattleCard($0), from: path) },
            competitors: outline.competitors.map { link($0.name, .competitorBattleCard($0.id), from: path) }))
    }

    /// A printable card for an objection category: what customers say, key points, response,
    /// never-say; page `page` (from 0) of `pages` when the category spans many objection files.
    func categoryBattleCard(_ category: String, sets: [ObjectionSet], page: Int = 0, of pages: Int = 1) -> Page {
        let path = ObjectionIndexPaging.battleCardPath(category, page: page)
        let objections = sets.flatMap { set in
            set.objections.filter { $0.category == category }.map { objectionView($0, file: set.info.file, page: path) }
        }
        let navigation = pageNavigation(page: page, of: pages, from: path) { ObjectionIndexPaging.battleCardPath(category, page: $0) }
        let title = "\(text["battleCardFor"] ?? "") · \(category)" + (page == 0 ? "" : " · \(page + 1)/\(pages)")
        return Page(path: path, title: title, model: BattleCardPageModel(
            heading: category, objections: objections, hasObjections: !objections.isEmpty, pages: navigation.numbers,
            previous: navigation.previous, next: navigation.next, pageLabel: navigation.label))
    }

    /// A one-page card for a competitor: strengths, weaknesses, every comparison row, how to win.
    func competitorBattleCard(_ competitor: Competitor, sets: [ObjectionSet]) -> Page {
        let path = SitePath.competitorBattleCard(competitor.id)
        let file = competitor.info.file
        let names = [competitor.name, competitor.id] + competitor.aliases
        var wholeObjections: [String: [String: Objection]] = [:]  // set ID → objection ID → objection
        for set in sets {
            wholeObjections[set.id] = Dictionary(set.objections.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        }
        let objections = index.objections(forCompetitor: competitor.id).compactMap { wholeObjections[$0.fileID]?[$0.id] }
            .filter { objection in
            names.contains { name in
                objection.title.contains(name) || objection.customerSays.contains(name) || objection.response.contains(name)
            }
        }.map { objectionView($0, file: index.fileOfObjectionSet[$0.fileID] ?? "", page: path) }
        let matrix = ComparisonMatrix(rows: competitor.comparison, preferredOrder: [competitor.id], names: competitorNames,
                                      usLabel: text["us"] ?? "Us")
        let model = BattleCardPageModel(
            heading: competitor.name, isCompetitor: true, summaryHtml: html(competitor.summaryHtml, file: file, page: path),
            comparison: matrix.view(from: path, html: { html($0, file: file, page: path) }),
            strengths: namedItems(competitor.strengths, file: file, page: path),
            weaknesses: namedItems(competitor.weaknesses, file: file, page: path),
            productRows: productRows(against: competitor.id, from: path),
            howToWin: rich(competitor.howToWin, file: file, page: path),
            objections: objections, hasObjections: !objections.isEmpty)
        return Page(path: path, title: "\(text["battleCardFor"] ?? "") · \(competitor.name)", model: model, file: file)
    }
}
