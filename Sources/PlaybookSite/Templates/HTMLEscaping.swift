import Mustache
import PlaybookCore

/// HTML escaping for templates that ask for it with `{{% CONTENT_TYPE: PLAYBOOK_HTML }}` (every
/// built-in template does): the same five characters as swift-mustache's default HTML type,
/// escaped by ``HTMLEscaping``, which works on bytes instead of Characters.
struct PlaybookHTMLEscaping: MustacheContentType {
    static let name = "PLAYBOOK_HTML"

    /// Registers the content type with swift-mustache (once; before templates are parsed).
    static let register: Void = MustacheContentTypes.register(PlaybookHTMLEscaping(), named: name)

    func escapeText(_ text: String) -> String {
        HTMLEscaping.escape(text)
    }
}
