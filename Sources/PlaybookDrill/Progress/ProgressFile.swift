import Foundation

/// A progress file read into memory: its header, the lines that can be imported (with their
/// line numbers) and the problems found on the others. Reading never touches a store.
public struct ProgressFile: Sendable, Equatable {
    public var name: String
    public var header: ProgressHeader
    public var reviews: [(line: Int, review: ReviewRecord)] { entries.compactMap { entry in
        if case .review(let review) = entry.content { return (entry.line, review) }
        return nil
    } }
    public var exams: [(line: Int, exam: ExamRecord)] { entries.compactMap { entry in
        if case .exam(let exam) = entry.content { return (entry.line, exam) }
        return nil
    } }
    /// The lines after the header that were read, in file order.
    public var entries: [Entry]
    /// Lines refused, with their numbers.
    public var refused: [ProgressLineIssue]

    /// One line that was read.
    public struct Entry: Sendable, Equatable {
        public var line: Int
        public var content: ProgressLine
    }

    /// Reads `data` (the file `name`). Dates after `now` are refused.
    /// Throws when the file as a whole cannot be read: not UTF-8, or no valid header on line 1.
    public static func read(_ data: Data, name: String, now: Int64) throws(ProgressFileError) -> ProgressFile {
        guard let text = String(data: data, encoding: .utf8) else { throw .notUTF8(file: name) }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? line.dropLast() : line
        }
        if lines.first?.hasPrefix("\u{FEFF}") == true { lines[0] = lines[0].dropFirst() }
        guard let first = lines.first else { throw .missingHeader(file: name) }
        let header = try readHeader(first, name: name)
        var file = ProgressFile(name: name, header: header, entries: [], refused: [])
        for (index, line) in lines.enumerated().dropFirst() where !line.allSatisfy(\.isWhitespace) {
            switch ProgressLineCodec.parse(line, now: now) {
            case .success(let content): file.entries.append(Entry(line: index + 1, content: content))
            case .failure(let problem):
                let type = (try? JSONDecoder().decode(JSONValue.self, from: Data(line.utf8)))?["type"]?.stringValue
                file.refused.append(ProgressLineIssue(file: name, line: index + 1, problem: problem, lineType: type))
            }
        }
        return file
    }

    /// Reads the file at `path`.
    public static func read(path: String, now: Int64) throws(ProgressFileError) -> ProgressFile {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
            throw .unreadable(file: path, detail: underlying?.localizedDescription ?? error.localizedDescription)
        }
        return try read(data, name: path, now: now)
    }

    private static func readHeader(_ line: Substring, name: String) throws(ProgressFileError) -> ProgressHeader {
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: Data(line.utf8)),
              value["type"]?.stringValue == "header", value["format"]?.stringValue == ProgressHeader.format,
              let version = value["version"]?.int64Value else {
            throw .missingHeader(file: name)
        }
        guard version == Int64(ProgressHeader.version) else { throw .unsupportedVersion(file: name, version: Int(clamping: version)) }
        return ProgressHeader(playbook: value["playbook"]?.stringValue ?? "", learner: value["learner"]?.stringValue,
                              exportedAt: value["exportedAt"]?.stringValue.flatMap(ProgressTime.parse) ?? 0)
    }

    /// The JSON Lines text of a header, then reviews in time order, then exams in time order
    /// (each in the given order within one second).
    public static func text(header: ProgressHeader, reviews: [ReviewRecord], exams: [ExamRecord]) -> String {
        var lines = [ProgressLineCodec.encode(header)]
        // Answers given in the same second keep their order: a card rated Again may come back at once.
        lines += reviews.enumerated().sorted { ($0.element.reviewedAt, $0.offset) < ($1.element.reviewedAt, $1.offset) }
            .map { ProgressLineCodec.encode($0.element) }
        lines += exams.enumerated().sorted { ($0.element.finishedAt, $0.offset) < ($1.element.finishedAt, $1.offset) }
            .map { ProgressLineCodec.encode($0.element) }
        return lines.joined(separator: "\n") + "\n"
    }
}
