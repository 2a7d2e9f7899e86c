import Foundation
import Mustache
import PlaybookCore

/// Renders a playbook into the files of a static site.
public struct SiteBuilder: Sendable {
    public let playbook: Playbook
    public let templates: TemplateSet
    /// How the templates folder is named in messages.
    public let templatesDisplayPath: String
    /// Which path renders the built-in templates (tests compare the two).
    var engine = PageRenderer.Engine.compiled

    public init(playbook: Playbook, templates: TemplateSet, templatesDisplayPath: String = "Templates") {
        self.playbook = playbook
        self.templates = templates
        self.templatesDisplayPath = templatesDisplayPath
    }

    /// The site's files: site-relative path → bytes.
    public func render() throws -> [String: Data] {
        let files = MemorySite()
        try render(into: files)
        return files.files
    }

    /// Renders every file of the site and hands each to `sink` as soon as it is ready, from any
    /// thread, so the pages of a large site never sit in memory together. A page the sink
    /// already holds a file for, rendered from the same inputs (``PageInputs``) or the same
    /// values (``RenderKey``), is not rendered again; with the same inputs its values are not
    /// even built. The first error (a missing template, two pages on one path, or one thrown
    /// by the sink) is thrown once the pages in flight are done; files already emitted are
    /// then not a complete site.
    @discardableResult
    public func render(into sink: some SiteSink) throws -> SiteRenderReport {
        let renderer = try self.renderer()
        let context = PageContext(playbook: playbook)
        let base = SiteBuilder.base(templates: templates, context: context)
        let inputs = PageInputs(playbook: playbook, base: base)
        PhaseTimer.mark("page inputs")
        try SiteBuilder.renderPages(context.recipes(), context: context, renderer: renderer, base: base, inputs: inputs,
                                    templatesDisplayPath: templatesDisplayPath, into: sink)
        PhaseTimer.mark("render pages")
        for asset in templates.assets { try sink.put(asset.path, asset.data, keys: PageKeys()) }
        try sink.put(PracticeAppBundle.path, PracticeAppBundle.contents(assets: templates.assets), keys: PageKeys())
        let practice = try PracticeFiles.write(playbook: playbook, into: sink)
        PhaseTimer.mark("practice data")
        let language = SearchLanguage(playbookGroups: SearchLanguage.playbookGroups(of: playbook))
        let search = SearchIndex(documents: context.searchDocuments(), language: language)
        let searchFiles = search.indexFiles().map { file in SearchIndex.KeyedFile(path: file.path, key: nil) { file.contents } }
            + search.textShards(base: base)
        // A text shard whose texts are unchanged is kept as it is, without being written out again.
        let searchFailures = ParallelMap.map(searchFiles) { file -> Error? in
            do {
                let keys = PageKeys(inputs: file.key)
                if file.key != nil, try sink.reuse(file.path, keys: keys) { return nil }
                try sink.put(file.path, Data(file.contents().utf8), keys: keys)
                return nil
            } catch {
                return error
            }
        }
        if let failure = searchFailures.lazy.compactMap({ $0 }).first { throw failure }
        PhaseTimer.mark("search: text shards, writing")
        return SiteRenderReport(base: base, inputs: inputs, fold: search.fold, census: search.ideographs,
                                postingShards: search.postingShards, searchFiles: search.documents.map(\.files),
                                vocabulary: search.vocabulary, searchGroups: language.playbookGroups,
                                practiceDeck: practice.deck, workingSet: [context])
    }

    /// The templates, checked to include the layout, and how each renders.
    func renderer() throws -> PageRenderer {
        try SiteBuilder.renderer(templates: templates, displayRoot: templatesDisplayPath, engine: engine)
    }

    static func renderer(templates: TemplateSet, displayRoot: String, engine: PageRenderer.Engine = .compiled) throws -> PageRenderer {
        let library = try templates.library(displayRoot: displayRoot)
        for required in ["layout"] where library.getTemplate(named: required) == nil {
            throw SiteError(path: displayRoot, message: "there is no \(required).mustache")
        }
        let overridden = Set(templates.overridden.filter { $0.hasSuffix(".mustache") }.map { String($0.dropLast(".mustache".count)) })
        return PageRenderer(library: library, overridden: overridden, engine: engine)
    }

    /// The part of every page's keys that the templates, the program and the interface text make.
    static func base(templates: TemplateSet, context: PageContext) -> UInt64 {
        // Every page shows the interface text: mix it into the shared part of the key once.
        RenderKey.mix(context.text, into: RenderKey.base(templates: templates))
    }

    /// Renders `recipes` into `sink` on every core, keeping what the sink already holds for the
    /// same inputs or values.
    static func renderPages(_ recipes: [PageRecipe], context: PageContext, renderer: PageRenderer, base: UInt64,
                            inputs: PageInputs, templatesDisplayPath displayRoot: String, into sink: some SiteSink) throws {
        let claimed = Locked(Set<String>())  // site paths already taken by a page
        let failures = ParallelMap.map(recipes) { recipe -> Error? in
            let path = recipe.path.path
            guard claimed.withLock({ $0.insert(path).inserted }) else {
                return SiteError(path: path, message: "two pages would be written here; give one of them another ID")
            }
            do {
                var keys = PageKeys(inputs: inputs.key(path: recipe.path, files: recipe.documents))
                if keys.inputs != nil, try sink.reuse(path, keys: keys) { return nil }
                guard let page = recipe.page(in: context) else {
                    return SiteError(path: path, message: "a document this page shows was not read; build again with --force")
                }
                assert(page.path == recipe.path, "a recipe for \(path) built \(page.path.path)")
                guard renderer.library.getTemplate(named: page.template) != nil else {
                    return SiteError(path: "\(displayRoot)/\(page.template).mustache", message: "template is missing; it renders \(path)")
                }
                var frame = context.frame(for: page)
                keys.values = RenderKey.key(base: base, model: page.model, frame: frame)
                if keys.values != nil, try sink.reuse(path, keys: keys) { return nil }
                frame.content = TableOfContents.fill(renderer.body(page.model, frame: frame), label: context.text["onThisPage"] ?? "")
                try sink.put(path, Data(renderer.layout(page.model, frame: frame).utf8), keys: keys)
                return nil
            } catch {
                return error
            }
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
    }
}

/// What a full render computed that a later build can start from (see ``SiteUpdate``).
public struct SiteRenderReport: Sendable {
    var base: UInt64
    var inputs: PageInputs
    var fold: [Unicode.Scalar: Unicode.Scalar]
    var census: IdeographCensus
    var postingShards: Int
    var searchFiles: [[String]]
    /// The search corpus's words, and the playbook's own synonym groups the search language was made with.
    var vocabulary: SearchVocabulary
    var searchGroups: [[String]]
    /// The practice deck written, without its shards' JSON.
    var practiceDeck: PracticeDeck? = nil
    /// What the render built and no longer needs (pages' shared values), for a one-shot command
    /// that would rather leave it to the process exit than free it (see the CLI's `ExitRetention`).
    package var workingSet: [any Sendable] = []
}

/// What a page was rendered from, as two keys a later build can compare without rendering.
public struct PageKeys: Sendable, Equatable {
    /// From the page's inputs (``PageInputs``): known before the page's values are built.
    public var inputs: UInt64?
    /// From the page's values (``RenderKey``).
    public var values: UInt64?

    public init(inputs: UInt64? = nil, values: UInt64? = nil) {
        self.inputs = inputs
        self.values = values
    }

    /// Whether a file rendered with `self` can stand for one rendered with `wanted`: one of the
    /// keys `wanted` has is equal.
    func matches(_ wanted: PageKeys) -> Bool {
        (wanted.inputs != nil && wanted.inputs == inputs) || (wanted.values != nil && wanted.values == values)
    }

    /// The keys to record for a file kept for `wanted`: its values key stays valid when only
    /// the inputs key was compared.
    func kept(for wanted: PageKeys) -> PageKeys {
        PageKeys(inputs: wanted.inputs, values: wanted.values ?? values)
    }
}

/// Where ``SiteBuilder`` puts the files it renders; called from several threads at once.
public protocol SiteSink: Sendable {
    /// Stores a file. `keys` identify what a page was rendered from (empty for other files).
    func put(_ path: String, _ data: Data, keys: PageKeys) throws
    /// Keeps the file already at `path` if it was rendered from the same inputs or values
    /// (see ``PageKeys/matches(_:)``), recording `keys` for it; false to render it.
    func reuse(_ path: String, keys: PageKeys) throws -> Bool
}


