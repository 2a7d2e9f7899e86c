import PlaybookCore

/// The practice page (`practice/index.html`): a normal page of the site whose body the
/// practice scripts fill in. Its data (`practice/deck.js`, the card shards, the scorer's
/// language data) is written beside it (``PracticeFiles``).
enum PracticePage {
    /// The scheduler's and the scorer's scripts, in the order they must load.
    static let engineScripts = ["fsrs.js", "fsrs-replay.js", "numbers.js", "chinese-converter.js", "language.js",
                                "never-say.js", "scorer.js"]
    static let folder = "assets/practice/"

    /// The page's scripts, site-relative: the engine's first, then every other script of
    /// `assets/practice/` (the app's, by name; each only defines globals and starts on
    /// `DOMContentLoaded`), then the deck. The language data is left out: the page loads it
    /// when it first scores an answer.
    static func scripts(assets: [String]) -> [String] {
        let present = Set(assets)
        let engine = engineScripts.map { folder + $0 }.filter(present.contains)
        let app = assets.filter {
            $0.hasPrefix(folder) && $0.hasSuffix(".js") && !$0.dropFirst(folder.count).contains("/")
                && !engine.contains($0) && $0 != PracticeScripts.languagePath
        }.sorted()
        return engine + app + [PracticeScripts.deckPath]
    }
}

extension PageContext {
    func practicePage() -> Page {
        let path = SitePath.practice
        let strings = PracticeText.strings(for: outline.settings.locale)
        let title = strings["practice.title"] ?? ""
        return Page(path: path, template: "practice", title: title, values: [
            "title": title, "noscript": strings["practice.noscript"] ?? "",
            "deckHref": SitePath(PracticeScripts.deckPath).href(from: path),
            "languageHref": SitePath(PracticeScripts.languagePath).href(from: path),
            "scripts": practiceScripts.map { ["src": SitePath($0).href(from: path)] },
        ])
    }
}
