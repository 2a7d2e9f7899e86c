import ArgumentParser
import PlaybookCore
import PlaybookHub

/// The dashboard's settings shared by `hub serve` and `hub report`.
struct DashboardOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Days a passed exam certifies a learner for.", valueName: "days"))
    var certificationDays: Int = 180

    @Option(help: ArgumentHelp("The exam pass mark out of 100; the forecast flags learners below it.", valueName: "score"))
    var passMark: Double = 80

    func validate() throws {
        guard certificationDays > 0 else { throw ValidationError("--certification-days must be positive") }
        guard (0...100).contains(passMark) else { throw ValidationError("--pass-mark must be between 0 and 100") }
    }

    /// The settings for a playbook in `locale` whose drill aims at `drill.desiredRetention`.
    func settings(locale: PlaybookLocale, drill: DrillSettings) -> DashboardSettings {
        DashboardSettings(locale: locale, certificationDays: certificationDays, passMark: passMark,
                          targetRetention: drill.desiredRetention)
    }
}

extension Playbook {
    /// Product ID → title, for the dashboard's product choice.
    var productNames: [String: String] {
        Dictionary(products.map { ($0.info.id, $0.info.title) }, uniquingKeysWith: { first, _ in first })
    }
}
