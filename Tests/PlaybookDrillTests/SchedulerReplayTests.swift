import Foundation
import Testing
@testable import PlaybookDrill

/// The core of `playbook scheduler replay`: reading the vector schema and reporting bad input.
@Suite struct SchedulerReplayTests {
    static let weights = "\(SchedulerParameters.defaultWeights)"

    static func file(scheduler: String = "default", reviews: String = #"[{"rating": 3, "review_ts": 1704121980}]"#) -> Data {
        Data("""
            {"schedulers": {"default": {"parameters": \(weights), "desired_retention": 0.9,
              "learning_steps_seconds": [60, 600], "relearning_steps_seconds": [600],
              "maximum_interval_days": 36500, "enable_fuzzing": false}},
             "histories": [{"id": "card-1", "scheduler": "\(scheduler)", "start_ts": 1704121980,
               "reviews": \(reviews), "ignored": {"anything": [1, 2]}}]}
            """.utf8)
    }

    static func message(_ data: Data) -> String? {
        do {
            _ = try SchedulerReplay.run(data)
            return nil
        } catch {
            return error.message
        }
    }

    @Test func writesTheComputedFields() throws {
        let reviews = #"[{"rating": 3, "review_ts": 1704121980}, {"rating": 3, "review_ts": 1704122580}]"#
        let output = try SchedulerReplay.run(Self.file(reviews: reviews))
        let root = try JSONDecoder().decode(JSONValue.self, from: output)
        let history = try #require(root["histories"]?.arrayValue?.first)
        #expect(history["id"] == .string("card-1"))
        let second = try #require(history["reviews"]?.arrayValue?.last)
        #expect(second["rating"] == .int(3))
        #expect(second["review_ts"] == .int(1_704_122_580))
        #expect(second["state"] == .int(2))
        #expect(second["step"] == .null)
        #expect(second["elapsed_seconds"] == .int(600))
        #expect(second["scheduled_seconds"]?.int64Value == second["due_ts"]!.int64Value! - 1_704_122_580)
        #expect(second["stability"]?.doubleValue != nil && second["difficulty"]?.doubleValue != nil)
        #expect(second["retrievability"]?.doubleValue == 1)  // same day: R = 1
        let first = try #require(history["reviews"]?.arrayValue?.first)
        #expect(first["retrievability"] == .null && first["elapsed_seconds"] == .null)
        #expect(first["step"] == .int(1) && first["due_ts"] == .int(1_704_122_580))
        #expect(first["review_at"] == .string("2024-01-01T15:13:00Z"))
    }

    @Test func unknownSchedulerNamesTheHistory() {
        let message = Self.message(Self.file(scheduler: "nope"))
        #expect(message?.contains("history 'card-1'") == true)
        #expect(message?.contains("unknown scheduler 'nope'") == true)
    }

    @Test func badInputIsReportedClearly() {
        #expect(Self.message(Data("{not json".utf8))?.hasPrefix("not valid JSON") == true)
        #expect(Self.message(Data("[]".utf8))?.contains("schedulers") == true)
        let badRating = Self.message(Self.file(reviews: #"[{"rating": 5, "review_ts": 1704121980}]"#))
        #expect(badRating?.contains("history 'card-1', review #0") == true)
        let badTime = Self.message(Self.file(reviews: #"[{"rating": 3, "review_ts": "soon"}]"#))
        #expect(badTime?.contains("review_ts") == true)
        let badWeights = Data(String(decoding: Self.file(), as: UTF8.self)
            .replacingOccurrences(of: Self.weights, with: "[1, 2, 3]").utf8)
        #expect(Self.message(badWeights)?.contains("history 'card-1': scheduler 'default': expected 21 weights") == true)
    }

    @Test func timestampsPastTheYear4000AreReadExactly() throws {
        let late: Int64 = 71_944_394_576
        let input = try ReplayInput.parse(Self.file(reviews: #"[{"rating": 4, "review_ts": \#(late)}]"#))
        #expect(input.histories[0].reviews[0].reviewTime == late)
        #expect(UTCTime.iso8601(late) == "4249-10-29T18:02:56Z")
        #expect(UTCTime.iso8601(0) == "1970-01-01T00:00:00Z")
        #expect(UTCTime.iso8601(-1) == "1969-12-31T23:59:59Z")
        #expect(UTCTime.iso8601(951_782_400) == "2000-02-29T00:00:00Z")
    }
}
