/// How far the team's learners have come, each stage a subset of the one before: enrolled
/// (active learner accounts) → started (one review) → practised (`practisedReviews` reviews)
/// → passed an exam → certified now (the pass has not expired).
public struct CertificationFunnel: Sendable, Equatable, Encodable {
    public enum Stage: String, Sendable, CaseIterable, Encodable {
        case enrolled, started, practised, passed, certified
    }

    /// Learners at each stage, in `Stage.allCases` order.
    public var counts: [Int]

    public init(_ learners: [TeamDashboard.Learner], settings: DashboardSettings) {
        var counts = Array(repeating: 0, count: Stage.allCases.count)
        for learner in learners where !learner.summary.disabled {
            let reached = [
                true,
                learner.summary.reviews > 0,
                learner.summary.reviews >= settings.practisedReviews,
                learner.certification.status != .none,
                learner.certification.status.isValid,
            ]
            let stages = reached.firstIndex(of: false) ?? reached.count
            for stage in 0..<stages { counts[stage] += 1 }
        }
        self.counts = counts
    }

    /// Learners who reached `stage`.
    public func count(_ stage: Stage) -> Int { counts[Stage.allCases.firstIndex(of: stage)!] }
}
