import PlaybookCore

/// Deterministic interval fuzz: spreads Review intervals so that cards learned together do not
/// all fall due on the same day, reproducibly.
///
/// The ranges are py-fsrs's `_get_fuzzed_interval`: intervals under 2.5 days are left alone;
/// otherwise the spread is 1 day plus 15 % of the part between 2.5 and 7 days, 10 % of the part
/// between 7 and 20 days and 5 % of the part above 20 days, and the result is kept within
/// [2, maximumInterval]. Instead of Python's `random()` the draw comes from a SplitMix64 generator
/// seeded by ``seed(cardID:reps:)``, and it picks uniformly among the whole days of the range
/// (py-fsrs rounds its draw, which can land one day past the top of the range).
public enum IntervalFuzz {
    /// One band of the fuzz ranges: intervals between `start` and `end` days add `factor` per day.
    public struct Band: Sendable, Hashable {
        /// Where the band starts, in days.
        public let start: Double
        /// Where the band ends, in days.
        public let end: Double
        /// Days of spread added per day of interval inside the band.
        public let factor: Double
    }

    /// py-fsrs `FUZZ_RANGES`.
    public static let bands: [Band] = [
        Band(start: 2.5, end: 7, factor: 0.15),
        Band(start: 7, end: 20, factor: 0.10),
        Band(start: 20, end: .infinity, factor: 0.05),
    ]

    /// Intervals shorter than this many days are not fuzzed.
    public static let minimumFuzzedInterval = 2.5

    /// The whole-day range [lower, upper] a fuzzed `days` interval can take.
    public static func range(forDays days: Int, maximumInterval: Int) -> ClosedRange<Int> {
        let interval = Double(days)
        var delta = 1.0
        for band in bands {
            delta += band.factor * max(min(interval, band.end) - band.start, 0.0)
        }
        var lower = Int(FSRSScheduler.roundHalfEven(interval - delta))
        let upper = min(Int(FSRSScheduler.roundHalfEven(interval + delta)), maximumInterval)
        lower = min(max(2, lower), upper)
        return lower...upper
    }

    /// The fuzzed interval in days: `days` itself below 2.5 days, otherwise a day of
    /// ``range(forDays:maximumInterval:)`` chosen by `seed` (same seed, same day).
    public static func fuzzedDays(_ days: Int, maximumInterval: Int, seed: UInt64) -> Int {
        guard Double(days) >= minimumFuzzedInterval else { return days }
        let range = range(forDays: days, maximumInterval: maximumInterval)
        var generator = SplitMix64(seed: seed)
        let width = Double(range.count)
        let offset = min(Int(generator.nextUnitDouble() * width), range.count - 1)
        return min(range.lowerBound + offset, maximumInterval)
    }

    /// A stable fuzz seed for the review of `cardID` made when the card has `reps` earlier reviews:
    /// FNV-1a 64 of `"<cardID>#<reps>"`. Stable across runs, platforms and Swift versions
    /// (unlike `Hasher`).
    public static func seed(cardID: String, reps: Int) -> UInt64 {
        fnv1a64("\(cardID)#\(reps)")
    }

    /// 64-bit FNV-1a of the UTF-8 bytes of `text`.
    public static func fnv1a64(_ text: String) -> UInt64 {
        var hash = FNV1a()
        hash.mix(text)
        return hash.value
    }
}

/// The SplitMix64 pseudo-random generator (Steele, Lea & Flood 2014): tiny, fast and fully
/// determined by its 64-bit seed.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Creates a generator; equal seeds give equal sequences.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// A uniform Double in [0, 1) from the top 53 bits of ``next()``.
    public mutating func nextUnitDouble() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }
}

extension FSRSScheduler {
    /// Applies one review in real use: like ``review(_:rating:at:fuzzSeed:)`` with the seed
    /// ``IntervalFuzz/seed(cardID:reps:)`` of `cardID` and the card's review count before this
    /// review, so that the same review of the same card always gets the same fuzz.
    public func review(_ state: SchedulingState, rating: Rating, at now: Int64, cardID: String) -> SchedulingState {
        review(state, rating: rating, at: now, fuzzSeed: IntervalFuzz.seed(cardID: cardID, reps: state.reps))
    }
}
