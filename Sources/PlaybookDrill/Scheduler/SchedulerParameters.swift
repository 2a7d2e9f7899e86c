import Foundation

/// Settings of the FSRS-6 scheduler: the 21 model weights plus the scheduling options.
///
/// The defaults are those of py-fsrs 6.3.2 (the reference implementation the scheduler is
/// checked against). All durations are whole seconds except `maximumInterval`, which is in days.
public struct SchedulerParameters: Sendable, Hashable, Codable {
    /// The number of FSRS-6 weights (`w0` … `w20`).
    public static let weightCount = 21

    /// The FSRS-6 default weights `w0` … `w20`.
    public static let defaultWeights: [Double] = [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ]

    /// py-fsrs defaults: default weights, desired retention 0.9, learning steps 1 min and 10 min,
    /// relearning step 10 min, maximum interval 36 500 days, fuzzing on.
    public static let `default` = SchedulerParameters()

    /// The model weights `w0` … `w20` (exactly ``weightCount`` of them).
    public var weights: [Double]
    /// The probability of recall the Review intervals aim for, in (0, 1).
    public var desiredRetention: Double
    /// Learning steps of a new card, in seconds. Empty: a new card goes straight to Review.
    public var learningSteps: [Int64]
    /// Relearning steps after a lapse, in seconds. Empty: Again on a Review card stays in Review.
    public var relearningSteps: [Int64]
    /// The longest Review interval, in days.
    public var maximumInterval: Int
    /// Whether Review intervals of 2.5 days or more are spread (see ``IntervalFuzz``).
    /// Fuzz also needs a seed passed to ``FSRSScheduler/review(_:rating:at:fuzzSeed:)``.
    public var enableFuzzing: Bool

    /// Creates parameters; every argument defaults to the py-fsrs value.
    public init(
        weights: [Double] = SchedulerParameters.defaultWeights,
        desiredRetention: Double = 0.9,
        learningSteps: [Int64] = [60, 600],
        relearningSteps: [Int64] = [600],
        maximumInterval: Int = 36500,
        enableFuzzing: Bool = true
    ) {
        self.weights = weights
        self.desiredRetention = desiredRetention
        self.learningSteps = learningSteps
        self.relearningSteps = relearningSteps
        self.maximumInterval = maximumInterval
        self.enableFuzzing = enableFuzzing
    }

    /// The weight `w<index>`.
    @inlinable public func w(_ index: Int) -> Double { weights[index] }

    /// The forgetting-curve exponent, `DECAY = -w20` (negative).
    public var decay: Double { -weights[20] }

    /// `FACTOR = 0.9^(1/DECAY) - 1`, chosen so that R = 0.9 when the elapsed days equal S.
    public var factor: Double { pow(0.9, 1 / decay) - 1 }

    /// Lower bounds of the weights accepted by py-fsrs 6.3.2.
    static let lowerBounds: [Double] = [
        0.001, 0.001, 0.001, 0.001, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001,
        0.001, 0.001, 0.001, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.1,
    ]

    /// Upper bounds of the weights accepted by py-fsrs 6.3.2.
    static let upperBounds: [Double] = [
        100.0, 100.0, 100.0, 100.0, 10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5,
        5.0, 0.25, 0.9, 4.0, 1.0, 6.0, 2.0, 2.0, 0.8, 0.8,
    ]

    /// The largest accepted ``maximumInterval`` (keeps due dates far from Int64 overflow).
    public static let maximumIntervalLimit = 10_000_000

    /// Human-readable problems with these parameters; empty when the scheduler can use them.
    ///
    /// Weights must be finite and inside the py-fsrs bounds (which keep every formula finite),
    /// the desired retention strictly between 0 and 1, every step positive, and the maximum
    /// interval between 1 and ``maximumIntervalLimit`` days.
    public var problems: [String] {
        var problems: [String] = []
        if weights.count != Self.weightCount {
            problems.append("expected \(Self.weightCount) weights, got \(weights.count)")
        } else {
            for (index, weight) in weights.enumerated()
            where !(Self.lowerBounds[index]...Self.upperBounds[index]).contains(weight) {
                problems.append("w\(index) = \(weight) is outside [\(Self.lowerBounds[index]), \(Self.upperBounds[index])]")
            }
        }
        if !(desiredRetention > 0 && desiredRetention < 1) {
            problems.append("desired retention \(desiredRetention) must be strictly between 0 and 1")
        }
        if learningSteps.contains(where: { $0 <= 0 }) {
            problems.append("learning steps must be positive numbers of seconds")
        }
        if relearningSteps.contains(where: { $0 <= 0 }) {
            problems.append("relearning steps must be positive numbers of seconds")
        }
        if !(1...Self.maximumIntervalLimit).contains(maximumInterval) {
            problems.append("maximum interval \(maximumInterval) must be between 1 and \(Self.maximumIntervalLimit) days")
        }
        return problems
    }
}
