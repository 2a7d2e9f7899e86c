import PlaybookCore

extension FSRSScheduler {
    /// The scheduler the drill uses for a playbook's settings: its retention and steps, with
    /// fuzzing (seeded per card, so replaying a history gives the same intervals).
    public static func drill(_ settings: DrillSettings) -> FSRSScheduler {
        FSRSScheduler(parameters: SchedulerParameters(
            desiredRetention: settings.desiredRetention, learningSteps: settings.learningSteps.map(Int64.init),
            relearningSteps: settings.relearningSteps.map(Int64.init), enableFuzzing: true))
    }
}
