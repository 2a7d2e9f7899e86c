import Foundation
import Testing
@testable import PlaybookDrill

/// Unit tests of the FSRS-6 formulas and the step/state machine (fuzz off throughout).
@Suite struct SchedulerTests {
    static let t0: Int64 = 1_704_121_980  // 2024-01-01T15:13:00Z
    static let day: Int64 = 86_400
    static let w = SchedulerParameters.defaultWeights

    static func scheduler(
        retention: Double = 0.9, learning: [Int64] = [60, 600], relearning: [Int64] = [600],
        maximumInterval: Int = 36500
    ) -> FSRSScheduler {
        FSRSScheduler(parameters: SchedulerParameters(
            desiredRetention: retention, learningSteps: learning, relearningSteps: relearning,
            maximumInterval: maximumInterval, enableFuzzing: false))
    }

    static func close(_ a: Double?, _ b: Double, _ tolerance: Double = 1e-12) -> Bool {
        guard let a else { return false }
        return abs(a - b) <= tolerance * max(1, abs(b))
    }

    /// A card in Review with the given memory, last reviewed at `t0`.
    static func reviewCard(stability: Double, difficulty: Double = 5) -> SchedulingState {
        SchedulingState(
            state: .review, step: nil, stability: stability, difficulty: difficulty,
            due: t0 + Int64((stability).rounded()) * day, lastReview: t0, reps: 3, lapses: 0)
    }

    @Test func defaultsAreThoseOfPyFSRS() {
        let parameters = SchedulerParameters.default
        #expect(parameters.weights.count == 21)
        #expect(parameters.weights[20] == 0.1542)
        #expect(parameters.desiredRetention == 0.9)
        #expect(parameters.learningSteps == [60, 600])
        #expect(parameters.relearningSteps == [600])
        #expect(parameters.maximumInterval == 36500)
        #expect(parameters.enableFuzzing)
        #expect(parameters.problems.isEmpty)
        #expect(!SchedulerParameters(weights: [1, 2]).problems.isEmpty)
        #expect(!SchedulerParameters(desiredRetention: 1).problems.isEmpty)
        #expect(!SchedulerParameters(learningSteps: [0]).problems.isEmpty)
    }

    @Test(arguments: [
        (Rating.again, CardState.learning, 0 as Int?, 60 as Int64),
        (.hard, .learning, 0, 330),
        (.good, .learning, 1, 600),
        (.easy, .review, nil, 8 * 86_400),
    ])
    func firstReview(rating: Rating, state: CardState, step: Int?, interval: Int64) {
        let new = SchedulingState.new(due: Self.t0)
        #expect(new.state == .new)
        #expect(Self.scheduler().retrievability(new, at: Self.t0) == nil)
        let card = Self.scheduler().review(new, rating: rating, at: Self.t0)
        let g = Double(rating.rawValue)
        #expect(card.state == state)
        #expect(card.step == step)
        #expect(card.stability == Self.w[rating.rawValue - 1])
        let d0 = min(max(Self.w[4] - exp(Self.w[5] * (g - 1)) + 1, 1), 10)
        #expect(Self.close(card.difficulty, d0))
        #expect(card.due - Self.t0 == interval)
        #expect(card.lastReview == Self.t0)
        #expect(card.reps == 1 && card.lapses == 0)
    }

    @Test func firstEasyDifficultyIsClampedToOne() {
        let card = Self.scheduler().review(.new(due: Self.t0), rating: .easy, at: Self.t0)
        #expect(card.difficulty == 1)  // unclamped D0(Easy) ≈ −4.77
    }

    @Test func learningStepsThenGraduation() {
        let scheduler = Self.scheduler()
        var card = scheduler.review(.new(due: Self.t0), rating: .good, at: Self.t0)
        #expect(card.step == 1 && card.due == Self.t0 + 600)
        card = scheduler.review(card, rating: .hard, at: Self.t0 + 600)  // Hard on a later step repeats it
        #expect(card.step == 1 && card.due == Self.t0 + 1200)
        card = scheduler.review(card, rating: .again, at: Self.t0 + 1200)
        #expect(card.state == .learning && card.step == 0 && card.due == Self.t0 + 1260)
        card = scheduler.review(card, rating: .good, at: Self.t0 + 1260)
        card = scheduler.review(card, rating: .good, at: Self.t0 + 1860)
        #expect(card.state == .review && card.step == nil)
        #expect(card.due - (Self.t0 + 1860) == Int64(scheduler.intervalDays(stability: card.stability!)) * Self.day)
        #expect(card.reps == 5 && card.lapses == 0)
    }

    @Test func intervalFormulaWithDesiredRetention085() {
        let scheduler = Self.scheduler(retention: 0.85)
        let p = scheduler.parameters
        for stability in [2.5, 8.2956, 10, 100, 1234.5] {
            let raw = stability / p.factor * (pow(0.85, 1 / p.decay) - 1)
            #expect(scheduler.intervalDays(stability: stability) == Int(raw.rounded(.toNearestOrEven)))
        }
        #expect(scheduler.intervalDays(stability: 10) == 19)  // py-fsrs: 19.064…
        #expect(scheduler.intervalDays(stability: 100) == 191)  // 190.64…
        #expect(Self.scheduler(retention: 0.95).intervalDays(stability: 100) == 40)  // 40.26…
        #expect(Self.scheduler().intervalDays(stability: 100) == 100)  // at 0.9, I = round(S)
        #expect(Self.scheduler().intervalDays(stability: 0.001) == 1)  // at least one day
    }

    @Test func sameDayReviewsUseShortTermStability() {
        let scheduler = Self.scheduler()
        let card = Self.reviewCard(stability: 8.2956)
        let sinc = { (g: Double) in exp(Self.w[17] * (g - 3 + Self.w[18])) * pow(8.2956, -Self.w[19]) }
        // 86 399 s later is still day 0 (floored 24 h units).
        let again = scheduler.review(card, rating: .again, at: Self.t0 + 86_399)
        #expect(Self.close(again.stability, 8.2956 * sinc(1)))
        #expect(again.state == .relearning && again.step == 0 && again.lapses == 1)
        // Hard and Good have SInc < 1 here and are floored to 1: S is unchanged.
        for rating in [Rating.hard, .good] {
            let next = scheduler.review(card, rating: rating, at: Self.t0 + 3600)
            #expect(next.stability == 8.2956)
            #expect(next.state == .review && next.due == Self.t0 + 3600 + 8 * Self.day)
        }
        let easy = scheduler.review(card, rating: .easy, at: Self.t0 + 3600)
        #expect(Self.close(easy.stability, 8.2956 * sinc(4)))
        // D still moves on a same-day review.
        let good = scheduler.review(card, rating: .good, at: Self.t0 + 3600)
        #expect(Self.close(good.difficulty, scheduler.nextDifficulty(5, rating: .good)))
        // Exactly 24 h later the long-term formula applies.
        let nextDay = scheduler.review(card, rating: .good, at: Self.t0 + 86_400)
        #expect(nextDay.stability! > 8.2956 * 1.1)
    }

    @Test func hardOnStepZeroWithOneStepIsOneAndAHalfSteps() {
        let scheduler = Self.scheduler(learning: [600], relearning: [1800])
        let card = scheduler.review(.new(due: Self.t0), rating: .hard, at: Self.t0)
        #expect(card.state == .learning && card.step == 0 && card.due == Self.t0 + 900)
        let graduated = scheduler.review(card, rating: .good, at: Self.t0 + 900)
        #expect(graduated.state == .review)
        let lapsed = scheduler.review(graduated, rating: .again, at: graduated.due)
        #expect(lapsed.state == .relearning && lapsed.step == 0 && lapsed.due == graduated.due + 1800)
        let hard = scheduler.review(lapsed, rating: .hard, at: lapsed.due)
        #expect(hard.state == .relearning && hard.due == lapsed.due + 2700)
        // With two steps Hard on step 0 is their mean.
        #expect(FSRSScheduler.stepOutcome(steps: [60, 600], step: 0, rating: .hard) == .step(index: 0, seconds: 330))
    }

    @Test func withoutStepsEveryReviewSchedulesDays() {
        let scheduler = Self.scheduler(learning: [], relearning: [])
        for rating in Rating.allCases {
            let card = scheduler.review(.new(due: Self.t0), rating: rating, at: Self.t0)
            #expect(card.state == .review && card.step == nil)
            #expect(card.due - Self.t0 == Int64(scheduler.intervalDays(stability: Self.w[rating.rawValue - 1])) * Self.day)
        }
        let card = Self.reviewCard(stability: 20)
        let lapsed = scheduler.review(card, rating: .again, at: Self.t0 + 20 * Self.day)
        #expect(lapsed.state == .review && lapsed.step == nil && lapsed.lapses == 1)
        #expect(lapsed.due - lapsed.lastReview! == Int64(scheduler.intervalDays(stability: lapsed.stability!)) * Self.day)
    }

    @Test func maximumIntervalClampsButStabilityIsNotCapped() {
        let short = Self.scheduler(maximumInterval: 30)
        #expect(short.intervalDays(stability: 1000) == 30)
        let card = short.review(Self.reviewCard(stability: 500), rating: .good, at: Self.t0 + 500 * Self.day)
        #expect(card.due - card.lastReview! == 30 * Self.day)
        #expect(card.stability! > 500)
        let long = Self.scheduler()
        let huge = long.review(Self.reviewCard(stability: 40_000, difficulty: 1), rating: .easy, at: Self.t0 + 40_000 * Self.day)
        #expect(huge.stability! > 40_000)  // py-fsrs has no 36 500 ceiling on S
        #expect(huge.due - huge.lastReview! == 36_500 * Self.day)
    }

    @Test func retrievabilityIsNinetyPercentAtStability() {
        let scheduler = Self.scheduler()
        #expect(Self.close(scheduler.retrievability(stability: 10, elapsedDays: 10), 0.9))
        #expect(scheduler.retrievability(stability: 10, elapsedDays: 0) == 1)
        #expect(scheduler.retrievability(stability: 10, elapsedDays: -3) == 1)
        let card = Self.reviewCard(stability: 10)
        #expect(Self.close(scheduler.retrievability(card, at: Self.t0 + 10 * Self.day), 0.9))
        // 1 s short of 10 days counts as 9 whole days.
        #expect(scheduler.retrievability(card, at: Self.t0 + 10 * Self.day - 1)! > 0.9)
        #expect(Self.close(
            scheduler.retrievability(card, at: Self.t0 + 10 * Self.day - 1),
            scheduler.retrievability(stability: 10, elapsedDays: 9)))
        var alternative = SchedulerParameters.default
        alternative.weights[20] = 0.5
        let other = FSRSScheduler(parameters: alternative)
        #expect(Self.close(other.retrievability(stability: 3, elapsedDays: 3), 0.9))
    }

    @Test func elapsedDaysAreFlooredTwentyFourHourUnits() {
        #expect(FSRSScheduler.elapsedDays(from: 0, to: 86_399) == 0)
        #expect(FSRSScheduler.elapsedDays(from: 0, to: 86_400) == 1)
        #expect(FSRSScheduler.elapsedDays(from: 0, to: 172_799) == 1)
        #expect(FSRSScheduler.elapsedDays(from: 0, to: -1) == -1)
    }

    @Test func roundingIsHalfToEven() {
        #expect(FSRSScheduler.roundHalfEven(0.5) == 0)
        #expect(FSRSScheduler.roundHalfEven(1.5) == 2)
        #expect(FSRSScheduler.roundHalfEven(2.5) == 2)
        #expect(FSRSScheduler.roundHalfEven(3.5) == 4)
        #expect(FSRSScheduler.roundHalfEven(-2.5) == -2)
        #expect(FSRSScheduler.roundHalfEven(2.5000001) == 3)
        // At DR 0.9 the raw interval is S itself, so S = 2.5 days rounds down and 3.5 up.
        #expect(Self.scheduler().intervalDays(stability: 2.5) == 2)
        #expect(Self.scheduler().intervalDays(stability: 3.5) == 4)
    }

    @Test func lapseCountsAndRelearningGraduates() {
        let scheduler = Self.scheduler()
        let card = Self.reviewCard(stability: 10)
        let lapsed = scheduler.review(card, rating: .again, at: Self.t0 + 10 * Self.day)
        #expect(lapsed.state == .relearning && lapsed.lapses == 1 && lapsed.reps == 4)
        #expect(lapsed.stability! < 10)
        let back = scheduler.review(lapsed, rating: .good, at: lapsed.due)
        #expect(back.state == .review && back.step == nil && back.lapses == 1)
        #expect(back.due - back.lastReview! >= Self.day)
    }
}
