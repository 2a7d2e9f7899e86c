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
            Due cards come first, then new ones. On a terminal, keys answer (1–4 to rate, q to quit, u to undo the last rating, \
            s to suspend the card; Ctrl-C at a suggested rating keeps it and stops); \
            without one, one line is read per card: the rating in flashcard mode, the answer in type and \
            exam mode (the option's number for a multiple-choice card). Every answer is saved at once.
            Exit codes: 0 done (exam passed), 1 content errors or exam failed, 2 usage or database error.
            """)

    @OptionGroup var content: ContentOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var hub: HubClientOptions

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

    @Option(parsing: .singleValue, help: "Only cards about this product (ID or title); repeatable.")
    var product: [String] = []

    @Option(parsing: .singleValue, help: "Only cards about this competitor (ID, name or alias); repeatable.")
    var competitor: [String] = []

    @Option(help: ArgumentHelp("Use this time instead of the clock (ISO 8601, e.g. 2026-11-23T09:00:00Z).", valueName: "time"))
    var now: String?

    @Flag(help: "No colours.")
    var plain = false

    @Flag(help: "Start cards whose content changed over as new cards.")
    var relearnChanged = false

    @Option(parsing: .singleValue, help: ArgumentHelp("Unsuspend this card (suspended with `s` in a session) and exit; repeatable.",
                                                      valueName: "card-id"))
    var unsuspend: [String] = []

    func validate() throws {
        let locale = content.locale
        if !(0...100).contains(pass) { throw ValidationError(Message(.passRange).text(in: locale)) }
        if let newCards, newCards < 0 { throw ValidationError(Message(.newCardsNegative).text(in: locale)) }
        if let limit, limit < 1 { throw ValidationError(Message(.limitTooSmall).text(in: locale)) }
        if let now, DrillClock.parse(now) == nil {
            throw ValidationError(Message(.nowInvalid).text(in: locale))
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
        let locale = content.locale
        let hubClient: HubClient?
        do { hubClient = try hub.client() } catch {
            Terminal.printFailure(error.message.text(in: locale), in: locale)
            throw ExitCode(2)
        }
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
            if !unsuspend.isEmpty {
                let released = Set(try store.unsuspend(unsuspend))
                for id in unsuspend {
                    Terminal.printOut(Message(released.contains(id) ? .drillUnsuspended : .drillNotSuspended, id), in: locale)
                }
                return
            }
            let suspended = try store.suspendedCards()
            let settings = deck.drill
            let scheduler = FSRSScheduler.drill(settings)
            let current = deck.hashesByID
            var (sync, stored) = try store.sync(current: current, stored: read, now: clock)
            if relearnChanged, !sync.changed.isEmpty {
                try store.relearn(sync.changed)
                stored = try store.storedCards()
            }
            // `--competitor 招行` works like `--competitor cmb`.
            let filter = CardFilter(kinds: kind, tags: tag, categories: category,
                                    products: product.map { deck.names.id(for: $0, of: .product) ?? $0 },
                                    competitors: competitor.map { deck.names.id(for: $0, of: .competitor) ?? $0 })
            let cards = suspended.isEmpty ? deck.cards : deck.cards.filter { !suspended.contains($0.id) }
            let plan = SessionPlan.make(cards: cards, contentHashes: current, stored: stored, filter: filter, now: clock,
                                        newLimit: newCards ?? settings.newPerSession, limit: limit, exam: exam,
                                        shuffleSeed: shuffle ? (seed ?? UInt64(clock)) : nil)
            let session = DrillSession(store: store, scheduler: scheduler, plan: plan, isExam: exam)
            let runner = DrillRunner(session: session, text: DrillText(locale: locale), console: DrillConsole(plain: plain),
                                     mode: exam ? .type : mode, now: clock, sync: relearnChanged ? SyncReport() : sync,
                                     synonymGroups: deck.synonymGroups)
            if let hubClient {
                runner.afterSession = { pushSession(to: hubClient, title: deck.title, now: clock) }
            }
            passed = try runner.run(passMark: exam ? pass : nil)
            runner.afterSession?()
        } catch {
            Terminal.printFailure((error as? DrillError)?.text.text(in: content.locale) ?? "\(error)", in: content.locale)
            throw ExitCode(2)
        }
        if exam && !passed { throw ExitCode(1) }
    }

    /// `--hub`: sends the whole local progress (the hub ignores what it already has); when the hub
    /// cannot be reached the answers stay in the database for the next push.
    private func pushSession(to client: HubClient, title: String, now: Int64) {
        let locale = content.locale
        do {
            let text = try ProgressExportCommand.progressText(database: database.path, title: title, learner: nil, now: now)
            _ = ProgressPush.send(text, with: client, locale: locale)
        } catch {
            Terminal.printFailure(error.text.text(in: locale), in: locale)
        }
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
            Terminal.printDiagnostics(result.errors, in: content.locale)
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

    /// `2026-11-23 17:10 +08:00`: the time in `zone` (the user's, from `TZ` or the system).
    static func format(_ seconds: Int64, in zone: TimeZone = .current) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = zone
        formatter.dateFormat = "yyyy-MM-dd HH:mm xxx"
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }
}

