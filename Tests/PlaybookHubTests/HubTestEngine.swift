import Foundation
import PlaybookCore
import PlaybookDrill
@testable import PlaybookHub
import SQLKit
import Testing

/// A database engine the store tests run on: SQLite in a temporary folder always, PostgreSQL
/// when `PLAYBOOK_TEST_POSTGRES_URL` names a server (scripts/test.sh starts a throwaway cluster
/// and sets it). Each store gets a database of its own.
enum HubTestEngine: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite
    case postgres

    static let postgresURL = ProcessInfo.processInfo.environment["PLAYBOOK_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    static let postgresMissing = "PLAYBOOK_TEST_POSTGRES_URL is not set: the PostgreSQL runs of the hub store tests are skipped "
        + "(scripts/test.sh starts a cluster with scripts/postgres-test-cluster.sh and sets it)"

    /// The engines this run can use.
    static var available: [HubTestEngine] { postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }

    var testDescription: String { rawValue }

    /// The scheduler the tests use: the drill's, with the default settings.
    static let scheduler = FSRSScheduler.drill(DrillSettings())

    /// A new, empty store.
    func makeStore() async throws -> HubStore {
        try await HubStore.open(makeDatabase(), scheduler: Self.scheduler)
    }

    /// A new, empty database (not migrated).
    func makeDatabase() async throws -> any HubDatabase {
        switch self {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hub-store-\(UUID().uuidString)").path
            return try await SQLiteHubDatabase.open(folder: folder)
        case .postgres:
            guard let base = Self.postgresURL else { throw TestSetupError(message: Self.postgresMissing) }
            let name = "hub_test_\(UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(20))"
            let admin = try await PostgresHubDatabase.open(url: base)
            try await admin.read { sql in try await sql.raw("CREATE DATABASE \(ident: name)").run() }
            await admin.close()
            guard var components = URLComponents(string: base) else { throw TestSetupError(message: "bad URL \(base)") }
            components.path = "/" + name
            return try await PostgresHubDatabase.open(url: components.string!)
        }
    }
}

struct TestSetupError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// Progress JSONL written the way the practice page and `progress export` write it.
enum ProgressText {
    static let start: Int64 = 1_772_323_200 // 2026-03-01T00:00:00Z
    static let now: Int64 = start + 40 * 86_400

    static func header() -> String {
        #"{"type":"header","format":"playbook-progress","version":1,"playbook":"Test","learner":null,"exportedAt":"2026-04-10T00:00:00Z"}"#
    }

    static func time(_ seconds: Int64) -> String {
        ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    static func review(_ id: String, card: String, rating: Int, at: Int64, mode: String = "type", score: Int? = 80,
                       answer: String? = "an answer") -> String {
        let scoreText = score.map(String.init) ?? "null"
        let answerText = answer.map { "\"\($0)\"" } ?? "null"
        return #"{"type":"review","id":"\#(id)","card":"\#(card)","contentHash":"ab12","rating":\#(rating),"reviewedAt":"\#(time(at))","mode":"\#(mode)","score":\#(scoreText),"answer":\#(answerText)}"#
    }

    static func exam(_ id: String, at: Int64, pass: Double = 80, score: Double, cards: [(String, Double)]) -> String {
        let list = cards.map { #"{"card":"\#($0.0)","score":\#($0.1)}"# }.joined(separator: ",")
        return #"{"type":"exam","id":"\#(id)","startedAt":"\#(time(at - 300))","finishedAt":"\#(time(at))","pass":\#(pass),"score":\#(score),"passed":\#(score >= pass),"cards":[\#(list)]}"#
    }

    static func file(_ lines: [String]) -> String {
        ([header()] + lines).joined(separator: "\n") + "\n"
    }
}
