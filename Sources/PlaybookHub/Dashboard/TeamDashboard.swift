/// The team page of the dashboard: every learner with their certification, the certification
/// funnel and the weakest cards.
public struct TeamDashboard: Sendable, Equatable, Encodable {
    /// A learner's row.
    public struct Learner: Sendable, Equatable, Encodable {
        public var summary: LearnerSummary
        public var certification: Certification
    }

    /// A card the team finds hard, flagged when most of its learners failed it.
    public struct WeakCard: Sendable, Equatable, Encodable {
        public var card: TeamSummary.WeakCard
        /// Most of the (at least `rewriteMinLearners`) learners who answered it rated it Again:
        /// the content, not the learners, is likely the problem.
        public var rewrite: Bool
    }

    public var learners: [Learner]
    public var funnel: CertificationFunnel
    public var weakest: [WeakCard]

    /// The team page from a team summary at `now`.
    public init(_ team: TeamSummary, settings: DashboardSettings, now: Int64) {
        learners = team.learners.map { Learner(summary: $0, certification: .of($0.exams, settings: settings, now: now)) }
        funnel = CertificationFunnel(learners, settings: settings)
        weakest = team.weakest.prefix(settings.weakestLimit).map { card in
            WeakCard(card: card, rewrite: card.learners >= settings.rewriteMinLearners && card.learnersFailed * 2 > card.learners)
        }
    }
}
