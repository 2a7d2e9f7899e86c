import Foundation

/// The first line of a progress file.
public struct ProgressHeader: Sendable, Equatable {
    public static let format = "playbook-progress"
    public static let version = 1

    public var playbook: String
    public var learner: String?
    public var exportedAt: Int64

    public init(playbook: String, learner: String?, exportedAt: Int64) {
        self.playbook = playbook
        self.learner = learner
        self.exportedAt = exportedAt
    }
}

/// One line of a progress file after the header.
public enum ProgressLine: Sendable, Equatable {
    case review(ReviewRecord)
    case exam(ExamRecord)
}

/// Reads and writes single lines of the progress format (see `docs/format.md`).
/// Reviews read from a file carry only what the file says; their scheduling states are
/// filled in when the card's history is replayed on import.
enum ProgressLineCodec {
    static let modes: Set<String> = ["flashcard", "type", "choice"]

    /// Parses one line (not the header). `now` bounds the dates: later ones are refused.
    static func parse(_ text: Substring, now: Int64) -> Result<ProgressLine, ProgressLineProblem> {
        let object: [String: JSONValue]
        do {
            guard let members = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)).objectValue else {
                return .failure(.malformedJSON(detail: "not an object"))
            }
            object = members
        } catch {
            return .failure(.malformedJSON(detail: Self.describe(error)))
        }
        do {
            let fields = Fields(object: object, now: now)
            switch try fields.string("type") {
            case "review": return .success(.review(try review(fields)))
            case "exam": return .success(.exam(try exam(fields)))
            case "header": return .failure(.secondHeader)
            case let other: return .failure(.unknownType(other))
            }
        } catch {
            return .failure(error)
        }
    }

    private static func review(_ fields: Fields) throws(ProgressLineProblem) -> ReviewRecord {
        let id = try fields.nonEmpty("id")
        let card = try fields.nonEmpty("card")
        let hash = try fields.nonEmpty("contentHash")
        guard hash.allSatisfy(\.isHexDigit) else { throw .invalidValue(field: "contentHash") }
        guard let ratingValue = fields.object["rating"] else { throw .missingField("rating") }
        guard let number = ratingValue.int64Value else { throw .invalidValue(field: "rating") }
        guard let rating = Rating(rawValue: Int(clamping: number)) else { throw .impossibleRating(Int(clamping: number)) }
        let reviewedAt = try fields.date("reviewedAt")
        let mode = try fields.string("mode")
        guard modes.contains(mode) else { throw .invalidMode(mode) }
        let score = try fields.optionalScore("score").map { Int($0.rounded()) }
        let answer = try fields.optionalString("answer")
        let unknown = SchedulingState.new(due: reviewedAt)
        return ReviewRecord(id: id, cardID: card, contentHash: hash, reviewedAt: reviewedAt, rating: rating, mode: mode,
                            score: score, before: unknown, after: unknown, durationMilliseconds: nil, answer: answer)
    }

    private static func exam(_ fields: Fields) throws(ProgressLineProblem) -> ExamRecord {
        let id = try fields.nonEmpty("id")
        let startedAt = try fields.date("startedAt")
        let finishedAt = try fields.date("finishedAt")
        guard startedAt <= finishedAt else { throw .invalidValue(field: "startedAt") }
        guard let pass = try fields.optionalScore("pass") else { throw .missingField("pass") }
        guard let score = try fields.optionalScore("score") else { throw .missingField("score") }
        guard let passedValue = fields.object["passed"] else { throw .missingField("passed") }
        guard let passed = passedValue.boolValue else { throw .invalidValue(field: "passed") }
        guard let list = fields.object["cards"] else { throw .missingField("cards") }
        guard let entries = list.arrayValue else { throw .invalidValue(field: "cards") }
        var cards: [ExamRecord.CardScore] = []
        for entry in entries {
            guard let members = entry.objectValue else { throw .invalidValue(field: "cards") }
            let cardFields = Fields(object: members, now: fields.now)
            guard let cardScore = try cardFields.optionalScore("score") else { throw .missingField("cards[].score") }
            cards.append(ExamRecord.CardScore(card: try cardFields.nonEmpty("card"), score: cardScore))
        }
        return ExamRecord(id: id, startedAt: startedAt, finishedAt: finishedAt, pass: pass, score: score, passed: passed,
                          cards: cards)
    }

    /// One review line, its keys in the order of the format reference.
    static func encode(_ review: ReviewRecord) -> String {
        object([
            ("type", .string("review")), ("id", .string(review.id)), ("card", .string(review.cardID)),
            ("contentHash", .string(review.contentHash)), ("rating", .int(Int64(review.rating.rawValue))),
            ("reviewedAt", .string(UTCTime.iso8601(review.reviewedAt))), ("mode", .string(review.mode)),
            ("score", review.score.map { .int(Int64($0)) } ?? .null), ("answer", review.answer.map(JSONValue.string) ?? .null),
        ])
    }

    static func encode(_ exam: ExamRecord) -> String {
        let cards = exam.cards.map { card -> JSONValue in
            .object(["card": .string(card.card), "score": .double(card.score)])
        }
        return object([
            ("type", .string("exam")), ("id", .string(exam.id)), ("startedAt", .string(UTCTime.iso8601(exam.startedAt))),
            ("finishedAt", .string(UTCTime.iso8601(exam.finishedAt))), ("pass", .double(exam.pass)),
            ("score", .double(exam.score)), ("passed", .bool(exam.passed)), ("cards", .array(cards)),
        ])
    }

    static func encode(_ header: ProgressHeader) -> String {
        object([
            ("type", .string("header")), ("format", .string(ProgressHeader.format)),
            ("version", .int(Int64(ProgressHeader.version))), ("playbook", .string(header.playbook)),
            ("learner", header.learner.map(JSONValue.string) ?? .null),
            ("exportedAt", .string(UTCTime.iso8601(header.exportedAt))),
        ])
    }

    /// A JSON object with its members in the given order (JSONEncoder would sort or shuffle them).
    private static func object(_ members: [(String, JSONValue)]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        let parts = members.map { key, value in
            let encodedKey = String(decoding: (try? encoder.encode(JSONValue.string(key))) ?? Data(), as: UTF8.self)
            let encodedValue = String(decoding: (try? encoder.encode(value)) ?? Data("null".utf8), as: UTF8.self)
            return encodedKey + ":" + encodedValue
        }
        return "{" + parts.joined(separator: ",") + "}"
    }

    static func describe(_ error: Error) -> String {
        if case DecodingError.dataCorrupted(let context) = error {
            return (context.underlyingError as NSError?)?.localizedDescription ?? context.debugDescription
        }
        return "\(error)"
    }

    /// Typed access to a line's members, refusing with the field's name.
    struct Fields {
        let object: [String: JSONValue]
        let now: Int64

        func string(_ key: String) throws(ProgressLineProblem) -> String {
            guard let value = object[key] else { throw .missingField(key) }
            guard let text = value.stringValue else { throw .invalidValue(field: key) }
            return text
        }

        func nonEmpty(_ key: String) throws(ProgressLineProblem) -> String {
            let text = try string(key)
            guard !text.isEmpty else { throw .invalidValue(field: key) }
            return text
        }

        func optionalString(_ key: String) throws(ProgressLineProblem) -> String? {
            guard let value = object[key], value != .null else { return nil }
            guard let text = value.stringValue else { throw .invalidValue(field: key) }
            return text
        }

        /// A 0–100 score, or nil when absent or null.
        func optionalScore(_ key: String) throws(ProgressLineProblem) -> Double? {
            guard let value = object[key], value != .null else { return nil }
            guard let number = value.doubleValue, number.isFinite, (0...100).contains(number) else {
                throw .invalidScore(field: key)
            }
            return number
        }

        /// An ISO 8601 time (UTC or with an offset), not after `now`.
        func date(_ key: String) throws(ProgressLineProblem) -> Int64 {
            let text = try string(key)
            guard let seconds = ProgressTime.parse(text) else { throw .invalidDate(field: key, text: text) }
            guard seconds <= now else { throw .futureDate(field: key, text: text) }
            return seconds
        }
    }
}

/// ISO 8601 times as progress files write them.
enum ProgressTime {
    static func parse(_ text: String) -> Int64? {
        let (plain, fractional) = formatters()
        if let date = plain.date(from: text) { return Int64(date.timeIntervalSince1970.rounded(.down)) }
        if let date = fractional.date(from: text) { return Int64(date.timeIntervalSince1970.rounded(.down)) }
        return nil
    }

    /// This thread's two formatters (without and with fractional seconds), made once: making one
    /// builds an ICU formatter, which cost more than the parse itself (the hub parses every
    /// event's time; a formatter is not safe to share between threads).
    private static func formatters() -> (plain: ISO8601DateFormatter, fractional: ISO8601DateFormatter) {
        let key = "PlaybookDrill.ProgressTime.formatters"
        if let cached = Thread.current.threadDictionary[key] as? [ISO8601DateFormatter], cached.count == 2 {
            return (cached[0], cached[1])
        }
        let plain = ISO8601DateFormatter()
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        Thread.current.threadDictionary[key] = [plain, fractional]
        return (plain, fractional)
    }
}
