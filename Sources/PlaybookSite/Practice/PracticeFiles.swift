import Foundation
import PlaybookCore

/// The practice page's data files of a playbook: `practice/deck.js`, `practice/cards/N.js` and
/// `assets/practice/language-data.js` (see ``PracticeScripts``).
///
/// They are made whole by every full build; the sink keeps a file whose bytes did not change
/// as it was (``SiteTransaction``), so an edit rewrites only the deck and the shards it touches.
/// An in-place update (``SiteUpdate``) hands any edit to a document with cards to a full build.
struct PracticeFiles: Sendable {
    var deck: PracticeDeck

    private init(deck: PracticeDeck) {
        self.deck = deck
    }

    /// Builds the deck of `playbook` and writes its files into `sink`: each shard as soon as its
    /// cards are encoded (on every core), then the deck and the language data. The deck it
    /// returns holds no shards. The cards are derived here (as the drill derives them) rather
    /// than taken from the playbook: the site build loads it without cards.
    static func write(playbook: Playbook, into sink: some SiteSink) throws -> PracticeFiles {
        let deck = try PracticeDeck(playbook: playbook, cards: CardBuilder.cards(for: playbook)) { shards in
            try put(shards.map { shard in (PracticeScripts.shardPath(shard.number), { PracticeScripts.shard(shard.number, cards: shard.cards) }) },
                    into: sink)
        }
        let files = PracticeFiles(deck: deck)
        try put(files.deckFiles(), into: sink)
        return files
    }

    /// The deck and the language data: site path → contents.
    func deckFiles() -> [(path: String, contents: @Sendable () -> String)] {
        let deck = deck
        return [
            (PracticeScripts.deckPath, { PracticeScripts.deck(deck, strings: PracticeStrings.tables()) }),
            (PracticeScripts.languagePath, { PracticeScripts.languageData() }),
        ]
    }

    /// Every file's site path: the deck, the language data and each shard.
    var paths: [String] {
        [PracticeScripts.deckPath, PracticeScripts.languagePath] + (0..<deck.shardCount).map(PracticeScripts.shardPath)
    }

    private static func put(_ files: [(path: String, contents: @Sendable () -> String)], into sink: some SiteSink) throws {
        let failures = ParallelMap.map(files) { file -> Error? in
            do {
                try sink.put(file.path, Data(file.contents().utf8), keys: PageKeys())
                return nil
            } catch {
                return error
            }
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
    }
}
