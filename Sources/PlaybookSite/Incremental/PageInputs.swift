import Foundation
import PlaybookCache
import PlaybookCore

/// What a page is built from, as one number computed without building the page: the
/// program and templates, the playbook's *shared outline*, and the whole content of the few
/// documents the page declares (see ``PageRecipe/documents``).
///
/// The outline is every document with the parts only its own pages show left out
/// (``DocumentOutline``, and ``PageContext`` gives pages nothing else of undeclared documents): titles, IDs, files, tags, categories, summaries, relations and review
/// dates, which navigation, lists and cross-links show on many pages. A page may show anything
/// of the outline and the whole of its declared documents, nothing else. So an edit to a
/// document's body changes the key of its own pages only, and a build after it need not even
/// build the values of the other thousands of pages to know they are unchanged.
///
/// Which parts are left out is the one thing this depends on being right: a part left out of
/// the outline but shown on another page would leave that page stale. `PageInputsTests` edits
/// each left-out part and compares an incremental render with a fresh one.
struct PageInputs: Sendable {
    /// Relative file → digest of the whole document.
    private(set) var digests: [String: UInt64]
    /// Base key, mixed with the outline of every document and the settings.
    let shared: UInt64
    /// Relative file → digest of the document's outline.
    let outlineDigests: [String: UInt64]
    /// Each document's outline in ``DocumentDigest/encode(_:)`` form, in playbook order, for
    /// the build state (``SiteBuildState``).
    let outlines: [[UInt8]]

    init(playbook: Playbook, base: UInt64) {
        let documents = playbook.documents
        let encoded = ParallelMap.map(Array(documents.indices)) { index -> (UInt64, [UInt8]) in
            let document = documents[index]
            return (DocumentDigest.of(document), DocumentDigest.encode(outline: document.anyOutline))
        }
        var hash = FNV1a()
        hash.mix(PageInputs.settingsKey(base: base, settings: playbook.settings))
        hash.mix(UInt64(documents.count))
        var digests: [String: UInt64] = [:], outlineDigests: [String: UInt64] = [:]
        for (document, pair) in zip(documents, encoded) {
            let outline = DocumentDigest.of(encoded: pair.1)
            hash.mix(outline)
            digests[document.info.file] = pair.0
            outlineDigests[document.info.file] = outline
        }
        self.digests = digests
        self.outlineDigests = outlineDigests
        outlines = encoded.map(\.1)
        shared = hash.value
    }

    /// Inputs an earlier build computed, with the whole-document digests of `changed` replaced.
    init(shared: UInt64, digests: [String: UInt64], outlineDigests: [String: UInt64], changed: [any DocumentModel]) {
        self.shared = shared
        self.digests = digests
        self.outlineDigests = outlineDigests
        outlines = []
        for document in changed { self.digests[document.info.file] = DocumentDigest.of(document) }
    }

    private static func settingsKey(base: UInt64, settings: PlaybookSettings) -> UInt64 {
        var hash = FNV1a()
        hash.mix(base)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        hash.mix((try? encoder.encode(settings)).map { [UInt8]($0) } ?? [])
        return hash.value
    }

    /// The key of a page at `path` that shows the whole of the documents in `files`; nil if one
    /// of them is not in the playbook.
    func key(path: SitePath, files: [String]) -> UInt64? {
        var hash = FNV1a()
        hash.mix(shared)
        hash.mix(UInt64(path.path.utf8.count))
        hash.mix(path.path)
        hash.mix(UInt64(files.count))
        for file in files {
            guard let digest = digests[file] else { return nil }
            hash.mix(UInt64(file.utf8.count))
            hash.mix(file)
            hash.mix(digest)
        }
        return hash.value
    }
}
