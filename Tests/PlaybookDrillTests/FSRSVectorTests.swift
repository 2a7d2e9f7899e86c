import Foundation
import Testing
@testable import PlaybookDrill

/// The in-Swift equivalent of `Fixtures/fsrs/check.py`: replays every reference history
/// (py-fsrs 6.3.2, fuzz off) and compares S, D, the due time and the state of every review.
/// The vectors are a fixture of this target (`Fixtures/fsrs/README.md`); without them the suite fails.
@Suite struct FSRSVectorTests {
    struct Vectors: Decodable {
        let schedulers: [String: Config]
        let histories: [History]
    }

    struct Config: Decodable {
        let parameters: [Double]
        let desiredRetention: Double
        let learningStepsSeconds: [Int64]
        let relearningStepsSeconds: [Int64]
        let maximumIntervalDays: Int

        var schedulerParameters: SchedulerParameters {
            SchedulerParameters(
                weights: parameters, desiredRetention: desiredRetention,
                learningSteps: learningStepsSeconds, relearningSteps: relearningStepsSeconds,
                maximumInterval: maximumIntervalDays, enableFuzzing: false)
        }
    }

    struct History: Decodable {
        let id: String
        let scheduler: String
        let tags: [String]?
        let startTs: Int64
        let reviews: [Review]
    }

    struct Review: Decodable {
        let rating: Int
        let reviewTs: Int64
        let state: Int
        let step: Int?
        let stability: Double
        let difficulty: Double
        let dueTs: Int64
        let retrievability: Double?
    }

    /// `Fixtures/fsrs/vectors.json`, copied into the test bundle. `PLAYBOOK_FSRS_VECTORS`
    /// overrides the path (to check another set of vectors).
    static var vectorsURL: URL {
        if let path = ProcessInfo.processInfo.environment["PLAYBOOK_FSRS_VECTORS"] {
            return URL(fileURLWithPath: path)
        }
        guard let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            return URL(fileURLWithPath: "Fixtures/fsrs/vectors.json")
        }
        return fixtures.appendingPathComponent("fsrs/vectors.json")
    }

    static func decode(_ data: Data) throws -> Vectors {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(Vectors.self, from: data)
    }

    static func loadVectors() -> (Vectors, Data)? {
        let url = vectorsURL
        guard let data = try? Data(contentsOf: url) else {
            Issue.record("FSRS reference vectors not found at \(url.path); they are required: restore Tests/PlaybookDrillTests/Fixtures/fsrs/ (or set PLAYBOOK_FSRS_VECTORS)")
            return nil
        }
        do {
            return (try decode(data), data)
        } catch {
            Issue.record("cannot decode \(url.path): \(error)")
            return nil
        }
    }

    static func relativeDifference(_ candidate: Double, _ reference: Double) -> Double {
        let absolute = abs(candidate - reference)
        return reference == 0 ? (absolute == 0 ? 0 : .infinity) : absolute / abs(reference)
    }

    @Test func everyReferenceHistoryMatchesPyFSRS() throws {
        guard let (vectors, _) = Self.loadVectors() else { return }
        #expect(vectors.histories.count >= 184)
        #expect(vectors.histories.contains { $0.tags?.contains("stability_above_36500") == true })
        var failures: [String] = []
        var checked = 0
        var maxRelative = (stability: 0.0, difficulty: 0.0)
        for history in vectors.histories {
            guard let config = vectors.schedulers[history.scheduler] else {
                failures.append("\(history.id): unknown scheduler \(history.scheduler)")
                continue
            }
            #expect(config.schedulerParameters.problems.isEmpty, "\(history.scheduler)")
            let scheduler = FSRSScheduler(parameters: config.schedulerParameters)
            var card = SchedulingState.new(due: history.startTs)
            for (index, reference) in history.reviews.enumerated() {
                let place = "\(history.id)#\(index)"
                guard let rating = Rating(rawValue: reference.rating) else {
                    failures.append("\(place): bad rating \(reference.rating)")
                    break
                }
                let seen = scheduler.retrievability(card, at: reference.reviewTs)
                card = scheduler.review(card, rating: rating, at: reference.reviewTs)
                checked += 1
                var problems: [String] = []
                let stability = Self.relativeDifference(card.stability ?? .nan, reference.stability)
                let difficulty = Self.relativeDifference(card.difficulty ?? .nan, reference.difficulty)
                maxRelative = (max(maxRelative.stability, stability), max(maxRelative.difficulty, difficulty))
                if !(stability <= 1e-3) { problems.append("S \(card.stability ?? .nan) vs \(reference.stability)") }
                if !(difficulty <= 1e-3) { problems.append("D \(card.difficulty ?? .nan) vs \(reference.difficulty)") }
                let scheduled = card.due - reference.reviewTs
                let expected = reference.dueTs - reference.reviewTs
                let tolerance: Int64 = min(scheduled, expected) < 86_400 ? 1 : 86_400
                if abs(scheduled - expected) > tolerance { problems.append("interval \(scheduled) s vs \(expected) s") }
                if card.state.rawValue != reference.state { problems.append("state \(card.state.rawValue) vs \(reference.state)") }
                if card.step != reference.step { problems.append("step \(String(describing: card.step)) vs \(String(describing: reference.step))") }
                switch (seen, reference.retrievability) {
                case (nil, nil): break
                case (let r?, let expectedR?) where abs(r - expectedR) <= 1e-9: break
                default: problems.append("R \(String(describing: seen)) vs \(String(describing: reference.retrievability))")
                }
                if !problems.isEmpty {
                    failures.append("\(place) [\(history.scheduler)]: " + problems.joined(separator: "; "))
                }
            }
        }
        #expect(checked >= 1600)
        #expect(failures.isEmpty, "\(failures.count) reviews differ from py-fsrs; first: \(failures.prefix(20).joined(separator: "\n"))")
        #expect(maxRelative.stability <= 1e-3 && maxRelative.difficulty <= 1e-3)
    }

    /// The replay behind `playbook scheduler replay` reproduces every reference review exactly.
    @Test func replayCommandCoreReproducesTheVectors() throws {
        guard let (vectors, data) = Self.loadVectors() else { return }
        let output = try SchedulerReplay.run(data)
        let replayed = try Self.decode(output)
        #expect(replayed.histories.count == vectors.histories.count)
        for (reference, candidate) in zip(vectors.histories, replayed.histories) {
            #expect(candidate.id == reference.id)
            #expect(candidate.reviews.count == reference.reviews.count)
            for (r, c) in zip(reference.reviews, candidate.reviews) {
                let differs = r.dueTs != c.dueTs || r.state != c.state || r.step != c.step
                    || Self.relativeDifference(c.stability, r.stability) > 1e-3
                    || Self.relativeDifference(c.difficulty, r.difficulty) > 1e-3
                if differs {
                    Issue.record("\(reference.id) at \(r.reviewTs): replay differs from the reference")
                }
            }
        }
    }
}
