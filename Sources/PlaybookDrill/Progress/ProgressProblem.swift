import PlaybookCore

/// Why one line of a progress file was refused (or, for an unknown card, only noted).
public enum ProgressLineProblem: Error, Sendable, Equatable {
    case malformedJSON(detail: String)
    case missingField(String)
    case unknownType(String)
    case impossibleRating(Int)
    case invalidDate(field: String, text: String)
    case futureDate(field: String, text: String)
    case invalidScore(field: String)
    case invalidMode(String)
    case invalidValue(field: String)
    case secondHeader
    /// Not a refusal: the review is stored and its card kept as an orphan.
    case unknownCard(String)

    /// The line is skipped (everything but an unknown card).
    public var refuses: Bool {
        if case .unknownCard = self { return false }
        return true
    }
}

/// A problem on one line of a progress file, with its 1-based line number.
public struct ProgressLineIssue: Sendable, Equatable {
    public var file: String
    public var line: Int
    public var problem: ProgressLineProblem
    /// The line's `type` (`review`, `exam`) when it could be read.
    public var lineType: String?

    public init(file: String, line: Int, problem: ProgressLineProblem, lineType: String? = nil) {
        self.file = file
        self.line = line
        self.problem = problem
        self.lineType = lineType
    }

    /// `file:line: what is wrong` and what to do, in no language yet.
    public var text: Message {
        let at = "\(file):\(line)"
        switch problem {
        case .malformedJSON(let detail): return Message(.progressMalformedLine, at, detail)
        case .missingField(let field): return Message(.progressMissingField, at, field)
        case .unknownType(let type): return Message(.progressUnknownType, at, type)
        case .impossibleRating(let rating): return Message(.progressImpossibleRating, at, "\(rating)")
        case .invalidDate(let field, let text): return Message(.progressInvalidDate, at, field, text)
        case .futureDate(let field, let text): return Message(.progressFutureDate, at, field, text)
        case .invalidScore(let field): return Message(.progressInvalidScore, at, field)
        case .invalidMode(let mode): return Message(.progressInvalidMode, at, mode)
        case .invalidValue(let field): return Message(.progressInvalidValue, at, field)
        case .secondHeader: return Message(.progressSecondHeader, at)
        case .unknownCard(let card): return Message(.progressUnknownCard, at, card)
        }
    }
}

/// A progress file that cannot be read at all; nothing of it is imported.
public enum ProgressFileError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(file: String, detail: String)
    case notUTF8(file: String)
    /// Line 1 is not a `playbook-progress` header.
    case missingHeader(file: String)
    case unsupportedVersion(file: String, version: Int)

    /// What went wrong and what to do, naming the file, in no language yet.
    public var text: Message {
        switch self {
        case .unreadable(let file, let detail): return Message(.progressUnreadable, file, detail)
        case .notUTF8(let file): return Message(.progressNotUTF8, file)
        case .missingHeader(let file): return Message(.progressMissingHeader, "\(file):1")
        case .unsupportedVersion(let file, let version): return Message(.progressNewerVersion, "\(file):1", "\(version)")
        }
    }

    public var description: String { text.text(in: .en) }
}
