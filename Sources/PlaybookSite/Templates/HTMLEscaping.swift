import Mustache

/// HTML escaping for templates that ask for it with `{{% CONTENT_TYPE: PLAYBOOK_HTML }}` (every
/// built-in template does). It escapes the same five characters as swift-mustache's default
/// HTML type, but works on UTF-8 bytes and returns text without any of them untouched: the
/// default walks every Character and was a tenth of a large build.
struct PlaybookHTMLEscaping: MustacheContentType {
    static let name = "PLAYBOOK_HTML"

    /// Registers the content type with swift-mustache (once; before templates are parsed).
    static let register: Void = MustacheContentTypes.register(PlaybookHTMLEscaping(), named: name)

    func escapeText(_ text: String) -> String {
        PlaybookHTMLEscaping.escape(text)
    }

    static func escape(_ text: String) -> String {
        let utf8 = text.utf8
        guard let first = utf8.firstIndex(where: needsEscape) else { return text }
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

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
