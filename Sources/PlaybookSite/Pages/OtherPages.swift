import PlaybookCore

/// Self-analysis, segments, cases, tags, the review schedule and the home page.
extension PageContext {
    /// One page for all self-analysis files.
    func selfPage(_ analyses: [SelfAnalysis]) -> Page {
        let path = SitePath.document(.`self`, "")
        func each<T>(_ transform: (SelfAnalysis) -> [T]) -> [T] { analyses.flatMap(transform) }
        let styles = each { analysis in
            analysis.styles.map { style in
                SalesStyleView(id: style.id, name: style.name, summary: style.summary,
                               facts: facts(style.facts, file: analysis.info.file, page: path))
            }
        }
        let title = analyses.count == 1 ? analyses[0].title : text["selfAnalysis"] ?? ""
        let model = SelfAnalysisPageModel(
            title: title, summaryHtml: analyses.map { html($0.summaryHtml, file: $0.info.file, page: path) }.joined(),
            styles: styles, hasStyles: !styles.isEmpty,
            strengths: each { namedItems($0.strengths, file: $0.info.file, page: path) },
            hasStrengths: analyses.contains { !$0.strengths.isEmpty },
            weaknesses: each { namedItems($0.weaknesses, file: $0.info.file, page: path) },
            hasWeaknesses: analyses.contains { !$0.weaknesses.isEmpty },
            quiz: each { quiz($0.quiz) }, hasQuiz: analyses.contains { !$0.quiz.isEmpty },
            sections: each { freeSections($0.sections, file: $0.info.file, page: path) },
            tags: tagLinks(analyses.flatMap(\.info.tags).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }, from: path),
            review: analyses.first.map { review($0.info) })
        return Page(path: path, title: title, model: model, file: analyses.first?.info.file ?? "")
    }

    func segmentPage(_ segment: Segment) -> Page {
        let path = SitePath.document(.segment, segment.id)
        let file = segment.info.file
        let model = SegmentPageModel(
            title: segment.title, tags: tagLinks(segment.info.tags, from: path),
            summaryHtml: html(segment.summaryHtml, file: file, page: path),
            profile: rich(segment.profile, file: file, page: path), needs: rich(segment.needs, file: file, page: path),
            decisionMakers: rich(segment.decisionMakers, file: file, page: path),
            approach: rich(segment.approach, file: file, page: path),
            quiz: quiz(segment.quiz), hasQuiz: !segment.quiz.isEmpty,
            sections: freeSections(segment.sections, file: file, page: path),
            products: segment.products.compactMap { id in index.product(id).map { link($0.title, .document(.product, id), from: path) } },
            cases: index.cases(forSegment: segment.id).map { link($0.title, .document(.case, $0.id), from: path) },
            review: review(segment.info))
        return Page(path: path, title: segment.title, model: model, file: file)
    }

    func casePage(_ study: CaseStudy) -> Page {
        let path = SitePath.document(.case, study.id)
        let file = study.info.file
        let model = CasePageModel(
            title: study.title, tags: tagLinks(study.info.tags, from: path),
            summaryHtml: html(study.summaryHtml, file: file, page: path),
            background: rich(study.background, file: file, page: path), approach: rich(study.approach, file: file, page: path),
            result: rich(study.result, file: file, page: path),
            quiz: quiz(study.quiz), hasQuiz: !study.quiz.isEmpty,
            sections: freeSections(study.sections, file: file, page: path),
            products: study.products.compactMap { id in index.product(id).map { link($0.title, .document(.product, id), from: path) } },
            segments: study.segments.compactMap { id in index.segment(id).map { link($0.title, .document(.segment, id), from: path) } },
            review: review(study.info))
        return Page(path: path, title: study.title, model: model, file: file)
    }

    func simpleIndex(_ type: DocumentType, _ documents: [(outline: any DocumentOutline, summary: String)]) -> Page {
        let path = SitePath.index(type)
        let heading = text[type == .segment ? "segments" : "cases"] ?? ""
        let items = documents.map { document, summary in
            ListItemView(title: document.title, href: SitePath.document(type, document.id).href(from: path),
                         category: "", summary: summary, tags: tagLinks(document.info.tags, from: path))
        }
        return Page(path: path, title: heading, model: ListPageModel(heading: heading, items: items, hasItems: !items.isEmpty))
    }

    func tagIndex() -> Page {
        let path = SitePath.tags
        let all = index.taggedItems.map { tag, items in
            CountLinkView(name: tag, href: SitePath.tag(tag).href(from: path), count: items.count)
        }
        return Page(path: path, title: text["tags"] ?? "", model: TagIndexPageModel(tags: all))
    }

    func tagPage(_ tag: String, items: [SiteIndex.LinkTarget]) -> Page {
        let path = SitePath.tag(tag)
        let entries = items.map { TaggedItemView(title: $0.title, href: $0.path.href(from: path), kind: $0.kind) }
        return Page(path: path, title: "\(text["tag"] ?? "")\(text["colon"] ?? ": ")\(tag)",
                    model: TagPageModel(name: tag, items: entries))
    }

    func reviewEntries(from path: SitePath) -> [ReviewEntryView] {
        let documents = outline.documents.filter { $0.info.reviewed != nil || $0.info.owner != nil }
        let sorted = documents.sorted {
            ($0.info.reviewDue?.daysSince1970 ?? Int.max, $0.info.file) < ($1.info.reviewDue?.daysSince1970 ?? Int.max, $1.info.file)
        }
        return sorted.map { document in
            let target = index.pageForFile[document.info.file] ?? SitePath.document(document.info.type, document.id)
            let anchor = document.info.type == .objections ? "#" + document.id : ""
            return ReviewEntryView(title: document.title, href: target.href(from: path) + anchor, owner: document.info.owner ?? "",
                                   reviewed: document.info.reviewed?.description ?? "",
                                   due: document.info.reviewDue?.description ?? "", hasDue: document.info.reviewDue != nil)
        }
    }

    func reviewPage() -> Page {
        let path = SitePath.reviews
        let entries = reviewEntries(from: path)
        return Page(path: path, title: text["reviews"] ?? "",
                    model: ReviewSchedulePageModel(entries: entries, hasEntries: !entries.isEmpty))
    }

    func homePage() -> Page {
        let path = SitePath.home
        let counts = [
            HomeCountView(count: outline.products.count, label: text["productsCount"] ?? "", href: SitePath.index(.product).href(from: path)),
            HomeCountView(count: index.objections.count, label: text["objectionsCount"] ?? "",
                          href: SitePath.index(.objections).href(from: path)),
            HomeCountView(count: outline.competitors.count, label: text["competitorsCount"] ?? "",
                          href: SitePath.index(.competitor).href(from: path)),
            HomeCountView(count: index.categories.count + outline.competitors.count, label: text["battleCards"] ?? "",
                          href: SitePath.battleCards.href(from: path)),
        ]
        let categories = index.categories.map { category in
            CountLinkView(name: category, href: SitePath.category(category).href(from: path), count: index.objectionCount(inCategory: category))
        }
        let reviews = Array(reviewEntries(from: path).filter(\.hasDue).prefix(5))
        return Page(path: path, title: outline.settings.title, model: HomePageModel(
            title: outline.settings.title,
            introductionHtml: html(outline.settings.introductionHtml, file: "outline.md", page: path),
            counts: counts, categories: categories,
            products: outline.products.map { link($0.title, .document(.product, $0.id), from: path) },
            reviews: reviews, hasReviews: !reviews.isEmpty, reviewsHref: SitePath.reviews.href(from: path)))
    }
}
