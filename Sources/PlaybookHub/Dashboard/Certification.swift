import PlaybookDrill

/// Whether a learner is certified: their latest passed exam, valid for the certification period.
public struct Certification: Sendable, Equatable, Encodable {
    /// Where a learner stands at a moment.
    public enum Status: String, Sendable, Equatable, Encodable, CaseIterable {
        /// No exam passed yet.
        case none
        /// Passed, and the certification runs for longer than the "expiring soon" window.
        case certified
        /// Passed, but the certification ends within the "expiring soon" window.
        case expiringSoon
        /// Passed once, but the certification period is over.
        case expired

        /// Certified now (expiring soon included).
        public var isValid: Bool { self == .certified || self == .expiringSoon }
    }

    public var status: Status
    /// The exam the certification rests on (the latest passed one).
    public var exam: ExamCertification?

    /// The certification of a learner with `exams` at `now`.
    public static func of(_ exams: [ExamRecord], settings: DashboardSettings, now: Int64) -> Certification {
        let attempts = exams.map { ExamCertification($0, settings: settings, now: now) }
        guard let latest = attempts.filter(\.passed).max(by: { $0.finishedAt < $1.finishedAt }) else {
            return Certification(status: .none, exam: nil)
        }
        return Certification(status: latest.status, exam: latest)
    }
}

/// One exam attempt with what it means for certification: its expiry date when passed.
public struct ExamCertification: Sendable, Equatable, Encodable {
    public var id: String
    public var finishedAt: Int64
    public var score: Double
    public var pass: Double
    public var passed: Bool
    /// `finishedAt` plus the certification period, for a passed exam.
    public var expiresAt: Int64?
    /// `.none` for a failed attempt; otherwise where this pass stands at the time asked.
    public var status: Certification.Status

    public init(_ exam: ExamRecord, settings: DashboardSettings, now: Int64) {
        id = exam.id
        finishedAt = exam.finishedAt
        score = exam.score
        pass = exam.pass
        passed = exam.passed
        guard exam.passed else {
            expiresAt = nil
            status = .none
            return
        }
        let expiry = exam.finishedAt + Int64(settings.certificationDays) * DashboardDay.seconds
        expiresAt = expiry
        if expiry <= now {
            status = .expired
        } else if expiry - now <= Int64(settings.expiringSoonDays) * DashboardDay.seconds {
            status = .expiringSoon
        } else {
            status = .certified
        }
    }
}
