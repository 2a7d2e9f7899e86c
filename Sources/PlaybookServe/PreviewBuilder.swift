import Foundation
import PlaybookCache
import PlaybookCore
import PlaybookSite

/// Builds the site from a content and a templates folder, into memory, for ``SiteSnapshot``.
///
/// After a good build it keeps the rendered site with its playbook (``RenderedSite``), so an
/// edit to document bodies only re-reads those files, renders the pages that show them and
/// patches the search index; anything else renders in full, keeping the pages whose inputs
/// did not change.
public actor PreviewBuilder {
    public let content: String
    public let templates: String
    private var last: (site: RenderedSite, day: CalendarDay)?
    /// The site of the last good build, kept after a failed one for its unchanged pages.
    private var lastFiles: MemorySite?

    /// What one build did.
    public enum Outcome: Sendable, Equatable {
        /// Rendered in full; `rendered` pages had their values built. `reason` says why an edit
        /// could not be applied in place, when there was one to apply.
        case built(rendered: Int, reason: String?)
        /// Updated in place: `rendered` pages rendered.
        case updated(rendered: Int)
        /// Content errors or another failure, shown in the browser.
        case failed
    }

    /// The language of the error page, asked at each failure (playbook.md may have changed).
    private let language: @Sendable () -> PlaybookLocale

    public init(content: String, templates: String, language: @escaping @Sendable () -> PlaybookLocale = { .en }) {
        self.content = content
        self.templates = templates
        self.language = language
    }

    /// Builds and stores the result (or the errors) in `snapshot`. `edited` are content-relative
    /// documents changed since the last build, when nothing else changed (see
    /// ``FolderWatcher/Signature/editedDocuments(since:)``); `documents` every content document.
    public func build(into snapshot: SiteSnapshot, edited: [String]? = nil, documents: Set<String> = []) async -> Outcome {
        let options = PlaybookLoader.Options.current
        var reason: String?
        if let edited, let last {
            do {
                try require(last.day == options.today, Message(.reasonNewDay))
                let updated = try last.site.updating(edited, contentPath: content, knownFiles: documents)
                self.last = (updated, last.day)
                lastFiles = updated.site
                await snapshot.update(files: updated.site.files)
                return .updated(rendered: updated.renderedCount)
            } catch {
                reason = (error as? FullBuildReason)?.localized(in: language()) ?? "\(error)"
            }
        }
        do {
            var options = options
            options.reading = ParseCache(contentPath: content)
            options.deriveCards = false
            let result = try PlaybookLoader.load(contentPath: content, options: options)
            if result.hasErrors {
                last = nil
                let locale = language()
                await snapshot.fail(result.diagnostics.filter { $0.severity == .error }.map { $0.description(in: locale) },
                                    locale: locale)
                return .failed
            }
            let set = try TemplateSet.load(overridesAt: templates)
            let site = try RenderedSite(load: result, templates: set, templatesPath: templates,
                                        previous: lastFiles)
            last = (site, options.today)
            lastFiles = site.site
            await snapshot.update(files: site.site.files)
            return .built(rendered: site.renderedCount, reason: reason)
        } catch {
            last = nil
            let locale = language()
            await snapshot.fail([(error as? PlaybookIOError)?.localized(in: locale) ?? "\(error)"], locale: locale)
            return .failed
        }
    }
}
