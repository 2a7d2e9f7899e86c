/// Escaping text for HTML element content and attribute values: the five characters
/// `< > & " '`, the same as Mustache's own escaping. Works on UTF-8 bytes, and returns text
/// without any of them untouched, since every value of every page goes through it.
public enum HTMLEscaping {
    public static func escape(_ text: some StringProtocol) -> String {
        let utf8 = text.utf8
        guard let first = utf8.firstIndex(where: needsEscape) else { return String(text) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 16)
        bytes.append(contentsOf: utf8[..<first])
        for byte in utf8[first...] {
            switch byte {
            case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "\""): bytes.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): bytes.append(contentsOf: "&#39;".utf8)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `escape(text)` for a String: specialised, since every value of every page goes through it.
    public static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: needsEscape) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        append(text, to: &out)
        return out
    }

    /// Appends `text` escaped to `out`: runs without those characters are appended as they are.
    public static func append(_ text: String, to out: inout String) {
        let utf8 = text.utf8
        var run = utf8.startIndex
        var index = run
        while index < utf8.endIndex {
            let replacement: String? = switch utf8[index] {
            case UInt8(ascii: "<"): "&lt;"
            case UInt8(ascii: ">"): "&gt;"
            case UInt8(ascii: "&"): "&amp;"
            case UInt8(ascii: "\""): "&quot;"
            case UInt8(ascii: "'"): "&#39;"
            default: nil
            }
            utf8.formIndex(after: &index)
            guard let replacement else { continue }
            out += text[run..<utf8.index(before: index)]
            out += replacement
            run = index
        }
        if run == utf8.startIndex { out += text } else { out += text[run...] }
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
