/// A list entry with a bold lead: `- **名称**：说明`. The name is the bold lead and the
/// detail is the rest. An entry without a bold lead has the whole text as its name.
public struct NamedItem: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var detail: String
    public var detailHtml: String
    /// The **bold** phrases of the detail: what matters most, and what a typed answer must cover.
    public var highlights: [String]
    public var line: Int

    public init(id: String, name: String, detail: String, detailHtml: String, highlights: [String] = [], line: Int) {
        self.id = id
        self.name = name
        self.detail = detail
        self.detailHtml = detailHtml
        self.highlights = highlights
        self.line = line
    }
}

/// A fact: `- 名称：值`.
public struct Fact: Sendable, Hashable, Codable {
    public var name: String
    public var value: String
    public var valueHtml: String

    public init(name: String, value: String, valueHtml: String) {
        self.name = name
        self.value = value
        self.valueHtml = valueHtml
    }
}

/// A section whose heading names no known section; kept and rendered as written.
public struct FreeSection: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    public var text: String
    public var html: String

    public init(id: String, title: String, text: String, html: String) {
        self.id = id
        self.title = title
        self.text = text
        self.html = html
    }
}

/// A section of free Markdown that may also hold named items (segment and case sections,
/// a competitor's positioning).
public struct RichSection: Sendable, Hashable, Codable {
    public var items: [NamedItem]
    public var text: String
    public var html: String

    public init(items: [NamedItem] = [], text: String = "", html: String = "") {
        self.items = items
        self.text = text
        self.html = html
    }

    public var isEmpty: Bool { text.isEmpty && items.isEmpty }
}
