import ArgumentParser
import Foundation
import PlaybookCore
import PlaybookDrill
import PlaybookHub
import PlaybookSite

/// `playbook hub report`: the dashboard as static files, for a bank that can only pass files around.
struct HubReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Write the trainers' dashboard as static HTML and CSV files.",
        discussion: """
        Writes index.html (team), forecast.html, learners/NAME.html, every table as CSV and hub.css into --out, \
        with relative links. Like `build`, it replaces only a folder it wrote before (or an empty one).
        """)

    @OptionGroup var content: ContentOptions
    @OptionGroup var store: HubStoreOptions
    @OptionGroup var dashboard: DashboardOptions

    @Option(help: ArgumentHelp("The folder to write the report into.", valueName: "dir")) var out: String
    @Option(help: ArgumentHelp("The forecast's date (default: 30 days after today).", valueName: "YYYY-MM-DD")) var date: String?
    @Option(help: ArgumentHelp("The day the report is as of, end of day UTC (default: now).", valueName: "YYYY-MM-DD")) var asOf: String?
    @Option(help: "Forecast only the cards of this product.") var product: String?
    @Option(help: "Forecast only the cards of this category.") var category: String?
    @Option(help: "Forecast only the cards of this kind (objection, selling-point, …).") var kind: String?
    @Option(help: "Forecast only the cards with this tag.") var tag: String?

    func validate() throws {
        if let asOf, DashboardDay.parse(asOf) == nil { throw ValidationError("--as-of must be a date YYYY-MM-DD, not \(asOf)") }
    }

    func run() throws {
        try content.folder.requireFolder()
        let playbook = try content.loadWithoutErrors().playbook
        let now = asOf.flatMap(DashboardDay.parse).map { $0 + DashboardDay.seconds - 1 } ?? Int64(Date().timeIntervalSince1970)
        let parameters = ["date": date, "product": product, "category": category, "kind": kind, "tag": tag].compactMapValues { $0 }
        let renderer = DashboardRenderer(settings: dashboard.settings(locale: content.locale, drill: playbook.settings.drill),
                                         deck: DashboardDeck(cards: playbook.cards, productNames: playbook.productNames))
        let query: ForecastQuery
        do {
            query = try ForecastQuery.parse(parameters, now: now)
        } catch {
            throw ValidationError(renderer.message(for: error))
        }
        let writer = SiteWriter(output: out, protecting: [content.content] + (store.database == nil ? [store.data ?? HubStoreOptions.defaultData] : []))
        do {
            try writer.checkOutput()
        } catch let error as SiteError {
            Terminal.printFailure(error.localized(in: content.locale), in: content.locale)
            throw ExitCode(2)
        }
        let (store, scheduler) = (store, FSRSScheduler.drill(playbook.settings.drill))
        let files = try runHub(in: content.locale) {
            let hub = try await store.open(scheduler: scheduler)
            do {
                let files = try await DashboardReport.files(store: hub, renderer: renderer, forecast: query, now: now)
                await hub.close()
                return files
            } catch {
                await hub.close()
                throw error
            }
        }
        do {
            try writer.write(files)
        } catch let error as SiteError {
            Terminal.printFailure(error.localized(in: content.locale), in: content.locale)
            throw ExitCode(2)
        }
        let learners = files.keys.filter { $0.hasPrefix("learners/") && $0.hasSuffix(".html") }.count
        print("hub report: \(learners) learners, \(files.count) files in \(out)")
    }
}
