/// The FSRS-6 spaced-repetition scheduler, a port of py-fsrs 6.3.2 (`Scheduler.review_card`).
///
/// Pure: there is no clock inside, the review time is passed in, and the same inputs always give
/// the same result. Times are whole Unix seconds; elapsed time is measured in floored 24-hour
/// UTC days (no day-start rollover). Stability is not capped (py-fsrs has no upper bound).
public struct FSRSScheduler: Sendable, Hashable {
    /// The weights and options this scheduler uses.
    public var parameters: SchedulerParameters

    /// Creates a scheduler. The parameters are used as given; check
    /// ``SchedulerParameters/problems`` first when they come from user input.
    public init(parameters: SchedulerParameters = .default) {
        self.parameters = parameters
    }

    /// The probability of recalling the card at `now`, or `nil` for a card without stability
    /// (never reviewed). Uses whole elapsed days since the last review; R = 0.9 when t = S.
    public func retrievability(_ state: SchedulingState, at now: Int64) -> Double? {
        guard let stability = state.stability, let lastReview = state.lastReview else { return nil }
        return retrievability(stability: stability, elapsedDays: Self.elapsedDays(from: lastReview, to: now))
    }

    /// Applies one review and returns the card's new state.
    ///
    /// - Parameters:
    ///   - state: The card before the review (``SchedulingState/new(due:)`` for a new card).
    ///   - rating: How well the card was recalled.
    ///   - now: When the review happened, in Unix seconds.
    ///   - fuzzSeed: Seeds the interval fuzz. Fuzz is applied only when
    ///     ``SchedulerParameters/enableFuzzing`` is on **and** a seed is given, so replaying
    ///     history without a seed is exact. Use ``IntervalFuzz/seed(cardID:reps:)`` to derive one.
    /// - Returns: The state after the review: new S and D, the next step, `due`, `lastReview = now`,
    ///   `reps + 1`, and `lapses + 1` for Again on a Review card.
    public func review(
        _ state: SchedulingState, rating: Rating, at now: Int64, fuzzSeed: UInt64? = nil
    ) -> SchedulingState {
        var card = state
        let elapsed = state.lastReview.map { Self.elapsedDays(from: $0, to: now) }

        // Memory update (stability uses the old difficulty).
        if let stability = state.stability, let difficulty = state.difficulty {
            if let elapsed, elapsed < 1 {
                card.stability = shortTermStability(stability, rating: rating)
            } else {
                let r = retrievability(stability: stability, elapsedDays: elapsed ?? 0)
                card.stability = nextStability(
                    difficulty: difficulty, stability: stability, retrievability: r, rating: rating)
            }
            card.difficulty = nextDifficulty(difficulty, rating: rating)
        } else {
            // First review (or a state missing its memory): start learning from step 0.
            card.stability = initialStability(rating)
            card.difficulty = initialDifficulty(rating)
            card.state = .learning
            card.step = 0
        }
        let stability = card.stability ?? Self.minimumStability

        // Next interval.
        var intervalSeconds: Int64
        switch card.state {
        case .new, .learning, .relearning:
            let isLearning = card.state != .relearning
            let steps = isLearning ? parameters.learningSteps : parameters.relearningSteps
            switch Self.stepOutcome(steps: steps, step: card.step ?? 0, rating: rating) {
            case .step(let index, let seconds):
                card.state = isLearning ? .learning : .relearning
                card.step = index
                intervalSeconds = seconds
            case .graduate:
                card.state = .review
                card.step = nil
                intervalSeconds = Int64(intervalDays(stability: stability)) * Self.secondsPerDay
            }
        case .review:
            if rating == .again {
                card.lapses += 1
            }
            if rating == .again, let first = parameters.relearningSteps.first {
                card.state = .relearning
                card.step = 0
                intervalSeconds = first
            } else {
                card.step = nil
                intervalSeconds = Int64(intervalDays(stability: stability)) * Self.secondsPerDay
            }
        }

        if card.state == .review, parameters.enableFuzzing, let fuzzSeed {
            let days = Int(intervalSeconds / Self.secondsPerDay)
            let fuzzed = IntervalFuzz.fuzzedDays(days, maximumInterval: parameters.maximumInterval, seed: fuzzSeed)
            intervalSeconds = Int64(fuzzed) * Self.secondsPerDay
        }

        card.due = now + intervalSeconds
        card.lastReview = now
        card.reps += 1
        return card
    }

    /// What a learning or relearning step does with a rating.
    enum StepOutcome: Equatable {
        /// Stay in (re)learning on step `index`, due in `seconds`.
        case step(index: Int, seconds: Int64)
        /// Leave the steps for Review with the stability's interval.
        case graduate
    }

    /// The step machine shared by Learning and Relearning (py-fsrs `review_card`):
    /// Again → step 0; Hard on step 0 → the mean of the first two steps, or 1.5× the only step;
    /// Hard later → repeat the step; Good → next step, or graduate after the last;
    /// Easy → graduate. With no steps (or a step index past the end) every pass graduates.
    static func stepOutcome(steps: [Int64], step rawStep: Int, rating: Rating) -> StepOutcome {
        let step = max(0, rawStep)
        if steps.isEmpty || (step >= steps.count && rating != .again) {
            return .graduate
        }
        switch rating {
        case .again:
            return .step(index: 0, seconds: steps[0])
        case .hard:
            if step == 0 && steps.count == 1 {
                return .step(index: 0, seconds: Int64(roundHalfEven(Double(steps[0]) * 1.5)))
            } else if step == 0 {
                return .step(index: 0, seconds: Int64(roundHalfEven(Double(steps[0] + steps[1]) / 2.0)))
            } else {
                return .step(index: step, seconds: steps[step])
            }
        case .good:
            if step + 1 >= steps.count {
                return .graduate
            }
            return .step(index: step + 1, seconds: steps[step + 1])
        case .easy:
            return .graduate
        }
    }
}
