import ArgumentParser
import Foundation
import PlaybookCore
import PlaybookDrill

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show drill progress: cards by state, due, a 7- and 30-day forecast, retention, the weakest cards, exams.")

    @OptionGroup var content: ContentOptions
    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Print JSON: total, new, learning, review, due, reviewsToday, retention, weakest, orphans, forecast, exams.")
    var json = false

    @Option(help: ArgumentHelp("Use this time instead of the clock (ISO 8601).", valueName: "time"))
    var now: String?

    func run() throws {
        let result = try content.loadWithoutErrors()
        let locale = content.locale
        let clock = try now.map { text -> Int64 in
            guard let time = DrillClock.parse(text) else { throw ValidationError(Message(.nowInvalid).text(in: locale)) }
            return time
        } ?? Int64(Date().timeIntervalSince1970)
        let playbook = result.playbook
        let stats: ProgressStats
        do {
            if FileManager.default.fileExists(atPath: database.path) {
                let store = try ReviewStore(path: database.path, deck: playbook.settings.title, readOnly: true)
                let scheduler = FSRSScheduler(parameters: SchedulerParameters(desiredRetention: playbook.settings.drill.desiredRetention))
                stats = try ProgressStats.compute(cards: playbook.cards, store: store, scheduler: scheduler, now: clock,
                                                  timeZone: .current)
            } else {
                stats = .allNew(cardCount: playbook.cards.count)
            }
        } catch {
            Terminal.printFailure((error as? DrillError)?.text.text(in: locale) ?? "\(error)", in: locale)
            throw ExitCode(2)
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            Terminal.printOut(String(decoding: try encoder.encode(stats), as: UTF8.self))
        } else {
            printTable(stats, in: locale)
        }
    }

    private func printTable(_ stats: ProgressStats, in locale: PlaybookLocale) {
        Terminal.printOut(Message(.statsCards, "\(stats.total)", "\(stats.new)", "\(stats.learning)", "\(stats.review)",
                                  "\(stats.due)"), in: locale)
        let retention = stats.retention.map { String(format: "%.1f%%", $0 * 100) } ?? "—"
        Terminal.printOut(Message(.statsReviews, "\(stats.reviewsToday)", retention), in: locale)
        let forecast = stats.forecast
        Terminal.printOut(Message(.statsForecast, "\(forecast.next7Days)", "\(forecast.next30Days)",
                                  forecast.daily.map(String.init).joined(separator: " ")), in: locale)
        if !stats.weakest.isEmpty {
            Terminal.printOut(Message(.statsWeakest), in: locale)
            for card in stats.weakest {
                let r = card.retrievability.map { String(format: "%.0f%%", $0 * 100) } ?? "—"
                Terminal.printOut(Message(.statsWeakCard, card.id, "\(card.failures)", "\(card.lapses)", r), in: locale)
            }
        }
        let text = DrillText(locale: locale)
        if stats.exams.isEmpty {
            Terminal.printOut(Message(.statsNoExams), in: locale)
        } else {
            Terminal.printOut(Message(.statsExams), in: locale)
            for exam in stats.exams {
                Terminal.printOut(Message(.statsExam, DrillClock.format(exam.startedAt), text[exam.passed ? "passed" : "failed"],
                                          text.score(exam.score), text.score(exam.pass), "\(exam.cards.count)"), in: locale)
            }
        }
        if !stats.orphans.isEmpty {
            Terminal.printOut(Message(.statsOrphans, "\(stats.orphans.count)"), in: locale)
            for id in stats.orphans { Terminal.printOut("  \(id)") }
        }
    }
}
