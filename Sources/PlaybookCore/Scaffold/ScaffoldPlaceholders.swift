/// Text that `playbook new` wrote and nobody replaced: its hint lines (in any of the three
/// languages) and the `待定` / `TBD` it puts in front matter.
///
/// Such text is reported (``DiagnosticCode/placeholder``) and kept off the site and out of the
/// deck: the reader blanks the hint lines before the Markdown is parsed, and a heading whose
/// section held nothing but hints goes with them. Lines keep their numbers, so every other
/// position stays where it was.
enum ScaffoldPlaceholders {
    /// One hint found in a body: its 1-based body line and character column, and its text.
    struct Found: Sendable, Equatable {
        var line: Int
        var column: Int
        var text: String
    }

    /// Front-matter values that stand for "not filled in yet".
    static func isPlaceholderValue(_ value: String) -> Bool {
        ["待定", "tbd"].contains(value.trimmingWhitespace().lowercased())
    }

    /// Hint lines of every language, as ``key(of:)`` reads them.
    static let hints: Set<String> = {
        var keys = Set<String>()
        for locale in PlaybookLocale.allCases {
            for line in ScaffoldWords(locale: locale).hintLines {
                let key = Self.key(of: Substring(line))
                if !key.isEmpty { keys.insert(key) }
            }
        }
        keys.insert("待定")
        keys.insert("tbd")
        return keys
    }()

    /// The UTF-8 length of the longest hint: longer lines are not compared.
    private static let longestHint = hints.map(\.utf8.count).max() ?? 0

    /// A line without its indentation, block markers (`>`, `-`, `*`, `+`, `#`), `{#id}` and
    /// surrounding spaces, so `  - 我行: 我们的做法` and `## 客户的异议 {#x-1}` compare by their words.
    static func key(of line: Substring) -> String {
        var rest = line.drop { $0 == " " || $0 == "\t" }
        while let first = rest.first, ">-*+#".contains(first) {
            rest = rest.drop { $0 == first }.drop { $0 == " " || $0 == "\t" }
        }
        var text = String(rest).trimmingWhitespace()
        if text.hasSuffix("}"), let open = text.range(of: "{#", options: .backwards) {
            text = String(text[..<open.lowerBound]).trimmingWhitespace()
        }
        return text.lowercased()
    }

    /// `body` with every hint line blanked, and each section whose lines were all hints (its
    /// subsections included) blanked with its heading; and the hints found.
    static func blankOut(_ body: String) -> (body: String, found: [Found]) {
        let lines = LineRanges(body)
        var isHint = [Bool](repeating: false, count: lines.count)
        var found: [Found] = []
        var fence: Character?
        for (index, range) in lines.ranges.enumerated() {
            let line = body[range]
            let trimmed = line.drop { $0 == " " }
            if let marker = trimmed.first, marker == "`" || marker == "~", trimmed.hasPrefix(String(repeating: marker, count: 3)) {
                fence = fence == nil ? marker : (fence == marker ? nil : fence)
                continue
            }
            guard fence == nil, !trimmed.isEmpty, line.utf8.count <= longestHint + 64,
                  hints.contains(key(of: line)) else { continue }
            isHint[index] = true
            let column = line.prefix { $0 == " " || $0 == "\t" }.unicodeScalars.count + 1
            found.append(Found(line: index + 1, column: column, text: String(line).trimmingWhitespace()))
        }
        guard !found.isEmpty else { return (body, []) }
        var blank = isHint
        for (index, range) in lines.ranges.enumerated() where !isHint[index] {
            guard let level = headingLevel(body[range]) else { continue }
            var end = index + 1, hasHint = false, onlyHints = true
            while end < lines.count, headingLevel(body[lines.ranges[end]]).map({ $0 > level }) ?? true {
                let text = body[lines.ranges[end]]
                if isHint[end] { hasHint = true } else if headingLevel(text) == nil && !text.allSatisfy(\.isWhitespace) { onlyHints = false }
                end += 1
            }
            if hasHint && onlyHints {
                for inner in index..<end { blank[inner] = true }
            }
        }
        var result = ""
        result.reserveCapacity(body.utf8.count)
        var cursor = body.startIndex
        for (index, range) in lines.ranges.enumerated() where blank[index] {
            result += body[cursor..<range.lowerBound]
            cursor = range.upperBound
        }
        result += body[cursor...]
        return (result, found)
    }

    /// The level of an ATX heading line (`## …` → 2), nil for other lines.
    private static func headingLevel(_ line: Substring) -> Int? {
        let trimmed = line.drop { $0 == " " }
        let hashes = trimmed.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes), line.count - trimmed.count < 4 else { return nil }
        let after = trimmed.dropFirst(hashes)
        return after.isEmpty || after.first == " " || after.first == "\t" ? hashes : nil
    }
}

/// The ranges of a text's lines, without their line ends (`\n`, `\r\n` or `\r`).
private struct LineRanges {
    var ranges: [Range<String.Index>] = []
    var count: Int { ranges.count }

    init(_ text: String) {
        let bytes = text.utf8
        var start = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                ranges.append(start..<index)
                let next = bytes.index(after: index)
                index = byte == 0x0D && next < bytes.endIndex && bytes[next] == 0x0A ? bytes.index(after: next) : next
                start = index
                continue
            }
            index = bytes.index(after: index)
        }
        if start < bytes.endIndex { ranges.append(start..<bytes.endIndex) }
    }
}
