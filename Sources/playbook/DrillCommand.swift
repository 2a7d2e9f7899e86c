import ArgumentParser
import Foundation
import PlaybookCore
import PlaybookDrill

enum DrillMode: String, ExpressibleByArgument, CaseIterable {
    case flashcard, type
}

/// Options that pick the progress database.
struct DatabaseOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The progress database (default: $XDG_DATA_HOME/playbook/progress.sqlite).", valueName: "path"))
    var db: String?

    var path: String { db ?? ReviewStore.defaultPath() }
}

struct DrillCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drill",
        abstract: "Practise the playbook's cards in the terminal, with spaced repetition (FSRS-6).",
        discussion: """
            Due cards come first, then new ones. On a terminal, keys answer (1–4 to rate, Ctrl-C to stop); \
            without one, one line is read per card: the rating in flashcard mode, the answer in type and \
            exam mode (the option's number for a multiple-choice card). Every answer is saved at once.
            Exit codes: 0 done (exam passed), 1 content errors or exam failed, 2 usage or database error.
            """)

    @OptionGroup var content: ContentOptions
    @OptionGroup var database: DatabaseOptions

    @Option(help: "flashcard (reveal, then rate) or type (type the answer; it is scored by key points).")
    var mode: DrillMode = .flashcard

    @Flag(help: "Exam: ask every selected card once, score it, do not change the schedule.")
    var exam = false

    @Option(help: "Exam pass mark, 0–100.")
    var pass: Double = 80

    @Flag(help: "Exam: shuffle the cards (with --seed for a repeatable order).")
    var shuffle = false

    @Option(help: "Seed for --shuffle.")
    var seed: UInt64?

    @Option(name: .customLong("new"), help: "New cards per session (default: playbook.md newPerSession, else 10).")
    var newCards: Int?

    @Option(help: "At most this many cards.")
    var limit: Int?

    @Option(parsing: .singleValue, help: "Only cards of this kind (objection, selling-point, buyer-value, comparison, strength, weakness, style, talk-track, quiz); repeatable.")
    var kind: [CardKind] = []

    @Option(parsing: .singleValue, help: "Only cards with this tag; repeatable.")
    var tag: [String] = []

    @Option(parsing: .singleValue, help: "Only cards of this objection category; repeatable.")
    var category: [String] = []

    @Option(parsing: .singleValue, help: "Only cards about this product ID; repeatable.")
    var product: [String] = []

    @Option(parsing: .singleValue, help: "Only cards about this competitor ID; repeatable.")
    var competitor: [String] = []

    @Option(help: ArgumentHelp("Use this time instead of the clock (ISO 8601, e.g. 2026-11-23T09:00:00Z).", valueName: "time"))
    var now: String?

    @Option(help: "Interface language: zh-Hans, zh-Hant or en (default: the playbook's locale).")
    var lang: String?

    @Flag(help: "No colours.")
    var plain = false

    @Flag(help: "Start cards whose content changed over as new cards.")
    var relearnChanged = false

    func validate() throws {
        if !(0...100).contains(pass) { throw ValidationError("--pass must be between 0 and 100") }
        if let newCards, newCards < 0 { throw ValidationError("--new must be 0 or more") }
        if let limit, limit < 1 { throw ValidationError("--limit must be 1 or more") }
        if let lang, PlaybookLocale(tag: lang) == nil { throw ValidationError("--lang must be zh-Hans, zh-Hant or en") }
        if let now, DrillClock.parse(now) == nil {
            throw ValidationError("--now must be an ISO 8601 time such as 2026-11-23T09:00:00Z")
        }
    }

    func run() throws {
        // Read an existing progress database while the deck loads: with thousands of cards
        // each takes tens of milliseconds. (A new database is only created once the content
        // has loaded without errors.) The deck is named by the title in playbook.md.
        let path = database.path
        let title = PlaybookLoader.settings(contentPath: content.content).title
        let (loaded, early) = Concurrently.run(
            { Result<DeckSnapshot, any Error> { try loadDeck() } },
            { () -> Result<(ReviewStore, [String: StoredCard]), any Error>? in
                guard FileManager.default.fileExists(atPath: path) else { return nil }
                return Result {
                    let store = try ReviewStore(path: path, deck: title)
                    return (store, try store.storedCards())
                }
            })
        let deck = try loaded.get()
        let locale = lang.flatMap(PlaybookLocale.init(tag:)) ?? deck.locale
        let clock = now.flatMap(DrillClock.parse) ?? Int64(Date().timeIntervalSince1970)
        let passed: Bool
        do {
            let (store, read): (ReviewStore, [String: StoredCard])
            if let early, deck.title == title {
                (store, read) = try early.get()
            } else {
                store = try ReviewStore(path: path, deck: deck.title)
                read = try store.storedCards()
            }
            let settings = deck.drill
            let scheduler = FSRSScheduler(parameters: SchedulerParameters(
                desiredRetention: settings.desiredRetention, learningSteps: settings.learningSteps.map(Int64.init),
                relearningSteps: settings.relearningSteps.map(Int64.init), enableFuzzing: true))
            let current = deck.hashesByID
            var (sync, stored) = try store.sync(current: current, stored: read, now: clock)
            if relearnChanged, !sync.changed.isEmpty {
                try store.relearn(sync.changed)
                stored = try store.storedCards()
            }
            let filter = CardFilter(kinds: kind, tags: tag, categories: category, products: product, competitors: competitor)
            let plan = SessionPlan.make(cards: deck.cards, contentHashes: current, stored: stored, filter: filter, now: clock,
                                        newLimit: newCards ?? settings.newPerSession, limit: limit, exam: exam,
                                        shuffleSeed: shuffle ? (seed ?? UInt64(clock)) : nil)
            let session = DrillSession(store: store, scheduler: scheduler, plan: plan, isExam: exam)
            let runner = DrillRunner(session: session, text: DrillText(locale: locale), console: DrillConsole(plain: plain),
                                     mode: exam ? .type : mode, now: clock, sync: relearnChanged ? SyncReport() : sync,
                                     synonymGroups: deck.synonymGroups)
            passed = try runner.run(passMark: exam ? pass : nil)
            if exam {
                // An unfinished exam fails: record what was shown on screen.
                try store.recordExam(takenAt: clock, cards: session.summary.reviewed,
                                     score: session.summary.meanScore ?? 0, pass: pass, passed: passed)
            }
        } catch {
            Terminal.printError("error: \(error)")
            throw ExitCode(2)
        }
        if exam && !passed { throw ExitCode(1) }
    }

    /// The deck (stopping on content errors, exit 1).
    private func loadDeck() throws -> DeckSnapshot {
        let outcome = try content.reportingIOErrors {
            try DeckLoader.load(contentPath: content.content, options: content.loaderOptions(), useCache: !content.noCache)
        }
        switch outcome {
        case .deck(let deck):
            return deck
        case .contentErrors(let result):
            for diagnostic in result.diagnostics where diagnostic.severity == .error { Terminal.printError(diagnostic.description) }
            throw ExitCode(1)
        }
    }
}

extension CardKind: ExpressibleByArgument {}

/// Times given on the command line.
enum DrillClock {
    /// ISO 8601 with or without fractional seconds, or a bare date (midnight UTC).
    static func parse(_ text: String) -> Int64? {
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return Int64(date.timeIntervalSince1970) }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return Int64(date.timeIntervalSince1970) }
        if let day = CalendarDay(iso: text) { return Int64(day.daysSince1970) * 86_400 }
        return nil
    }

    static func format(_ seconds: Int64) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime, .withSpaceBetweenDateAndTime]
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds))) + " UTC"
    }
}

