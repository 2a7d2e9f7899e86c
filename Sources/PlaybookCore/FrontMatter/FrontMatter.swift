import Yams

/// The YAML front matter of one content file, with typed accessors that report problems
/// at the position of the offending value.
struct FrontMatter {
    private let mapping: Node.Mapping?
    private let source: SourceText
    /// YAML line 1 is file line 2 (after the opening `---`).
    private let yamlLineOffset = 1

    /// The keys in the order written, with where each one stands.
    var keys: [(name: String, location: SourceLocation)] {
        (mapping ?? Node.Mapping([])).compactMap { pair in
            pair.key.string.map { ($0, location(of: pair.key)) }
        }
    }

    /// An empty front matter for a file without one.
    init(source: SourceText) {
        self.mapping = nil
        self.source = source
    }

    /// Parses `yaml`; on failure logs an error at the YAML error's position and returns nil.
    init?(yaml: String, source: SourceText, log: inout DiagnosticLog) {
        self.source = source
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml, .default, .default, .utf8)
        } catch let error as YamlError {
            let (line, column, problem) = FrontMatter.describe(error)
            log.error(.invalidFrontMatter, at: source.location(line: line + yamlLineOffset, column: column),
                      "front matter is not valid YAML: \(problem); fix the YAML between the `---` lines")
            return nil
        } catch {
            log.error(.invalidFrontMatter, at: source.location(line: 2),
                      "front matter could not be read: \(error)")
            return nil
        }
        guard let root else {
            mapping = nil
            return
        }
        guard let mapping = root.mapping else {
            log.error(.invalidFrontMatter, at: source.location(line: 2),
                      "front matter must be `key: value` lines, such as `title: 住宅专项维修资金账户`")
            return nil
        }
        self.mapping = mapping
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

    func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return source.location(line: 2) }
        return source.location(line: mark.line + yamlLineOffset, column: mark.column)
    }

    func has(_ key: String) -> Bool { mapping?[key] != nil }

    /// Where `key`'s value stands, or the file start when the key is absent.
    func location(ofKey key: String) -> SourceLocation {
        mapping?[key].map(location(of:)) ?? source.start
    }

    /// A text value. A number or date written without quotes is read as its text.
    func string(_ key: String, log: inout DiagnosticLog) -> String? {
        guard let node = mapping?[key] else { return nil }
        guard let scalar = node.scalar else {
            log.error(.invalidField, at: location(of: node), "`\(key)` must be a single value, such as `\(key): 示例`")
            return nil
        }
        if node.null != nil { return nil }
        let text = scalar.string.trimmingWhitespace()
        return text.isEmpty ? nil : text
    }

    /// A list of texts, each with its position. A single value is read as a list of one.
    func strings(_ key: String, log: inout DiagnosticLog) -> [(value: String, location: SourceLocation)] {
        guard let node = mapping?[key] else { return [] }
        if let scalar = node.scalar {
            if node.null != nil { return [] }
            let text = scalar.string.trimmingWhitespace()
            return text.isEmpty ? [] : [(text, location(of: node))]
        }
        guard let sequence = node.sequence else {
            log.error(.invalidField, at: location(of: node), "`\(key)` must be a list, such as `\(key): [a, b]`")
            return []
        }
        var result: [(String, SourceLocation)] = []
        for item in sequence {
            guard let scalar = item.scalar else {
                log.error(.invalidField, at: location(of: item), "each entry of `\(key)` must be a single value")
                continue
            }
            let text = scalar.string.trimmingWhitespace()
            if !text.isEmpty { result.append((text, location(of: item))) }
        }
        return result
    }

    func bool(_ key: String, log: inout DiagnosticLog) -> Bool? {
        guard let node = mapping?[key] else { return nil }
        guard let value = node.bool else {
            log.error(.invalidField, at: location(of: node), "`\(key)` must be `true` or `false`")
            return nil
        }
        return value
    }

    func int(_ key: String, log: inout DiagnosticLog) -> Int? {
        guard let node = mapping?[key] else { return nil }
        guard let value = node.int else {
            log.error(.invalidField, at: location(of: node), "`\(key)` must be a whole number")
            return nil
        }
        return value
    }

    func double(_ key: String, log: inout DiagnosticLog) -> Double? {
        guard let node = mapping?[key] else { return nil }
        guard let value = node.float else {
            log.error(.invalidField, at: location(of: node), "`\(key)` must be a number")
            return nil
        }
        return value
    }

    func day(_ key: String, log: inout DiagnosticLog) -> CalendarDay? {
        guard let node = mapping?[key], let text = node.scalar?.string else { return nil }
        guard let day = CalendarDay(iso: text) else {
            log.error(.invalidField, at: location(of: node),
                      "`\(key)` must be a date written YYYY-MM-DD, such as `\(key): 2026-10-15`")
            return nil
        }
        return day
    }

    func reviewInterval(_ key: String, log: inout DiagnosticLog) -> ReviewInterval? {
        guard let node = mapping?[key], let text = node.scalar?.string else { return nil }
        guard let interval = ReviewInterval(text) else {
            log.error(.invalidField, at: location(of: node),
                      "`\(key)` must be a count with d, w, m or y, such as `\(key): 90d` or `\(key): 1y`")
            return nil
        }
        return interval
    }
}
