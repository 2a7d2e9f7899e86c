import Yams

/// The YAML front matter of one content file, with typed accessors that report problems
/// at the position of the offending value.
struct FrontMatter {
    /// Values by key. (Yams' own lookup compares whole nodes, resolving tags each time.)
    private let values: [String: Node]
    /// The keys in the order written, with where each one stands.
    let keys: [(name: String, location: SourceLocation)]
    private let source: SourceText
    /// The YAML's length in bytes: no list read from it holds more text, unless aliases
    /// (`*name`) repeat an anchored value, which could make a few kilobytes into gigabytes.
    private var yamlLength = 0

    /// An empty front matter for a file without one.
    init(source: SourceText) {
        self.values = [:]
        self.keys = []
        self.source = source
    }

    /// Parses `yaml`; on failure logs an error at the YAML error's position and returns nil.
    init?(yaml: String, source: SourceText, log: inout DiagnosticLog) {
        self.source = source
        self.yamlLength = yaml.utf8.count
        let root: Node?
        do {
            // The basic resolver tags every plain scalar as a string; the accessors below read
            // booleans, numbers and null from plain scalars themselves. Yams' default resolver
            // runs a set of regular expressions over every scalar, which is slow.
            root = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch let error as YamlError {
            let (line, column, problem) = FrontMatter.describe(error)
            log.error(.invalidFrontMatter, at: source.location(line: line + 1, column: column),
                      "front matter is not valid YAML: \(problem); fix the YAML between the `---` lines")
            return nil
        } catch {
            log.error(.invalidFrontMatter, at: source.location(line: 2),
                      "front matter could not be read: \(error)")
            return nil
        }
        guard let root else {
            values = [:]
            keys = []
            return
        }
        guard let mapping = root.mapping else {
            log.error(.invalidFrontMatter, at: source.location(line: 2),
                      "front matter must be `key: value` lines, such as `title: 住宅专项维修资金账户`")
            return nil
        }
        var values: [String: Node] = [:]
        var keys: [(String, SourceLocation)] = []
        for (key, value) in mapping {
            guard let name = key.scalar?.string else { continue }
            values[name] = value
            keys.append((name, FrontMatter.location(of: key, in: source)))
        }
        self.values = values
        self.keys = keys
    }

    private static func describe(_ error: YamlError) -> (line: Int, column: Int, problem: String) {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let text = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            return (mark.line, mark.column, text)
        case .reader(let problem, _, _, _):
            return (1, 1, problem)
        default:
            return (1, 1, "\(error)")
        }
    }

    func location(of node: Node) -> SourceLocation { FrontMatter.location(of: node, in: source) }

    /// YAML line 1 is file line 2 (after the opening `---`).
    private static func location(of node: Node, in source: SourceText) -> SourceLocation {
        guard let mark = node.mark else { return source.location(line: 2) }
        return source.location(line: mark.line + 1, column: mark.column)
    }

    func has(_ key: String) -> Bool { values[key] != nil }

    /// The raw YAML node of a key, for readers of structured values (`synonyms`).
    func node(_ key: String) -> Node? { values[key] }

    /// Where `key`'s value stands, or the file start when the key is absent.
    func location(ofKey key: String) -> SourceLocation {
        values[key].map(location(of:)) ?? source.start
    }

    /// A text value. A number or date written without quotes is read as its text.
    func string(_ key: String, log: inout DiagnosticLog) -> String? {
        guard let node = values[key] else { return nil }
        guard let scalar = node.scalar else {
            log.error(.invalidField, at: location(of: node), "`\(key)` must be a single value, such as `\(key): 示例`")
            return nil
        }
        if PlainScalar.isNull(scalar) { return nil }
        let text = scalar.string.trimmingWhitespace()
        return text.isEmpty ? nil : text
    }

    /// A list of texts, each with its position. A single value is read as a list of one.
    func strings(_ key: String, log: inout DiagnosticLog) -> [(value: String, location: SourceLocation)] {
        guard let node = values[key] else { return [] }
        if let scalar = node.scalar {
            if PlainScalar.isNull(scalar) { return [] }
            let text = scalar.string.trimmingWhitespace()
            return text.isEmpty ? [] : [(text, location(of: node))]
        }
        guard let sequence = node.sequence else {
            log.error(.invalidField, at: location(of: node), "`\(key)` must be a list, such as `\(key): [a, b]`")
            return []
        }
        var result: [(String, SourceLocation)] = []
        var length = 0
        for item in sequence {
            guard let scalar = item.scalar else {
                log.error(.invalidField, at: location(of: item), "each entry of `\(key)` must be a single value")
                continue
            }
            length += scalar.string.utf8.count
            guard length <= yamlLength else {
                log.error(.invalidField, at: location(of: node),
                          "`\(key)` repeats YAML aliases (`*name`) into more text than the front matter holds; write its entries out")
                return []
            }
            let text = scalar.string.trimmingWhitespace()
            if !text.isEmpty { result.append((text, location(of: item))) }
        }
        return result
    }

    func bool(_ key: String, log: inout DiagnosticLog) -> Bool? {
        guard let node = values[key] else { return nil }
        guard let value = node.scalar.flatMap(PlainScalar.bool) else {
            log.error(.invalidField, at: location(of: node), "`\(key)` must be `true` or `false`")
            return nil
        }
        return value
    }

    func int(_ key: String, log: inout DiagnosticLog) -> Int? {
        guard let node = values[key] else { return nil }
        guard let value = node.scalar.flatMap(PlainScalar.int) else {
            log.error(.invalidField, at: location(of: node), "`\(key)` must be a whole number")
            return nil
        }
        return value
    }

    func double(_ key: String, log: inout DiagnosticLog) -> Double? {
        guard let node = values[key] else { return nil }
        guard let value = node.scalar.flatMap(PlainScalar.double) else {
            log.error(.invalidField, at: location(of: node), "`\(key)` must be a number")
            return nil
        }
        return value
    }

    func day(_ key: String, log: inout DiagnosticLog) -> CalendarDay? {
        guard let node = values[key], let text = node.scalar?.string else { return nil }
        guard let day = CalendarDay(iso: text) else {
            log.error(.invalidField, at: location(of: node),
                      "`\(key)` must be a date written YYYY-MM-DD, such as `\(key): 2026-10-15`")
            return nil
        }
        return day
    }

    func reviewInterval(_ key: String, log: inout DiagnosticLog) -> ReviewInterval? {
        guard let node = values[key], let text = node.scalar?.string else { return nil }
        switch ReviewInterval.read(text) {
        case .valid(let interval)?:
            return interval
        case .outOfRange?:
            let most = [ReviewInterval.Unit.days, .weeks, .months, .years]
                .map { "\(ReviewInterval.maximumCount($0))\($0.rawValue)" }.joined(separator: ", ")
            log.error(.invalidField, at: location(of: node),
                      "`\(key)` of “\(text.trimmingWhitespace())” is out of range; it may be at most \(ReviewInterval.maximumYears) years (\(most))")
            return nil
        case nil:
            log.error(.invalidField, at: location(of: node),
                      "`\(key)` must be a count with d, w, m or y, such as `\(key): 90d` or `\(key): 1y`")
            return nil
        }
    }
}

/// YAML 1.1 readings of plain (unquoted) scalars, as Yams' default resolver gives them: a quoted
/// `"true"` stays text.
enum PlainScalar {
    static func isNull(_ scalar: Node.Scalar) -> Bool {
        scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    static func bool(_ scalar: Node.Scalar) -> Bool? {
        guard scalar.style == .plain else { return nil }
        switch scalar.string.lowercased() {
        case "true", "yes", "on", "y": return true
        case "false", "no", "off", "n": return false
        default: return nil
        }
    }

    static func int(_ scalar: Node.Scalar) -> Int? {
        guard scalar.style == .plain else { return nil }
        let text = scalar.string.replacingOccurrences(of: "_", with: "")
        let unsigned = text.hasPrefix("+") || text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        let negative = text.hasPrefix("-")
        let magnitude: Int?
        if unsigned.hasPrefix("0x") {
            magnitude = Int(unsigned.dropFirst(2), radix: 16)
        } else if unsigned.hasPrefix("0o") {
            magnitude = Int(unsigned.dropFirst(2), radix: 8)
        } else if unsigned.hasPrefix("0b") {
            magnitude = Int(unsigned.dropFirst(2), radix: 2)
        } else {
            magnitude = unsigned.allSatisfy(\.isASCII) ? Int(unsigned) : nil
        }
        return magnitude.map { negative ? -$0 : $0 }
    }

    static func double(_ scalar: Node.Scalar) -> Double? {
        guard scalar.style == .plain else { return nil }
        if let whole = int(scalar) { return Double(whole) }
        let text = scalar.string.replacingOccurrences(of: "_", with: "")
        switch text.lowercased() {
        case ".inf", "+.inf": return .infinity
        case "-.inf": return -.infinity
        case ".nan": return .nan
        default:
            guard text.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }),
                  text.contains(where: \.isNumber) else { return nil }
            return Double(text)
        }
    }
}
