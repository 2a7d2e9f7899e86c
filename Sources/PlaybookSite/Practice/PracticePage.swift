import PlaybookCore

/// The practice page (`practice/index.html`): a normal page of the site whose body the
/// practice scripts fill in. Its data (`practice/deck.js`, the card shards, the scorer's
/// language data) is written beside it (``PracticeFiles``).
enum PracticePage {
    /// The scheduler's scripts, first on the page, in the order they must load.
    static let engineScripts = ["fsrs.js", "fsrs-replay.js"]
    /// The scorer's scripts, in the order they must load. They are not on the page: the first
    /// card needs none of them, so the page loads them with the language data when it first
    /// scores an answer (`data-scorer-scripts`).
    static let scorerScripts = ["numbers.js", "chinese-converter.js", "language.js", "never-say.js", "scorer.js"]
    static let folder = "assets/practice/"

    /// The app's scripts, site-relative, in the order they run: the engine's first, then every
    /// other script of `assets/practice/` (the app's, by name; each only defines globals and starts
    /// on `DOMContentLoaded`). The scorer, the language data and the bundle are left out.
    static func appScripts(assets: [String]) -> [String] {
        let present = Set(assets)
        let engine = engineScripts.map { folder + $0 }.filter(present.contains)
        let scorer = Set(scorerScripts.map { folder + $0 })
        let app = assets.filter {
            $0.hasPrefix(folder) && $0.hasSuffix(".js") && !$0.dropFirst(folder.count).contains("/")
                && !engine.contains($0) && !scorer.contains($0) && $0 != PracticeScripts.languagePath
                && $0 != PracticeAppBundle.path
        }.sorted()
        return engine + app
    }

    /// The page's scripts, site-relative: the app's scripts in one file (``PracticeAppBundle``), then the deck.
    static let scripts = [PracticeAppBundle.path, PracticeScripts.deckPath]
}

extension PageContext {
    func practicePage() -> Page {
        let path = SitePath.practice
        let strings = PracticeText.strings(for: outline.settings.locale)
        let title = strings["practice.title"] ?? ""
        return Page(path: path, title: title, model: PracticePageModel(
            title: title, noscript: strings["practice.noscript"] ?? "",
            deckHref: SitePath(PracticeScripts.deckPath).href(from: path),
            languageHref: SitePath(PracticeScripts.languagePath).href(from: path),
            scorerHrefs: PracticePage.scorerScripts
                .map { SitePath(PracticePage.folder + $0).href(from: path) }.joined(separator: " "),
            scripts: PracticePage.scripts.map { ScriptView(src: SitePath($0).href(from: path)) }))
    }
}
