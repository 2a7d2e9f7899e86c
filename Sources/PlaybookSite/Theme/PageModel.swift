import Mustache
import PlaybookCore

/// The typed values one page template shows: one struct per page kind, built by the page
/// builders in `Pages/` and rendered either by the compiled built-in theme
/// (``CompiledTheme``) or, for a template the user overrides, by swift-mustache at run time.
///
/// `scripts/compile-theme.py` reads these structs (their stored `let`/`var` fields and computed
/// `var`s) and generates their `MustacheParent` and ``RenderKeyValue`` conformances, so the
/// run-time path needs no `Mirror` and both paths see the same fields.
protocol PageModel: MustacheParent, RenderKeyValue, Sendable {
    /// The template that renders pages of this kind, without `.mustache`.
    static var template: String { get }
}

/// A value that can be mixed into a page's render key (``RenderKey``): the same value always
/// mixes the same bytes, in every process.
protocol RenderKeyValue {
    func mix(into hash: inout FNV1a)
}

extension String: RenderKeyValue {
    func mix(into hash: inout FNV1a) {
        hash.mix(byte: 1)
        hash.mix(UInt64(utf8.count))
        hash.mix(self)
    }
}

extension Bool: RenderKeyValue {
    func mix(into hash: inout FNV1a) { hash.mix(byte: self ? 2 : 3) }
}

extension Int: RenderKeyValue {
    func mix(into hash: inout FNV1a) {
        hash.mix(byte: 4)
        hash.mix(UInt64(bitPattern: Int64(self)))
    }
}

extension Array: RenderKeyValue where Element: RenderKeyValue {
    func mix(into hash: inout FNV1a) {
        hash.mix(byte: 7)
        hash.mix(UInt64(count))
        for element in self { element.mix(into: &hash) }
    }
}

extension Optional: RenderKeyValue where Wrapped: RenderKeyValue {
    func mix(into hash: inout FNV1a) {
        switch self {
        case .none: hash.mix(byte: 8)
        case .some(let value): value.mix(into: &hash)
        }
    }
}

extension Dictionary: RenderKeyValue where Key == String, Value == String {
    func mix(into hash: inout FNV1a) {
        hash.mix(byte: 6)
        hash.mix(UInt64(count))
        for key in keys.sorted() {
            key.mix(into: &hash)
            self[key]!.mix(into: &hash)
        }
    }
}

/// What every page's templates may name besides the page's own model: the site, the interface
/// text and the navigation. The layout renders with ``content`` set to the page's body.
struct PageFrame: Sendable {
    var root: String
    /// The interface text (`t.home`, `t.colon`, …); mixed into every key once (``RenderKey``).
    var t: [String: String]
    var lang: String
    var siteTitle: String
    var pageTitle: String
    var isHome: Bool
    var homeHref: String
    var nav: [NavItemView]
    var tagsHref: String
    var reviewsHref: String
    var battleCardsHref: String
    var bodyClass: String
    /// The page's rendered body: set only while the layout renders.
    var content: String?
}

/// The values a page's templates see at their root: the page's model over the frame, as
/// swift-mustache's context stack would hold them (the model's fields first).
struct PageScope: MustacheParent {
    let model: any PageModel
    let frame: PageFrame

    func child(named name: String) -> Any? {
        model.child(named: name) ?? frame.child(named: name)
    }
}
