import ArgumentParser
import Foundation
import PlaybookCore
import PlaybookDrill

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show drill progress: cards by state, due, retention, the weakest cards.")

    @OptionGroup var content: ContentOptions
    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Print JSON: total, new, learning, review, due, reviewsToday, retention, weakest, orphans.")
    var json = false

    @Option(help: ArgumentHelp("Use this time instead of the clock (ISO 8601).", valueName: "time"))
    var now: String?

    func run() throws {
        let result = try content.load()
        if result.hasErrors {
            for diagnostic in result.diagnostics where diagnostic.severity == .error { Terminal.printError(diagnostic.description) }
            throw ExitCode(1)
        }
        let clock = try now.map { text -> Int64 in
            guard let time = DrillClock.parse(text) else { throw ValidationError("--now must be an ISO 8601 time") }
            return time
        } ?? Int64(Date().timeIntervalSince1970)
        let playbook = result.playbook
        let stats: ProgressStats
        do {
            if FileManager.default.fileExists(atPath: database.path) {
                let store = try ReviewStore(path: database.path, deck: playbook.settings.title, readOnly: true)
                let scheduler = FSRSScheduler(parameters: SchedulerParameters(desiredRetention: playbook.settings.drill.desiredRetention))
                stats = try ProgressStats.compute(cards: playbook.cards, store: store, scheduler: scheduler, now: clock)
            } else {
                stats = .allNew(cardCount: playbook.cards.count)
            }
        } catch {
            Terminal.printError("error: \(error)")
            throw ExitCode(2)
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            Terminal.printOut(String(decoding: try encoder.encode(stats), as: UTF8.self))
        } else {
            printTable(stats, text: DrillText(locale: playbook.settings.locale))
        }
    }

    private func printTable(_ stats: ProgressStats, text: DrillText) {
        Terminal.printOut("cards \(stats.total) · new \(stats.new) · learning \(stats.learning) · review \(stats.review) · due \(stats.due)")
        let retention = stats.retention.map { String(format: "%.1f%%", $0 * 100) } ?? "—"
        Terminal.printOut("reviews today \(stats.reviewsToday) · retention (30 days) \(retention)")
        if !stats.weakest.isEmpty {
            Terminal.printOut("weakest cards:")
            for card in stats.weakest {
                let r = card.retrievability.map { String(format: "%.0f%%", $0 * 100) } ?? "—"
                Terminal.printOut("  \(card.id)  lapses \(card.lapses)  recall \(r)")
            }
        }
        if !stats.orphans.isEmpty {
            Terminal.printOut("\(stats.orphans.count) \(text["orphans"]):")
            for id in stats.orphans { Terminal.printOut("  \(id)") }
        }
    }
}
