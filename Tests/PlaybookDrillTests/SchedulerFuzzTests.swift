import Foundation
import Testing
@testable import PlaybookDrill

/// Deterministic interval fuzz: reproducible, inside py-fsrs's ranges, and off in replay.
@Suite struct SchedulerFuzzTests {
    static let t0: Int64 = 1_704_121_980
    static let day: Int64 = 86_400

    static func scheduler(fuzz: Bool, maximumInterval: Int = 36500) -> FSRSScheduler {
        FSRSScheduler(parameters: SchedulerParameters(maximumInterval: maximumInterval, enableFuzzing: fuzz))
    }

    /// A Review card whose unfuzzed next Good interval (reviewed when due) is well over 2.5 days.
    static let card = SchedulingState(
        state: .review, step: nil, stability: 30, difficulty: 5,
        due: t0 + 30 * day, lastReview: t0, reps: 4, lapses: 0)

    @Test func hashAndGeneratorMatchTheirPublishedVectors() {
        #expect(IntervalFuzz.fnv1a64("") == 0xcbf2_9ce4_8422_2325)
        #expect(IntervalFuzz.fnv1a64("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(IntervalFuzz.fnv1a64("foobar") == 0x8594_4171_f739_67e8)
        #expect(IntervalFuzz.seed(cardID: "objection-price", reps: 3) == IntervalFuzz.fnv1a64("objection-price#3"))
        var generator = SplitMix64(seed: 0)
        #expect(generator.next() == 0xe220_a839_7b1d_cdaf)
        #expect(generator.next() == 0x6e78_9e6a_a1b9_65f4)
        #expect(generator.next() == 0x06c4_5d18_8009_454f)
    }

    @Test func rangesFollowPyFSRS() {
        #expect(IntervalFuzz.range(forDays: 3, maximumInterval: 36500) == 2...4)
        #expect(IntervalFuzz.range(forDays: 10, maximumInterval: 36500) == 8...12)
        #expect(IntervalFuzz.range(forDays: 100, maximumInterval: 36500) == 93...107)
        #expect(IntervalFuzz.range(forDays: 30, maximumInterval: 30) == 27...30)
        #expect(IntervalFuzz.range(forDays: 36500, maximumInterval: 36500).upperBound == 36500)
    }

    @Test func shortIntervalsAreNotFuzzed() {
        for seed: UInt64 in 0..<200 {
            #expect(IntervalFuzz.fuzzedDays(1, maximumInterval: 36500, seed: seed) == 1)
            #expect(IntervalFuzz.fuzzedDays(2, maximumInterval: 36500, seed: seed) == 2)
        }
    }

    @Test(arguments: [3, 7, 10, 20, 45, 365, 36500])
    func fuzzStaysInRangeAndCoversIt(days: Int) {
        let range = IntervalFuzz.range(forDays: days, maximumInterval: 36500)
        var seen = Set<Int>()
        for reps in 0..<2000 {
            let seed = IntervalFuzz.seed(cardID: "card-\(days)", reps: reps)
            let fuzzed = IntervalFuzz.fuzzedDays(days, maximumInterval: 36500, seed: seed)
            #expect(range.contains(fuzzed) && fuzzed >= 2 && fuzzed <= 36500)
            seen.insert(fuzzed)
        }
        if range.count <= 50 {
            let missing = Set(range).subtracting(seen).sorted()
            #expect(missing.isEmpty, "days of \(range) never drawn: \(missing)")
        } else {
            #expect(seen.count > range.count / 2, "only \(seen.count) of \(range.count) days drawn")
        }
    }

    @Test func fuzzIsReproducible() {
        let scheduler = Self.scheduler(fuzz: true)
        let now = Self.card.due
        let first = scheduler.review(Self.card, rating: .good, at: now, cardID: "objection-price")
        let again = scheduler.review(Self.card, rating: .good, at: now, cardID: "objection-price")
        #expect(first == again)
        let seed = IntervalFuzz.seed(cardID: "objection-price", reps: Self.card.reps)
        #expect(scheduler.review(Self.card, rating: .good, at: now, fuzzSeed: seed) == first)
        // Different cards reviewed together spread over several days.
        let dues = Set((0..<50).map { scheduler.review(Self.card, rating: .good, at: now, cardID: "card-\($0)").due })
        #expect(dues.count > 3)
        // Only the interval moves: S, D and the state are those of the unfuzzed review.
        let plain = Self.scheduler(fuzz: false).review(Self.card, rating: .good, at: now)
        #expect(first.stability == plain.stability && first.difficulty == plain.difficulty && first.state == .review)
        let plainDays = Int((plain.due - now) / Self.day)
        let range = IntervalFuzz.range(forDays: plainDays, maximumInterval: 36500)
        #expect(range.contains(Int((first.due - now) / Self.day)))
        #expect((first.due - now) % Self.day == 0)
    }

    @Test func fuzzRespectsTheMaximumInterval() {
        let scheduler = Self.scheduler(fuzz: true, maximumInterval: 30)
        for reps in 0..<300 {
            let card = scheduler.review(Self.card, rating: .easy, at: Self.card.due, cardID: "max-\(reps)")
            #expect(card.due - Self.card.due <= 30 * Self.day)
            #expect(card.due - Self.card.due >= 27 * Self.day)
        }
    }

    @Test func learningStepsAreNeverFuzzed() {
        let scheduler = Self.scheduler(fuzz: true)
        for reps in 0..<100 {
            let seed = UInt64(reps) &* 0x9e37_79b9
            let card = scheduler.review(.new(due: Self.t0), rating: .good, at: Self.t0, fuzzSeed: seed)
            #expect(card.due == Self.t0 + 600)
            let lapsed = scheduler.review(Self.card, rating: .again, at: Self.card.due, fuzzSeed: seed)
            #expect(lapsed.due == Self.card.due + 600)
        }
    }

    @Test func fuzzIsOffInReplay() throws {
        // Off without a seed, and off when the parameters disable it even with a seed.
        let plain = Self.scheduler(fuzz: false).review(Self.card, rating: .good, at: Self.card.due)
        #expect(Self.scheduler(fuzz: true).review(Self.card, rating: .good, at: Self.card.due) == plain)
        for seed: UInt64 in 0..<100 {
            #expect(Self.scheduler(fuzz: false).review(Self.card, rating: .good, at: Self.card.due, fuzzSeed: seed) == plain)
        }
        // A replay file asking for fuzzing is still replayed exactly.
        let file = """
            {"schedulers": {"fuzzy": {"parameters": \(SchedulerParameters.defaultWeights), "desired_retention": 0.9,
              "learning_steps_seconds": [60, 600], "relearning_steps_seconds": [600],
              "maximum_interval_days": 36500, "enable_fuzzing": true}},
             "histories": [{"id": "h", "scheduler": "fuzzy", "start_ts": \(Self.t0),
               "reviews": [{"rating": 4, "review_ts": \(Self.t0)}, {"rating": 3, "review_ts": \(Self.t0 + 8 * Self.day)},
                           {"rating": 3, "review_ts": \(Self.t0 + 60 * Self.day)}]}]}
            """
        let input = try ReplayInput.parse(Data(file.utf8))
        let parameters = try input.parameters(forScheduler: "fuzzy")
        #expect(!parameters.enableFuzzing)
        let steps = SchedulerReplay.replay(input.histories[0], with: FSRSScheduler(parameters: parameters))
        let reviews = input.histories[0].reviews
        // zip stops at the shorter one: without this a replay that drops reviews would pass.
        try #require(reviews.count == 3 && steps.count == reviews.count, "\(steps.count) steps for \(reviews.count) reviews")
        var expected = SchedulingState.new(due: Self.t0)
        let exact = Self.scheduler(fuzz: false)
        for (step, review) in zip(steps, reviews) {
            expected = exact.review(expected, rating: review.rating, at: review.reviewTime)
            #expect(step.after == expected)
        }
    }
}
