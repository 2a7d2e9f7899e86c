import Foundation
import PlaybookCore

/// What a page is built from, as one number computed without building the page: the
/// program and templates, the playbook's *shared outline*, and the whole content of the few
/// documents the page declares (see ``PageRecipe/documents``).
///
/// The outline is every document with the parts only its own pages show left out
/// (``outline(of:)``): titles, IDs, files, tags, categories, summaries, relations and review
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
    private let digests: [String: UInt64]
    /// Base key, mixed with the outline of every document and the settings.
    private let shared: UInt64

    init(playbook: Playbook, base: UInt64) {
        let documents = playbook.documents
        let pairs = ParallelMap.map(Array(documents.indices)) { index -> (UInt64, UInt64) in
            let document = documents[index]
            return (DocumentDigest.of(document), DocumentDigest.of(PageInputs.outline(of: document)))
        }
        var hash = FNV1a()
        hash.mix(base)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        hash.mix((try? encoder.encode(playbook.settings)).map { [UInt8]($0) } ?? [])
        hash.mix(UInt64(documents.count))
        var digests: [String: UInt64] = [:]
        for (document, pair) in zip(documents, pairs) {
            hash.mix(pair.1)
            digests[document.info.file] = pair.0
        }
        self.digests = digests
        shared = hash.value
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

    /// The document without the parts only pages that declare it show.
    static func outline(of document: any DocumentModel) -> any DocumentModel {
        switch document {
        case var product as Product:
            product.summaryHtml = ""
            product.facts = []; product.marketPosition = []
            product.sellingPoints = []; product.buyerValues = []; product.audience = []; product.talkTracks = []
            product.knowledge = ""; product.knowledgeHtml = ""
            product.quiz = []; product.sections = []
            return product  // the comparison stays: competitor pages show each product's rows
        case var competitor as Competitor:
            competitor.summaryHtml = ""
            competitor.strengths = []; competitor.weaknesses = []; competitor.comparison = []
            competitor.howToWin = RichSection()
            competitor.quiz = []; competitor.sections = []
            return competitor
        case var set as ObjectionSet:
            set.summary = ""; set.summaryHtml = ""; set.quiz = []
            set.objections = set.objections.map { objection in
                var outline = objection
                outline.context = ""; outline.contextHtml = ""; outline.response = ""; outline.responseHtml = ""
                outline.keyPoints = []; outline.avoid = []; outline.followUps = []
                return outline
            }
            return set
        case let analysis as SelfAnalysis:
            return SelfAnalysis(info: analysis.info)
        case var segment as Segment:
            segment.summaryHtml = ""
            segment.profile = RichSection(); segment.needs = RichSection()
            segment.decisionMakers = RichSection(); segment.approach = RichSection()
            segment.quiz = []; segment.sections = []
            return segment
        case var study as CaseStudy:
            study.summaryHtml = ""
            study.background = RichSection(); study.approach = RichSection(); study.result = RichSection()
            study.quiz = []; study.sections = []
            return study
        default:
            return document
        }
    }
}
