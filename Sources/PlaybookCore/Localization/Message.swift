/// A user-facing sentence before it is put into words: what to say (a typed ``MessageID``)
/// and the values it names, rendered in any UI language by ``MessageCatalog``.
///
/// Diagnostics keep their message in this form, so a parse cached once can be shown in
/// whichever language the next command runs in.
public struct Message: Sendable, Hashable, Codable {
    public var id: MessageID
    /// The values the template names as `{1}`, `{2}` …, in order.
    public var arguments: [String]

    public init(_ id: MessageID, _ arguments: [String]) {
        self.id = id
        self.arguments = arguments
    }

    public init(_ id: MessageID, _ arguments: String...) {
        self.init(id, arguments)
    }

    /// A sentence that has no catalog entry yet; shown as written in every language.
    public static func verbatim(_ text: String) -> Message { Message(.verbatim, text) }

    /// The sentence in `locale`.
    public func text(in locale: PlaybookLocale) -> String {
        MessageCatalog.render(self, in: locale)
    }
}
