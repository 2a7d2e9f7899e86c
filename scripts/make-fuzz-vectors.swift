// The main file of scripts/make-fuzz-vectors.sh, compiled together with the drill's scheduler
// sources: writes the fuzz the Swift scheduler gives for fixed card ids, review counts and
// intervals, so a port (the site's fsrs.js) can check that it draws the same days.
import Foundation

let cardIDs = ["objections/ebank-theft", "价格太高怎么办", "products/payroll#2", ""]
let intervals = [1, 2, 3, 4, 7, 10, 20, 21, 45, 100, 365, 3650, 36500]

var draws: [[String: Any]] = []
for (i, cardID) in cardIDs.enumerated() {
    for (j, days) in intervals.enumerated() {
        for maximum in [36500, 30] where days <= maximum || maximum == 30 {
            let reps = (i * 7 + j * 3) % 11
            let seed = IntervalFuzz.seed(cardID: cardID, reps: reps)
            draws.append([
                "card_id": cardID, "reps": reps, "days": days, "maximum_interval": maximum,
                "seed": String(seed, radix: 16),
                "fuzzed_days": IntervalFuzz.fuzzedDays(days, maximumInterval: maximum, seed: seed),
            ])
        }
    }
}

// Whole reviews of Review cards with the default parameters (fuzz on), due when reviewed.
let lastReview: Int64 = 1_704_121_980
let scheduler = FSRSScheduler(parameters: .default)
var reviews: [[String: Any]] = []
for (k, cardID) in cardIDs.enumerated() {
    for (stability, difficulty, reps) in [(3.0, 5.0, 2), (30.0, 5.0, 4), (400.0, 8.5, 9)] {
        let card = SchedulingState(
            state: .review, step: nil, stability: stability, difficulty: difficulty,
            due: lastReview + Int64(stability) * 86_400, lastReview: lastReview, reps: reps + k, lapses: 0)
        for rating in [Rating.hard, .good, .easy] {
            let after = scheduler.review(card, rating: rating, at: card.due, cardID: cardID)
            reviews.append([
                "card_id": cardID, "stability": stability, "difficulty": difficulty, "reps": card.reps,
                "last_review": lastReview, "now": card.due, "rating": rating.rawValue, "due": after.due,
            ])
        }
    }
}

let document: [String: Any] = [
    "about": "Interval fuzz of the Swift scheduler (IntervalFuzz, FSRSScheduler.review(_:rating:at:cardID:)), "
        + "written by scripts/make-fuzz-vectors.sh; fsrs_test.js checks the site's fsrs.js against it.",
    "draws": draws,
    "reviews": reviews,
]
let data = try JSONSerialization.data(
    withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
FileHandle.standardOutput.write(data)
FileHandle.standardOutput.write(Data("\n".utf8))
