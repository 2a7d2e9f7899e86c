import Foundation

/// The FSRS-6 formulas, written in the same operation order as py-fsrs 6.3.2
/// (`fsrs/scheduler.py`) so that results agree to the last bit or very nearly.
extension FSRSScheduler {
    /// The smallest stability (days); py-fsrs `STABILITY_MIN`. There is no upper bound.
    public static let minimumStability = 0.001
    /// The difficulty range.
    public static let difficultyRange: ClosedRange<Double> = 1...10
    static let secondsPerDay: Int64 = 86_400
    /// Python's `math.e`; py-fsrs writes `math.e ** x` (C `pow`), not `exp(x)`.
    static let e = 2.718281828459045

    /// Whole days elapsed between two instants, in 24-hour UTC units, rounded down
    /// (Python `timedelta.days`; negative when `now` is before `then`).
    public static func elapsedDays(from then: Int64, to now: Int64) -> Int64 {
        let seconds = now - then
        let days = seconds / secondsPerDay
        return (seconds % secondsPerDay != 0 && seconds < 0) ? days - 1 : days
    }

    /// Rounds half to even, like Python's `round` (2.5 → 2, 3.5 → 4).
    public static func roundHalfEven(_ value: Double) -> Double {
        value.rounded(.toNearestOrEven)
    }

    /// Retrievability after `elapsedDays` whole days: R = (1 + FACTOR·t/S)^DECAY.
    /// R = 0.9 when t = S; negative `elapsedDays` count as 0.
    public func retrievability(stability: Double, elapsedDays: Int64) -> Double {
        let t = Double(max(0, elapsedDays))
        return pow(1 + parameters.factor * t / stability, parameters.decay)
    }

    /// The Review interval for a stability: round(S/FACTOR·(DR^(1/DECAY) − 1)) half to even,
    /// clamped to [1, maximumInterval] days.
    public func intervalDays(stability: Double) -> Int {
        let decay = parameters.decay
        let raw = (stability / parameters.factor) * (pow(parameters.desiredRetention, 1 / decay) - 1)
        let rounded = Self.roundHalfEven(raw)
        let maximum = Double(parameters.maximumInterval)
        // Clamp in Double first so that a huge S cannot overflow Int.
        return Int(min(max(rounded.isNaN ? 1 : rounded, 1), maximum))
    }

    /// S0 = max(w[G−1], 0.001).
    func initialStability(_ rating: Rating) -> Double {
        max(parameters.w(rating.rawValue - 1), Self.minimumStability)
    }

    /// D0(G) = w4 − e^(w5·(G−1)) + 1, clamped to [1, 10] unless `clamp` is false.
    func initialDifficulty(_ rating: Rating, clamp: Bool = true) -> Double {
        let value = parameters.w(4) - pow(Self.e, parameters.w(5) * Double(rating.rawValue - 1)) + 1
        return clamp ? Self.clampDifficulty(value) : value
    }

    /// D' = w7·D0(Easy, unclamped) + (1−w7)·(D + ΔD·(10−D)/9) with ΔD = −w6·(G−3), clamped to [1, 10].
    func nextDifficulty(_ difficulty: Double, rating: Rating) -> Double {
        let w7 = parameters.w(7)
        let target = initialDifficulty(.easy, clamp: false)
        let delta = -(parameters.w(6) * Double(rating.rawValue - 3))
        let damped = difficulty + (10.0 - difficulty) * delta / 9.0
        return Self.clampDifficulty(w7 * target + (1 - w7) * damped)
    }

    /// Same-day stability: S·SInc with SInc = e^(w17·(G−3+w18))·S^−w19, and SInc ≥ 1 unless Again.
    func shortTermStability(_ stability: Double, rating: Rating) -> Double {
        var increase = pow(Self.e, parameters.w(17) * (Double(rating.rawValue) - 3 + parameters.w(18)))
            * pow(stability, -parameters.w(19))
        if rating != .again {
            increase = max(increase, 1.0)
        }
        return Self.clampStability(stability * increase)
    }

    /// Stability after a review at least one day after the previous one (uses the old D).
    func nextStability(difficulty: Double, stability: Double, retrievability: Double, rating: Rating) -> Double {
        let next: Double
        switch rating {
        case .again:
            next = forgetStability(difficulty: difficulty, stability: stability, retrievability: retrievability)
        case .hard, .good, .easy:
            next = recallStability(
                difficulty: difficulty, stability: stability, retrievability: retrievability, rating: rating)
        }
        return Self.clampStability(next)
    }

    /// After a lapse: min(w11·D^−w12·((S+1)^w13 − 1)·e^(w14·(1−R)), S / e^(w17·w18)).
    func forgetStability(difficulty: Double, stability: Double, retrievability: Double) -> Double {
        let w = parameters.weights
        let longTerm = w[11] * pow(difficulty, -w[12]) * (pow(stability + 1, w[13]) - 1)
            * pow(Self.e, (1 - retrievability) * w[14])
        let shortTerm = stability / pow(Self.e, w[17] * w[18])
        return min(longTerm, shortTerm)
    }

    /// After a successful recall: S·(1 + e^w8·(11−D)·S^−w9·(e^(w10·(1−R)) − 1)·penalty·bonus),
    /// with the Hard penalty w15 and the Easy bonus w16.
    func recallStability(difficulty: Double, stability: Double, retrievability: Double, rating: Rating) -> Double {
        let w = parameters.weights
        let hardPenalty = rating == .hard ? w[15] : 1
        let easyBonus = rating == .easy ? w[16] : 1
        let growth = pow(Self.e, w[8]) * (11 - difficulty) * pow(stability, -w[9])
            * (pow(Self.e, (1 - retrievability) * w[10]) - 1) * hardPenalty * easyBonus
        return stability * (1 + growth)
    }

    static func clampStability(_ stability: Double) -> Double {
        max(stability, minimumStability)
    }

    static func clampDifficulty(_ difficulty: Double) -> Double {
        min(max(difficulty, difficultyRange.lowerBound), difficultyRange.upperBound)
    }
}
