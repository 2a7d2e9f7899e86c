import Foundation
import GRDB
import Testing
@testable import PlaybookDrill

/// Progress files (JSON Lines): export, import by union of ids, replay in time order, bad lines.
@Suite struct ProgressFileTests {
    static let day: Int64 = 86_400
    static let start: Int64 = 1_767_225_600  // 2026-01-01T00:00:00Z
    static let now = start + 60 * day
    static let scheduler = FSRSScheduler(parameters: SchedulerParameters(enableFuzzing: true))
    static let current = ["objection-price": "a1", "product-card": "b2"]

    static func temporaryStore(_ name: String = "progress.sqlite") throws -> ReviewStore {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("progress-\(UUID().uuidString)")
        return try ReviewStore(path: folder.appendingPathComponent(name).path, deck: "Sales")
    }

    /// Answers as the drill does: the stored state, reviewed with the card's fuzz seed, recorded.
    static func answer(_ store: ReviewStore, card: String, rating: Rating, at time: Int64, id: String? = nil) throws {
        let before = try store.storedCards()[card]?.scheduling ?? .new(due: time)
        let after = scheduler.review(before, rating: rating, at: time, fuzzSeed: IntervalFuzz.seed(cardID: card, reps: before.reps))
        try store.record(ReviewRecord(id: id ?? UUID().uuidString, cardID: card, contentHash: current[card] ?? "ff",
                                      reviewedAt: time, rating: rating, mode: "flashcard", score: nil, before: before,
                                      after: after, durationMilliseconds: nil))
    }

    static func line(id: String, card: String = "objection-price", rating: Int = 3, at time: Int64, mode: String = "type") -> String {
        #"{"type":"review","id":"\#(id)","card":"\#(card)","contentHash":"a1","rating":\#(rating),"reviewedAt":"\#(UTCTime.iso8601(time))","mode":"\#(mode)","score":80,"answer":"先认同再比较"}"#
    }

    static let header = #"{"type":"header","format":"playbook-progress","version":1,"playbook":"Sales","learner":null,"exportedAt":"2026-02-01T00:00:00Z"}"#

    static func file(_ lines: [String]) throws -> ProgressFile {
        try ProgressFile.read(Data(([header] + lines).joined(separator: "\n").utf8), name: "phone.jsonl", now: now)
    }

    static func importing(_ file: ProgressFile, into store: ReviewStore) throws -> ProgressImportCounts {
        try store.importProgress(file, current: current, scheduler: scheduler, now: now)
    }

    @Test func exportThenImportIntoAnEmptyStoreGivesTheSameStates() throws {
        let terminal = try Self.temporaryStore()
        for (offset, rating) in [(0, Rating.good), (1, .again), (3, .good), (9, .easy)] {
            try Self.answer(terminal, card: "objection-price", rating: rating, at: Self.start + Int64(offset) * Self.day)
        }
        // Two answers in the same second keep their order (not the order of their ids).
        try Self.answer(terminal, card: "product-card", rating: .again, at: Self.start + 2 * Self.day, id: "zz")
        try Self.answer(terminal, card: "product-card", rating: .easy, at: Self.start + 2 * Self.day, id: "aa")
        try terminal.recordExam(ExamRecord(startedAt: Self.start, finishedAt: Self.start + 600, pass: 80, score: 72.5,
                                           passed: false, cards: [.init(card: "objection-price", score: 72.5)]))
        let text = try terminal.exportProgress(now: Self.now)
        #expect(text.split(separator: "\n").count == 1 + 6 + 1)

        let phone = try Self.temporaryStore()
        let counts = try Self.importing(try ProgressFile.read(Data(text.utf8), name: "export.jsonl", now: Self.now), into: phone)
        #expect(counts.reviewsAdded == 6 && counts.examsAdded == 1 && counts.issues.isEmpty)
        #expect(try phone.storedCards() == terminal.storedCards())
        #expect(try phone.allExams() == terminal.allExams())
        #expect(try phone.exportProgress(now: Self.now) == text)
    }

    @Test func importingTheSameFileTwiceChangesNothing() throws {
        let store = try Self.temporaryStore()
        let file = try Self.file([Self.line(id: "p1", at: Self.start), Self.line(id: "p2", rating: 1, at: Self.start + Self.day),
                                  #"{"type":"exam","id":"e1","startedAt":"2026-01-02T00:00:00Z","finishedAt":"2026-01-02T00:10:00Z","pass":80,"score":90,"passed":true,"cards":[{"card":"objection-price","score":90}]}"#])
        let first = try Self.importing(file, into: store)
        let cards = try store.storedCards()
        let second = try Self.importing(file, into: store)
        #expect(first.reviewsAdded == 2 && first.examsAdded == 1)
        #expect(second.reviewsAdded == 0 && second.reviewsAlreadyThere == 2 && second.examsAlreadyThere == 1)
        #expect(try store.reviewCount() == 2)
        #expect(try store.storedCards() == cards)
    }

    @Test func phoneAndTerminalReviewsInterleaveWhicheverArrivesFirst() throws {
        let times = (0..<4).map { Self.start + Int64($0) * 2 * Self.day }
        let ratings: [Rating] = [.good, .again, .good, .good]
        // Reference: one device answering all four in time order.
        let reference = try Self.temporaryStore()
        for (time, rating) in zip(times, ratings) { try Self.answer(reference, card: "objection-price", rating: rating, at: time) }

        // The terminal answered the 2nd and 4th; the phone's file has the 1st and 3rd.
        let terminal = try Self.temporaryStore()
        for index in [1, 3] { try Self.answer(terminal, card: "objection-price", rating: ratings[index], at: times[index]) }
        let phoneLines = [0, 2].map { Self.line(id: "phone-\($0)", rating: ratings[$0].rawValue, at: times[$0]) }
        _ = try Self.importing(try Self.file(phoneLines), into: terminal)
        #expect(try terminal.storedCards()["objection-price"]?.scheduling == reference.storedCards()["objection-price"]?.scheduling)

        // The other way round: the phone's file first, then the terminal's export.
        let laptop = try Self.temporaryStore()
        _ = try Self.importing(try Self.file(phoneLines), into: laptop)
        let terminalOnly = try Self.temporaryStore()
        for index in [1, 3] { try Self.answer(terminalOnly, card: "objection-price", rating: ratings[index], at: times[index]) }
        let exported = try terminalOnly.exportProgress(now: Self.now)
        _ = try Self.importing(try ProgressFile.read(Data(exported.utf8), name: "t.jsonl", now: Self.now), into: laptop)
        #expect(try laptop.storedCards()["objection-price"]?.scheduling == reference.storedCards()["objection-price"]?.scheduling)
        #expect(try laptop.reviews(since: 0).map(\.stateBefore) == reference.reviews(since: 0).map(\.stateBefore))
    }

    @Test func badLinesAreReportedWithTheirNumbersAndTheRestIsKept() throws {
        let store = try Self.temporaryStore()
        let file = try Self.file([
            Self.line(id: "ok", at: Self.start),                                 // line 2
            #"{"type":"review","id":"broken""#,                                  // line 3
            Self.line(id: "gone", card: "retired-card", at: Self.start),         // line 4
            Self.line(id: "seven", rating: 7, at: Self.start),                   // line 5
            Self.line(id: "later", at: Self.now + Self.day),                     // line 6
            Self.line(id: "mode", at: Self.start, mode: "voice"),                // line 7
            #"{"type":"exam","id":"e","startedAt":"2026-01-02T00:00:00Z","finishedAt":"2026-01-02T00:10:00Z","pass":80,"score":140,"passed":true,"cards":[]}"#,
        ])
        let counts = try Self.importing(file, into: store)
        #expect(counts.reviewsAdded == 2 && counts.reviewsRefused == 4 && counts.examsRefused == 1)
        let byLine = Dictionary(uniqueKeysWithValues: counts.issues.map { ($0.line, $0.problem) })
        #expect(byLine.keys.sorted() == [3, 4, 5, 6, 7, 8])
        if case .malformedJSON = byLine[3] {} else { Issue.record("line 3: \(String(describing: byLine[3]))") }
        #expect(byLine[4] == .unknownCard("retired-card"))
        #expect(byLine[5] == .impossibleRating(7))
        #expect(byLine[6] == .futureDate(field: "reviewedAt", text: UTCTime.iso8601(Self.now + Self.day)))
        #expect(byLine[7] == .invalidMode("voice"))
        #expect(byLine[8] == .invalidScore(field: "score"))
        let cards = try store.storedCards()
        #expect(cards["objection-price"]?.scheduling.reps == 1)
        #expect(cards["retired-card"]?.orphanedAt == Self.now)
        #expect(counts.issues[0].text.text(in: .en).hasPrefix("phone.jsonl:3: "))
    }

    @Test func aFailedImportLeavesTheStoreAsItWas() throws {
        let store = try Self.temporaryStore()
        try Self.answer(store, card: "objection-price", rating: .good, at: Self.start)
        let before = try store.exportProgress(now: Self.now)
        let cards = try store.storedCards()
        // The write fails on the file's last review, as if the process died there.
        try store.database.write { db in
            try db.execute(sql: """
                CREATE TRIGGER fail_midway BEFORE INSERT ON review WHEN NEW.uid = 'last'
                BEGIN SELECT RAISE(ABORT, 'simulated crash'); END
                """)
        }
        let file = try Self.file([Self.line(id: "first", at: Self.start + Self.day),
                                  Self.line(id: "second", card: "product-card", at: Self.start + Self.day),
                                  Self.line(id: "last", at: Self.start + 2 * Self.day)])
        #expect(throws: DrillError.self) { try Self.importing(file, into: store) }
        #expect(try store.exportProgress(now: Self.now) == before)
        #expect(try store.storedCards() == cards)
    }

    @Test func aFileWithoutAHeaderOrNotTextIsRefusedWhole() {
        #expect(throws: ProgressFileError.notUTF8(file: "x")) {
            try ProgressFile.read(Data([0xFF, 0xFE, 0x00, 0x81]), name: "x", now: Self.now)
        }
        #expect(throws: ProgressFileError.missingHeader(file: "x")) {
            try ProgressFile.read(Data(Self.line(id: "a", at: Self.start).utf8), name: "x", now: Self.now)
        }
        #expect(throws: ProgressFileError.missingHeader(file: "x")) {
            try ProgressFile.read(Data("SQLite format 3\0garbage".utf8), name: "x", now: Self.now)
        }
        let newer = Self.header.replacingOccurrences(of: #""version":1"#, with: #""version":2"#)
        #expect(throws: ProgressFileError.unsupportedVersion(file: "x", version: 2)) {
            try ProgressFile.read(Data(newer.utf8), name: "x", now: Self.now)
        }
    }

    @Test func aDatabaseFromBeforeProgressIDsIsMigratedAndExports() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("progress-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("old.sqlite").path
        // The schema as the drill created it before progress files (migration "v1" only).
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: ReviewStore.version1Schema)
            try db.execute(sql: """
                INSERT INTO card VALUES ('Sales', 'objection-price', 'a1', 1, 0, 2.3, 5.1, \(Self.start + 600), \(Self.start), 1, 0, 0, NULL, \(Self.start));
                INSERT INTO review (deck, card_id, content_hash, reviewed_at, rating, mode, score, state_before, state_after,
                                    stability, difficulty, due, duration_ms)
                VALUES ('Sales', 'objection-price', 'a1', \(Self.start), 3, 'flashcard', NULL, 0, 1, 2.3, 5.1, \(Self.start + 600), 900);
                INSERT INTO exam (deck, taken_at, cards, score, pass, passed) VALUES ('Sales', \(Self.start), 3, 66.7, 80, 0);
                """)
        }
        try migrator.migrate(try DatabaseQueue(path: path))

        let store = try ReviewStore(path: path, deck: "Sales")
        let reviews = try store.allReviews()
        #expect(reviews.count == 1 && reviews[0].id.count == 32)
        let exams = try store.allExams()
        #expect(exams.count == 1 && exams[0].cards.isEmpty && exams[0].startedAt == Self.start && exams[0].finishedAt == Self.start)
        #expect(exams[0].id.count == 32)
        let text = try store.exportProgress(now: Self.now)
        let other = try Self.temporaryStore()
        let counts = try Self.importing(try ProgressFile.read(Data(text.utf8), name: "old.jsonl", now: Self.now), into: other)
        #expect(counts.reviewsAdded == 1 && counts.examsAdded == 1)
    }
}
