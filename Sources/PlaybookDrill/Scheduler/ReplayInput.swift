import Foundation

/// A problem with a replay file: bad JSON, a missing field, an unknown scheduler.
/// The message names the history (or scheduler) at fault.
public struct ReplayError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, in one line.
    public let message: String

    /// Creates an error with its message.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}

/// The inputs of a replay file in the reference-vector schema (`vectors.json`): the named
/// scheduler configurations and, per history, its id, scheduler, start and the ratings with their
/// times. Every other field (expected results, descriptions, tags) is ignored.
public struct ReplayInput: Sendable {
    /// One review to apply.
    public struct Review: Sendable, Hashable {
        /// The rating given.
        public var rating: Rating
        /// When it was given, Unix seconds.
        public var reviewTime: Int64
    }

    /// One card's review history.
    public struct History: Sendable {
        /// The history's id (`id`).
        public var id: String
        /// The name of its scheduler configuration (`scheduler`).
        public var schedulerName: String
        /// When the card was created (its first due time), Unix seconds.
        public var start: Int64
        /// The reviews, in order.
        public var reviews: [Review]
    }

    /// The scheduler configurations by name, exactly as given in the file.
    public var schedulerConfigs: [String: JSONValue]
    /// The histories, in file order.
    public var histories: [History]

    /// Parses a replay file. Scheduler configurations are checked when a history uses them
    /// (see ``parameters(forScheduler:)``).
    public static func parse(_ data: Data) throws(ReplayError) -> ReplayInput {
        let root: JSONValue
        do {
            root = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw ReplayError("not valid JSON: \(Self.describe(error))")
        }
        guard let schedulers = root["schedulers"]?.objectValue else {
            throw ReplayError("the file has no \"schedulers\" object")
        }
        guard let historyValues = root["histories"]?.arrayValue else {
            throw ReplayError("the file has no \"histories\" array")
        }
        var histories: [History] = []
        for (index, value) in historyValues.enumerated() {
            histories.append(try parseHistory(value, index: index))
        }
        return ReplayInput(schedulerConfigs: schedulers, histories: histories)
    }

    private static func parseHistory(_ value: JSONValue, index: Int) throws(ReplayError) -> History {
        guard value.objectValue != nil else {
            throw ReplayError("history #\(index) is not an object")
        }
        guard let id = value["id"]?.stringValue else {
            throw ReplayError("history #\(index) has no string \"id\"")
        }
        let name = "history '\(id)'"
        guard let scheduler = value["scheduler"]?.stringValue else {
            throw ReplayError("\(name) has no string \"scheduler\"")
        }
        guard let start = value["start_ts"]?.int64Value else {
            throw ReplayError("\(name): \"start_ts\" must be a whole number of Unix seconds")
        }
        guard let reviewValues = value["reviews"]?.arrayValue else {
            throw ReplayError("\(name) has no \"reviews\" array")
        }
        var reviews: [Review] = []
        for (position, review) in reviewValues.enumerated() {
            guard let code = review["rating"]?.int64Value, let rating = Rating(rawValue: Int(code)) else {
                throw ReplayError("\(name), review #\(position): \"rating\" must be 1 (Again) to 4 (Easy)")
            }
            guard let time = review["review_ts"]?.int64Value else {
                throw ReplayError("\(name), review #\(position): \"review_ts\" must be a whole number of Unix seconds")
            }
            reviews.append(Review(rating: rating, reviewTime: time))
        }
        return History(id: id, schedulerName: scheduler, start: start, reviews: reviews)
    }

    /// The parameters of the scheduler configuration `name`, with fuzzing off
    /// (replays must be exact). Throws when the name is unknown or the configuration is invalid.
    public func parameters(forScheduler name: String) throws(ReplayError) -> SchedulerParameters {
        guard let config = schedulerConfigs[name] else {
            let known = schedulerConfigs.keys.sorted().joined(separator: ", ")
            throw ReplayError("unknown scheduler '\(name)' (the file defines: \(known.isEmpty ? "none" : known))")
        }
        guard config.objectValue != nil else {
            throw ReplayError("scheduler '\(name)' is not an object")
        }
        func fail(_ text: String) -> ReplayError { ReplayError("scheduler '\(name)': \(text)") }
        guard let weightValues = config["parameters"]?.arrayValue else {
            throw fail("\"parameters\" must be an array of \(SchedulerParameters.weightCount) numbers")
        }
        var weights: [Double] = []
        for value in weightValues {
            guard let weight = value.doubleValue else {
                throw fail("\"parameters\" must be an array of \(SchedulerParameters.weightCount) numbers")
            }
            weights.append(weight)
        }
        guard let retention = config["desired_retention"]?.doubleValue else {
            throw fail("\"desired_retention\" must be a number")
        }
        let learning = try steps(config["learning_steps_seconds"], key: "learning_steps_seconds", fail: fail)
        let relearning = try steps(config["relearning_steps_seconds"], key: "relearning_steps_seconds", fail: fail)
        guard let maximum = config["maximum_interval_days"]?.int64Value, let maximumDays = Int(exactly: maximum) else {
            throw fail("\"maximum_interval_days\" must be a whole number of days")
        }
        let parameters = SchedulerParameters(
            weights: weights, desiredRetention: retention, learningSteps: learning,
            relearningSteps: relearning, maximumInterval: maximumDays, enableFuzzing: false)
        if let problem = parameters.problems.first {
            throw fail(problem)
        }
        return parameters
    }

    private func steps(
        _ value: JSONValue?, key: String, fail: (String) -> ReplayError
    ) throws(ReplayError) -> [Int64] {
        guard let elements = value?.arrayValue else {
            throw fail("\"\(key)\" must be an array of whole seconds")
        }
        var steps: [Int64] = []
        for element in elements {
            guard let seconds = element.int64Value else {
                throw fail("\"\(key)\" must be an array of whole seconds")
            }
            steps.append(seconds)
        }
        return steps
    }

    /// A one-line reason for a decoding failure (JSONDecoder's own message when it has one).
    private static func describe(_ error: any Error) -> String {
        guard let decoding = error as? DecodingError else { return "\(error)" }
        switch decoding {
        case .dataCorrupted(let context), .typeMismatch(_, let context),
            .valueNotFound(_, let context), .keyNotFound(_, let context):
            if let underlying = context.underlyingError {
                return "\(context.debugDescription) (\(underlying.localizedDescription))"
            }
            return context.debugDescription
        @unknown default:
            return "\(error)"
        }
    }
}
