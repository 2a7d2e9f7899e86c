import PlaybookCore

/// What the trainers' dashboard counts and how it speaks: the certification period, the
/// thresholds of the funnel and of the weakest cards, the exam pass mark and the language.
public struct DashboardSettings: Sendable, Equatable {
    /// The language of the pages and CSV headers.
    public var locale: PlaybookLocale
    /// A passed exam certifies the learner for this many days.
    public var certificationDays: Int
    /// A certification expiring within this many days is flagged "expiring soon".
    public var expiringSoonDays: Int
    /// Reviews a learner needs to count as "practised" in the funnel.
    public var practisedReviews: Int
    /// The exam pass mark out of 100 (the drill's `--pass`, 80): the forecast flags learners below it.
    public var passMark: Double
    /// Days of reviews shown per learner, up to today.
    public var historyDays: Int
    /// Weeks of retention shown per learner, up to this week.
    public var retentionWeeks: Int
    /// Days ahead of today the due backlog is shown for.
    public var backlogDays: Int
    /// Weakest cards listed on the team page.
    public var weakestLimit: Int
    /// A card is flagged "rewrite" when at least this many learners answered it and most of them failed it.
    public var rewriteMinLearners: Int
    /// Cards the forecast suggests assigning to each learner.
    public var assignLimit: Int
    /// The retention the drill aims for (`desiredRetention`), drawn on the retention chart.
    public var targetRetention: Double?
    /// Recent typed answers shown on a learner's page.
    public var recentAnswers: Int

    public init(locale: PlaybookLocale = .zhHans, certificationDays: Int = 180, expiringSoonDays: Int = 30,
                practisedReviews: Int = 20, passMark: Double = 80, historyDays: Int = 30, retentionWeeks: Int = 12,
                backlogDays: Int = 7, weakestLimit: Int = 20, rewriteMinLearners: Int = 3, assignLimit: Int = 5,
                recentAnswers: Int = 10, targetRetention: Double? = 0.9) {
        self.locale = locale
        self.certificationDays = certificationDays
        self.expiringSoonDays = expiringSoonDays
        self.practisedReviews = practisedReviews
        self.passMark = passMark
        self.historyDays = historyDays
        self.retentionWeeks = retentionWeeks
        self.backlogDays = backlogDays
        self.weakestLimit = weakestLimit
        self.rewriteMinLearners = rewriteMinLearners
        self.assignLimit = assignLimit
        self.recentAnswers = recentAnswers
        self.targetRetention = targetRetention
    }
}
