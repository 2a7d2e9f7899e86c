/// The binary form of a read document (model, references, links, positions), for the parse
/// cache. Field order is the format: bump ``DocumentCache/formatVersion`` when it changes.
enum DocumentCodec {
    typealias Damaged = BinaryReader.Damaged

    // MARK: Read documents

    static func write(_ read: ReadDocument, to w: inout BinaryWriter) {
        w.write(read.file.relativePath)
        w.write(read.file.displayPath)
        w.write(read.file.absolutePath)
        w.write(read.references) { w, list in
            w.write(list.target.rawValue)
            w.write(list.key)
            w.write(list.entries) { w, entry in
                w.write(entry.value)
                write(entry.location, to: &w)
            }
        }
        w.write(read.links) { w, link in
            w.write(link.destination)
            write(link.location, to: &w)
        }
        write(read.reviewLocation, to: &w)
        write(read.idLocation, to: &w)
        write(model: read.document, to: &w)
    }

    /// The document model alone, tagged with its type.
    static func write(model document: any DocumentModel, to w: inout BinaryWriter) {
        switch document {
        case let product as Product: w.write(0); write(product, to: &w)
        case let competitor as Competitor: w.write(1); write(competitor, to: &w)
        case let set as ObjectionSet: w.write(2); write(set, to: &w)
        case let analysis as SelfAnalysis: w.write(3); write(analysis, to: &w)
        case let segment as Segment: w.write(4); write(segment, to: &w)
        case let study as CaseStudy: w.write(5); write(study, to: &w)
        default: preconditionFailure("a document model without a cache form: \(type(of: document))")
        }
    }

    /// Reads what ``write(model:to:)`` wrote.
    static func model(_ r: inout BinaryReader) throws(Damaged) -> any DocumentModel {
        switch try r.int() {
        case 0: return try product(&r)
        case 1: return try competitor(&r)
        case 2: return try objectionSet(&r)
        case 3: return try selfAnalysis(&r)
        case 4: return try segment(&r)
        case 5: return try caseStudy(&r)
        default: throw Damaged()
        }
    }

    static func readDocument(_ r: inout BinaryReader) throws(Damaged) -> ReadDocument {
        let file = ContentFile(relativePath: try r.string(), displayPath: try r.string(), absolutePath: try r.string())
        let references = try r.array { (r: inout BinaryReader) throws(Damaged) in
            ReferenceList(target: try documentType(&r), key: try r.string(),
                          entries: try r.array { (r: inout BinaryReader) throws(Damaged) in (try r.string(), try location(&r)) })
        }
        let links = try r.array { (r: inout BinaryReader) throws(Damaged) in
            ContentLink(destination: try r.string(), location: try location(&r))
        }
        let review = try location(&r)
        let id = try location(&r)
        let document = try model(&r)
        return ReadDocument(document: document, file: file, references: references, links: links,
                            reviewLocation: review, idLocation: id)
    }

    // MARK: Diagnostics and positions

    static func write(_ diagnostic: Diagnostic, to w: inout BinaryWriter) {
        w.write(diagnostic.severity.rawValue)
        w.write(diagnostic.code.rawValue)
        write(diagnostic.location, to: &w)
        w.write(diagnostic.message)
    }

    static func diagnostic(_ r: inout BinaryReader) throws(Damaged) -> Diagnostic {
        guard let severity = Severity(rawValue: try r.string()), let code = DiagnosticCode(rawValue: try r.string()) else {
            throw Damaged()
        }
        return Diagnostic(severity, code, at: try location(&r), try r.string())
    }

    static func write(_ location: SourceLocation, to w: inout BinaryWriter) {
        w.write(location.path)
        w.write(location.line)
        w.write(location.column)
    }

    static func location(_ r: inout BinaryReader) throws(Damaged) -> SourceLocation {
        SourceLocation(path: try r.string(), line: try r.int(), column: try r.int())
    }

    static func write(_ reference: SourceReference, to w: inout BinaryWriter) {
        w.write(reference.path)
        w.write(reference.line)
    }

    static func reference(_ r: inout BinaryReader) throws(Damaged) -> SourceReference {
        SourceReference(path: try r.string(), line: try r.int())
    }

    static func documentType(_ r: inout BinaryReader) throws(Damaged) -> DocumentType {
        guard let type = DocumentType(rawValue: try r.string()) else { throw Damaged() }
        return type
    }

    // MARK: Shared parts

    static func write(_ info: DocumentInfo, to w: inout BinaryWriter) {
        w.write(info.id)
        w.write(info.type.rawValue)
        w.write(info.title)
        w.write(info.tags)
        w.write(info.draft)
        w.write(info.owner)
        w.write(info.reviewed?.description)
        w.write(info.reviewEvery?.description)
        write(info.source, to: &w)
        w.write(info.file)
    }

    static func info(_ r: inout BinaryReader) throws(Damaged) -> DocumentInfo {
        let id = try r.string(), type = try documentType(&r), title = try r.string(), tags = try r.strings()
        let draft = try r.bool(), owner = try r.optionalString()
        let reviewed = try r.optionalString(), every = try r.optionalString()
        let day = try reviewed.map { (text: String) throws(Damaged) -> CalendarDay in
            guard let day = CalendarDay(iso: text) else { throw Damaged() }
            return day
        }
        let interval = try every.map { (text: String) throws(Damaged) -> ReviewInterval in
            guard let interval = ReviewInterval(text) else { throw Damaged() }
            return interval
        }
        return DocumentInfo(id: id, type: type, title: title, tags: tags, draft: draft, owner: owner, reviewed: day,
                            reviewEvery: interval, source: try reference(&r), file: try r.string())
    }

    static func write(_ item: NamedItem, to w: inout BinaryWriter) {
        w.write(item.id); w.write(item.name); w.write(item.detail); w.write(item.detailHtml)
        w.write(item.highlights); w.write(item.line)
    }

    static func namedItem(_ r: inout BinaryReader) throws(Damaged) -> NamedItem {
        NamedItem(id: try r.string(), name: try r.string(), detail: try r.string(), detailHtml: try r.string(),
                  highlights: try r.strings(), line: try r.int())
    }

    static func items(_ r: inout BinaryReader) throws(Damaged) -> [NamedItem] { try r.array(namedItem) }

    static func write(_ fact: Fact, to w: inout BinaryWriter) {
        w.write(fact.name); w.write(fact.value); w.write(fact.valueHtml)
    }

    static func facts(_ r: inout BinaryReader) throws(Damaged) -> [Fact] {
        try r.array { (r: inout BinaryReader) throws(Damaged) in
            Fact(name: try r.string(), value: try r.string(), valueHtml: try r.string())
        }
    }

    static func write(_ section: FreeSection, to w: inout BinaryWriter) {
        w.write(section.id); w.write(section.title); w.write(section.text); w.write(section.html)
    }

    static func sections(_ r: inout BinaryReader) throws(Damaged) -> [FreeSection] {
        try r.array { (r: inout BinaryReader) throws(Damaged) in
            FreeSection(id: try r.string(), title: try r.string(), text: try r.string(), html: try r.string())
        }
    }

    static func write(_ section: RichSection, to w: inout BinaryWriter) {
        w.write(section.items) { w, item in write(item, to: &w) }
        w.write(section.text)
        w.write(section.html)
    }

    static func richSection(_ r: inout BinaryReader) throws(Damaged) -> RichSection {
        RichSection(items: try items(&r), text: try r.string(), html: try r.string())
    }

    static func write(_ quiz: [QuizItem], to w: inout BinaryWriter) {
        w.write(quiz) { w, item in
            w.write(item.id); w.write(item.question); w.write(item.answer)
            w.write(item.choices) { w, choice in w.write(choice.text); w.write(choice.correct) }
            w.write(item.line)
        }
    }

    static func quiz(_ r: inout BinaryReader) throws(Damaged) -> [QuizItem] {
        try r.array { (r: inout BinaryReader) throws(Damaged) in
            QuizItem(id: try r.string(), question: try r.string(), answer: try r.optionalString(),
                     choices: try r.array { (r: inout BinaryReader) throws(Damaged) in
                         QuizChoice(text: try r.string(), correct: try r.bool())
                     },
                     line: try r.int())
        }
    }

    static func write(_ rows: [ComparisonRow], to w: inout BinaryWriter) {
        w.write(rows) { w, row in
            w.write(row.id); w.write(row.dimension); w.write(row.verdict); w.write(row.line)
            w.write(row.entries) { w, entry in
                w.write(entry.party); w.write(entry.competitor); w.write(entry.isUs); w.write(entry.text)
                w.write(entry.textHtml); w.write(entry.highlights); w.write(entry.partyLink)
                w.write(entry.partyLocation != nil)
                if let location = entry.partyLocation { write(location, to: &w) }
            }
        }
    }

    static func comparison(_ r: inout BinaryReader) throws(Damaged) -> [ComparisonRow] {
        try r.array { (r: inout BinaryReader) throws(Damaged) in
            let id = try r.string(), dimension = try r.string(), verdict = try r.optionalString(), line = try r.int()
            let entries = try r.array { (r: inout BinaryReader) throws(Damaged) -> ComparisonEntry in
                var entry = ComparisonEntry(party: try r.string(), competitor: try r.optionalString(), isUs: try r.bool(),
                                            text: try r.string(), textHtml: try r.string())
                entry.highlights = try r.strings()
                entry.partyLink = try r.optionalString()
                entry.partyLocation = try r.bool() ? try location(&r) : nil
                return entry
            }
            return ComparisonRow(id: id, dimension: dimension, entries: entries, verdict: verdict, line: line)
        }
    }
}
