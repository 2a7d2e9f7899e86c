/// One `key：values` field of an overrides line, with character columns for diagnostics.
struct OverrideField: Equatable {
    var key: String
    var keyColumn: Int
    var values: [Value]

    /// One value and the column it starts at.
    struct Value: Equatable {
        var text: String
        var column: Int
    }

    private static let fieldSeparators: Set<Unicode.Scalar> = ["·", "・", "|", "｜"]
    private static let valueSeparators: Set<Unicode.Scalar> = ["、", "，", ",", "；", ";"]
    private static let colons: Set<Unicode.Scalar> = ["：", ":"]

    /// The fields of one source line; a part without a colon ends the list (it is not a field).
    static func split(_ line: Substring) -> [OverrideField] {
        let scalars = Array(line.unicodeScalars)
        var fields: [OverrideField] = []
        var start = 0
        while start < scalars.count {
            var end = start
            while end < scalars.count, !fieldSeparators.contains(scalars[end]) { end += 1 }
            guard let field = field(scalars, from: start, to: end) else { break }
            fields.append(field)
            start = end + 1
        }
        return fields
    }

    private static func field(_ scalars: [Unicode.Scalar], from start: Int, to end: Int) -> OverrideField? {
        guard let colon = (start..<end).first(where: { colons.contains(scalars[$0]) }) else { return nil }
        guard let key = token(scalars, start, colon) else { return nil }
        var values: [Value] = []
        var valueStart = colon + 1
        for index in (colon + 1)...end where index == end || valueSeparators.contains(scalars[index])
            || scalars[index].properties.isWhitespace {
            if let value = token(scalars, valueStart, index) { values.append(Value(text: value.text, column: value.column)) }
            valueStart = index + 1
        }
        return OverrideField(key: key.text, keyColumn: key.column, values: values)
    }

    /// Marks around a key or value that are not part of it: `**产品**`, `` `corporate-ebank` ``, `[a, b]`,
    /// a trailing `\` (a hard line break).
    private static let wrappers: Set<Unicode.Scalar> = ["*", "`", "[", "]", "【", "】", "\\"]

    private static func isPadding(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || wrappers.contains(scalar)
    }

    /// The text between two offsets without surrounding spaces and marks, and its 1-based column.
    private static func token(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> (text: String, column: Int)? {
        var first = start, last = end
        while first < last, isPadding(scalars[first]) { first += 1 }
        while last > first, isPadding(scalars[last - 1]) { last -= 1 }
        guard first < last else { return nil }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[first..<last])
        return (String(text), first + 1)
    }
}
