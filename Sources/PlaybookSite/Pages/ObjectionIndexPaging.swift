import PlaybookCore

/// How the objection index is split: pages of ``filesPerPage`` objection files each, in playbook
/// order. The first page is `objections/index.html`, the others `objections/pages/N.html` (a
/// folder no objection ID can reach). A phone loads one page, and an edit of one objection file
/// renders only the page that shows it.
enum ObjectionIndexPaging {
    static let filesPerPage = 50

    /// How many pages `files` objection files take (at least one, even empty).
    static func pageCount(files: Int) -> Int { max(1, (files + filesPerPage - 1) / filesPerPage) }

    /// The page (from 0) that shows the objection file at `position` among all of them.
    static func page(ofFileAt position: Int) -> Int { position / filesPerPage }

    /// The pages (from 0) a page's navigation lists: the first, the last, and two on each side of
    /// `current`, so the list stays one or two rows on a phone however many pages there are.
    static func shownNumbers(current: Int, of pages: Int) -> [Int] {
        (0..<pages).filter { $0 == 0 || $0 == pages - 1 || abs($0 - current) <= 2 }
    }

    /// Where page `number` (from 0) goes.
    static func path(ofPage number: Int) -> SitePath {
        number == 0 ? .index(.objections) : SitePath("objections/pages/\(number + 1).html")
    }

    /// Where page `number` (from 0) of a category's battle card goes: the first at the card's own
    /// path, the others in a folder beside it.
    static func battleCardPath(_ category: String, page number: Int) -> SitePath {
        number == 0 ? .categoryBattleCard(category)
            : SitePath("battlecards/category-\(Identifier.slug(category))/\(number + 1).html")
    }

    /// `files` in pages of ``filesPerPage``.
    static func split(_ files: [String]) -> [[String]] {
        stride(from: 0, to: max(files.count, 1), by: filesPerPage).map { Array(files[$0..<min(files.count, $0 + filesPerPage)]) }
    }

    /// The page of each document, by content file: a document's own page, or for an objection
    /// file the index page that shows it (`documents` in playbook order).
    static func pages(of documents: [DocumentInfo]) -> [String: SitePath] {
        var pages: [String: SitePath] = [:]
        var objectionFiles = 0
        for info in documents where pages[info.file] == nil {
            if info.type == .objections {
                pages[info.file] = path(ofPage: page(ofFileAt: objectionFiles))
                objectionFiles += 1
            } else {
                pages[info.file] = .document(info.type, info.id)
            }
        }
        return pages
    }
}
