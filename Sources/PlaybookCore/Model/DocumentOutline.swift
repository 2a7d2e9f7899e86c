/// A document's *outline*: the parts that views of other documents show (titles, IDs, files,
/// tags, categories, summaries, relations, review dates, comparison rows), without the parts
/// only the document's own views show (bodies, quizzes, sections, responses).
///
/// A site page may show the outline of every document and the whole of the documents it
/// declares; so an edit that leaves a document's outline unchanged can change only the pages
/// that declare it. `PageInputsTests` edits each left-out part and checks that claim.
public enum DocumentOutline {
    /// The document without the parts only views that declare it show.
    public static func of(_ document: any DocumentModel) -> any DocumentModel {
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
