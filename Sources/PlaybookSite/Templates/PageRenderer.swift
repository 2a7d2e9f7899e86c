import Mustache

/// Renders pages: through the compiled built-in theme (``CompiledTheme``) where the templates a
/// page uses are the built-in ones, and through swift-mustache at run time where the user's
/// Templates/ folder overrides one of them. Both write the same bytes for the same templates.
package struct PageRenderer: Sendable {
    /// Which path renders the built-in templates.
    package enum Engine: String, Sendable, CaseIterable {
        /// The compiled theme wherever no template it compiled is overridden (the default).
        case compiled
        /// swift-mustache for every template (to compare the two paths).
        case interpreted
    }

    let library: MustacheLibrary
    let overridden: Set<String>
    let engine: Engine

    /// `templates` as a library; `overridden` names the templates (without `.mustache`) the user replaced.
    init(library: MustacheLibrary, overridden: Set<String>, engine: Engine = .compiled) {
        self.library = library
        self.overridden = overridden
        self.engine = engine
    }

    /// Whether `template` (with its partials) renders compiled.
    func isCompiled(_ template: String) -> Bool {
        guard engine == .compiled, let uses = CompiledTheme.templates[template] else { return false }
        return uses.isDisjoint(with: overridden)
    }

    /// The page's body from its template.
    func body(_ model: any PageModel, frame: PageFrame) -> String {
        let template = type(of: model).template
        if isCompiled(template) { return CompiledTheme.body(model, frame: frame) }
        return library.render(PageScope(model: model, frame: frame), withTemplate: template) ?? ""
    }

    /// The whole page: the layout around `frame.content`.
    func layout(_ model: any PageModel, frame: PageFrame) -> String {
        if isCompiled("layout") { return CompiledTheme.layout(model, frame: frame) }
        return library.render(PageScope(model: model, frame: frame), withTemplate: "layout") ?? ""
    }
}
