/// One content file read into a document of its type, with what later checks need.
package struct ReadDocument: Sendable, Codable {
    package var document: any DocumentModel
    package var file: ContentFile
    var references: [ReferenceList]
    var links: [ContentLink]
    /// Where `reviewed:` is written (or the file start), for review-date warnings.
    var reviewLocation: SourceLocation
    /// Where `id:` is written (or the file start), for duplicate-ID errors.
    var idLocation: SourceLocation

    private enum CodingKeys: CodingKey { case document, file, references, links, reviewLocation, idLocation }

    init(document: any DocumentModel, file: ContentFile, references: [ReferenceList], links: [ContentLink],
         reviewLocation: SourceLocation, idLocation: SourceLocation) {
        self.document = document
        self.file = file
        self.references = references
        self.links = links
        self.reviewLocation = reviewLocation
        self.idLocation = idLocation
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        document = try c.decode(TaggedDocument.self, forKey: .document).document
        file = try c.decode(ContentFile.self, forKey: .file)
        references = try c.decode([ReferenceList].self, forKey: .references)
        links = try c.decode([ContentLink].self, forKey: .links)
        reviewLocation = try c.decode(SourceLocation.self, forKey: .reviewLocation)
        idLocation = try c.decode(SourceLocation.self, forKey: .idLocation)
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(TaggedDocument(document), forKey: .document)
        try c.encode(file, forKey: .file)
        try c.encode(references, forKey: .references)
        try c.encode(links, forKey: .links)
        try c.encode(reviewLocation, forKey: .reviewLocation)
        try c.encode(idLocation, forKey: .idLocation)
    }
}

/// Reads one content file: front matter, type, ID, common fields, then the type's parser.
enum DocumentReader {
    static func read(_ file: ContentFile, text: String, settings: PlaybookSettings,
                     log: inout DiagnosticLog) -> ReadDocument? {
        guard let split = FrontMatterSplitter.split(text) else {
            log.error(.unclosedFrontMatter, at: SourceLocation(path: file.displayPath, line: 1),
                      Message(.frontMatterUnclosed))
            return nil
        }
        let source = SourceText(path: file.displayPath, text: text, bodyLineOffset: split.bodyLineOffset)
        let frontMatter: FrontMatter
        if let yaml = split.yaml {
            guard let parsed = FrontMatter(yaml: yaml, source: source, log: &log) else { return nil }
            frontMatter = parsed
        } else {
            frontMatter = FrontMatter(source: source)
        }

        guard let type = documentType(file, frontMatter: frontMatter, log: &log) else { return nil }
        let known = FrontMatterKeys.known(for: type)
        for (key, location) in frontMatter.keys where !known.contains(key) {
            let sorted = known.sorted()
            log.warning(.unknownField, at: location, NearestName.nearest(to: key, among: sorted).map {
                Message(.unknownFieldDidYouMean, key, type.rawValue, $0)
            } ?? Message(.unknownField, key, type.rawValue, sorted.joined(separator: ", ")))
        }

        let id = documentID(file, frontMatter: frontMatter, log: &log)
        let (blanked, hints) = ScaffoldPlaceholders.blankOut(split.body)
        for hint in hints {
            log.warning(.placeholder, at: source.location(line: split.bodyLineOffset + hint.line, column: hint.column),
                        Message(.placeholderText, hint.text))
        }
        let markdown = MarkdownDocument(blanked)
        let body = DocumentBody(markdown)
        var context = DocumentContext(source: source, type: type, documentID: id,
                                      options: HTMLRenderOptions(unsafe: settings.unsafeHTML))
        ContentScanner.scan(markdown.rootNode, context: &context)

        let title = title(for: type, file: file, frontMatter: frontMatter, body: body, locale: settings.locale, log: &log)
        let info = DocumentInfo(
            id: id, type: type, title: title,
            tags: frontMatter.strings("tags", log: &log).map(\.value),
            draft: frontMatter.bool("draft", log: &log) ?? false,
            owner: filled("owner", frontMatter, log: &log),
            reviewed: frontMatter.day("reviewed", log: &log),
            reviewEvery: frontMatter.reviewInterval("reviewEvery", log: &log) ?? settings.reviewEvery,
            source: SourceReference(path: file.displayPath, line: 1), file: file.relativePath)

        func references(_ key: String, _ target: DocumentType) -> ReferenceList {
            ReferenceList(target: target, key: key, entries: frontMatter.strings(key, log: &log).map { .init(value: $0.value, location: $0.location) })
        }
        var refs: [ReferenceList] = []
        let document: any DocumentModel
        switch type {
        case .product:
            let competitors = references("competitors", .competitor)
            refs = [competitors]
            document = ProductParser.parse(body, info: info, category: filled("category", frontMatter, log: &log),
                                           competitors: competitors.ids, context: &context)
        case .competitor:
            let aliases = frontMatter.strings("aliases", log: &log).map(\.value)
            document = CompetitorParser.parse(body, info: info, aliases: aliases, context: &context)
        case .objections:
            let products = references("products", .product)
            let competitors = references("competitors", .competitor)
            refs = [products, competitors]
            let metadata = ObjectionParser.FileMetadata(
                category: filled("category", frontMatter, log: &log), tags: info.tags,
                products: products.ids, competitors: competitors.ids)
            document = ObjectionParser.parse(body, info: info, metadata: metadata, context: &context)
        case .`self`:
            document = SelfAnalysisParser.parse(body, info: info, context: &context)
        case .segment:
            let products = references("products", .product)
            refs = [products]
            document = SegmentParser.parseSegment(body, info: info, products: products.ids, context: &context)
        case .`case`:
            let products = references("products", .product)
            let segments = references("segments", .segment)
            refs = [products, segments]
            document = SegmentParser.parseCase(body, info: info, products: products.ids, segments: segments.ids,
                                               context: &context)
        }
        log.append(contentsOf: context.log)
        return ReadDocument(document: document, file: file, references: refs + context.references, links: context.links,
                            reviewLocation: frontMatter.location(ofKey: "reviewed"),
                            idLocation: frontMatter.location(ofKey: "id"))
    }

    /// The value of `key`, or nil (with a warning) when it is what `playbook new` wrote.
    private static func filled(_ key: String, _ frontMatter: FrontMatter, log: inout DiagnosticLog) -> String? {
        guard let value = frontMatter.string(key, log: &log) else { return nil }
        guard ScaffoldPlaceholders.isPlaceholderValue(value) else { return value }
        log.warning(.placeholder, at: frontMatter.location(ofKey: key), Message(.placeholderField, key, value))
        return nil
    }

    private static func documentType(_ file: ContentFile, frontMatter: FrontMatter, log: inout DiagnosticLog) -> DocumentType? {
        var scratch = DiagnosticLog()
        if let declared = frontMatter.string("type", log: &scratch) {
            if let type = DocumentType(name: declared) { return type }
            log.error(.unknownType, at: frontMatter.location(ofKey: "type"),
                      Message(.unknownTypeDeclared, declared, DocumentType.allNames))
            return nil
        }
        if let folder = file.folder, let type = DocumentType(name: folder) { return type }
        log.error(.unknownType, at: SourceLocation(path: file.displayPath, line: 1),
                  Message(.unknownTypeUndetermined, DocumentType.allNames))
        return nil
    }

    private static func documentID(_ file: ContentFile, frontMatter: FrontMatter, log: inout DiagnosticLog) -> String {
        if let id = frontMatter.string("id", log: &log) {
            if Identifier.isValid(id) { return id }
            log.error(.unsafeID, at: frontMatter.location(ofKey: "id"),
                      Message(.idUnsafe, id))
            return Identifier.slug(id)
        }
        if Identifier.isValid(file.baseName) { return file.baseName }
        log.error(.unsafeID, at: SourceLocation(path: file.displayPath, line: 1),
                  Message(.fileNameNotID, file.baseName))
        return Identifier.slug(file.baseName)
    }

    private static func title(for type: DocumentType, file: ContentFile, frontMatter: FrontMatter, body: DocumentBody,
                              locale: PlaybookLocale, log: inout DiagnosticLog) -> String {
        let declared = type == .competitor
            ? frontMatter.string("name", log: &log) ?? frontMatter.string("title", log: &log)
            : frontMatter.string("title", log: &log)
        if let title = declared ?? body.headingTitle { return title }
        switch type {
        case .product, .segment, .`case`, .competitor:
            let field = type == .competitor ? "name" : "title"
            log.error(.missingField, at: SourceLocation(path: file.displayPath, line: 1),
                      Message(.titleMissing, type.rawValue, field))
            return file.baseName
        case .objections:
            let category = frontMatter.string("category", log: &log)
            return category.flatMap { ScaffoldPlaceholders.isPlaceholderValue($0) ? nil : $0 } ?? file.baseName
        case .`self`:
            return UIStrings.selfAnalysisTitle(locale)
        }
    }
}

/// Default titles, in the playbook's language.
enum UIStrings {
    static func selfAnalysisTitle(_ locale: PlaybookLocale) -> String {
        switch locale {
        case .zhHans: return "自我分析"
        case .zhHant: return "自我分析"
        case .en: return "Self-analysis"
        }
    }
}
