import Foundation

/// The search index's shard files: scripts that the site's search code loads, and that an
/// in-place update reads back and patches. One type writes and reads them, so the two agree.
enum SearchShardScript {
    static func textPath(_ number: Int) -> String { "search/docs-\(number).js" }
    static func postingPath(_ number: Int) -> String { "search/idx-\(number).js" }
    static func titlePath(_ number: Int) -> String { "search/titles-\(number).js" }
    static let allTitlesPath = "search/titles.js"

    /// A title shard's script: its documents' compact titles (`[title, folder, name, kind]`, and
    /// `1` when the text starts with what the customer says), one per line.
    static func titles(_ number: Int, _ entries: [String]) -> String {
        "PB.titles[\(number)]=[\(entries.joined(separator: ",\n"))];\n"
    }

    /// Every document's title (text only: the rest is in the title shards), for the closest
    /// titles when a query matches nothing.
    static func allTitles(_ titles: [String]) -> String {
        "PB.allTitles=[\(titles.map(quote).joined(separator: ","))];\n"
    }

    /// A text shard's script: its documents' texts, each a JSON string on a line of its own.
    static func text(_ number: Int, quoted texts: [String]) -> String {
        "PB.docs[\(number)]=[\(texts.joined(separator: ",\n"))];\n"
    }

    /// A posting shard's script: term → document numbers, a term per line, in term order.
    static func posting(_ number: Int, _ postings: [String: [Int]]) -> String {
        let entries = postings.sorted { $0.key < $1.key }
            .map { "\(quote($0.key)):[\($0.value.map(String.init).joined(separator: ","))]" }
        return "PB.idx[\(number)]={\(entries.joined(separator: ",\n"))};\n"
    }

    /// The quoted texts of a text shard's script, one per document.
    static func quotedTexts(in script: String, _ number: Int) -> [String]? {
        guard let body = between(script, "PB.docs[\(number)]=[", "];\n") else { return nil }
        return body.isEmpty ? [] : body.components(separatedBy: ",\n")
    }

    /// The entries of a posting shard's script.
    static func postings(in script: String, _ number: Int) -> [String: [Int]]? {
        guard let body = between(script, "PB.idx[\(number)]={", "};\n") else { return nil }
        var entries: [String: [Int]] = [:]
        for entry in body.components(separatedBy: ",\n") where !body.isEmpty {
            // Terms are ideographs, letters and digits (title postings: `^` and one): quoted as they are.
            guard entry.hasPrefix("\""), entry.hasSuffix("]"), let split = entry.range(of: "\":["),
                  !entry[..<split.lowerBound].contains("\\") else { return nil }
            let term = String(entry[entry.index(after: entry.startIndex)..<split.lowerBound])
            let list = entry[split.upperBound..<entry.index(before: entry.endIndex)]
            let ids = list.split(separator: ",").compactMap { Int($0) }
            guard !ids.isEmpty, ids.count == list.split(separator: ",").count else { return nil }
            entries[term] = ids
        }
        return entries
    }

    private static func between(_ text: String, _ prefix: String, _ suffix: String) -> String? {
        guard text.hasPrefix(prefix), text.hasSuffix(suffix), text.utf8.count >= prefix.utf8.count + suffix.utf8.count else { return nil }
        return String(text.dropFirst(prefix.count).dropLast(suffix.count))
    }

    /// A JSON string literal's text.
    static func unquote(_ quoted: String) -> String? {
        (try? JSONSerialization.jsonObject(with: Data(quoted.utf8), options: .fragmentsAllowed)) as? String
    }

    /// A JSON string literal of `text` that is safe inside a script element.
    static func quote(_ text: String) -> String {
        var text = text
        return text.withUTF8 { quote(utf8: $0) }
    }

    /// Works on bytes: a site's search texts are tens of megabytes.
    private static func quote<Bytes: RandomAccessCollection<UInt8>>(utf8 input: Bytes) -> String where Bytes.Index == Int {
        var bytes: [UInt8] = [UInt8(ascii: "\"")]
        bytes.reserveCapacity(input.count + 16)
        var index = 0
        while index < input.count {
            let byte = input[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""): bytes += [UInt8(ascii: "\\"), byte]
            case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), byte]
            case UInt8(ascii: "\n"): bytes += Array("\\n".utf8)
            case UInt8(ascii: "\r"): bytes += Array("\\r".utf8)
            case UInt8(ascii: "\t"): bytes += Array("\\t".utf8)
            // `</script>` and line separators (U+2028, U+2029: E2 80 A8/A9) must not end or break a script.
            case UInt8(ascii: "<"): bytes += Array("\\u003c".utf8)
            case 0xE2 where index + 1 < input.count && input[index] == 0x80 && (input[index + 1] == 0xA8 || input[index + 1] == 0xA9):
                bytes += Array((input[index + 1] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                index += 2
            case ..<0x20: bytes += Array(("\\u" + String(byte, radix: 16).leftPadded(4)).utf8)
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
        return String(decoding: bytes, as: UTF8.self)
    }
}
