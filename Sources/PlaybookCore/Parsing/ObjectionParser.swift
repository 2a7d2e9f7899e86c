/// Builds an ``ObjectionSet`` from an objections file: each `##` is one objection.
enum ObjectionParser {
    struct FileMetadata {
        var category: String?
        var tags: [String]
        var products: [String]
        var competitors: [String]
    }

    static func parse(_ body: DocumentBody, info: DocumentInfo, metadata: FileMetadata,
                      context: inout DocumentContext) -> ObjectionSet {
        var set = ObjectionSet(info: info)
        set.category = metadata.category
        set.products = metadata.products
        set.competitors = metadata.competitors
        set.summary = context.text(body.preamble)
        set.summaryHtml = context.html(body.preamble)
        var ids = IDAllocator()
        for section in body.sections {
            if SectionCatalog.objectionFile.key(for: section.text) == .quiz {
                set.quiz += QuizParser.parse(section.blocks, context: &context)
                continue
            }
            set.objections.append(objection(section, fileID: info.id, metadata: metadata, ids: &ids, context: &context))
        }
        if set.objections.isEmpty {
            context.log.warning(.emptyDocument, at: context.source.start,
                                "this objections file holds no objection; start each one with a `##` heading")
        }
        return set
    }

    private static func objection(_ section: RawSection, fileID: String, metadata: FileMetadata,
                                  ids: inout IDAllocator, context: inout DocumentContext) -> Objection {
        let location = context.location(section.heading)
        let title = section.text.title
        let id: String
        if let explicit = section.text.explicitID {
            id = explicit
            if !Identifier.isValid(explicit) {
                context.log.error(.unsafeID, at: location,
                                  "objection ID “\(explicit)” may only hold letters, digits, `-` and `_`; change the `{#…}`")
            } else if !ids.claim(explicit) {
                context.log.error(.duplicateID, at: location,
                                  "objection ID “\(explicit)” is used twice in this file; give each objection its own `{#id}`")
            }
        } else {
            id = ids.unique(Identifier.slug(title))
        }
        var objection = Objection(id: id, fileID: fileID, title: title, source: SourceReference(location))
        objection.category = metadata.category
        objection.tags = metadata.tags
        objection.products = metadata.products
        objection.competitors = metadata.competitors

        let split = SectionSplitter.split(section.blocks, level: 3)
        var preamble = split.preamble
        let subsections = split.sections
        // The overrides line comes right under the heading, or right under the customer's words.
        let candidate = preamble.first?.kind == .blockQuote ? 1 : 0
        if preamble.indices.contains(candidate), let overrides = ObjectionOverrides.read(preamble[candidate], context: &context) {
            overrides.apply(to: &objection)
            preamble.remove(at: candidate)
        }
        if let quote = preamble.first(where: { $0.kind == .blockQuote }) {
            objection.customerSays = quote.plainText
        }
        let contextBlocks = preamble.filter { $0.kind != .blockQuote }
        objection.context = context.text(contextBlocks)
        objection.contextHtml = context.html(contextBlocks)

        var responseBlocks: [MarkdownNode]?
        var free: [FreeSection] = []
        DocumentBody.visit(subsections, catalog: .objection, context: &context, free: &free) { key, sub, inner in
            switch key {
            case .response: responseBlocks = (responseBlocks ?? []) + sub.blocks
            case .keyPoints:
                for (point, alternatives) in KeyPointAlternatives.read(sub.blocks, context: &inner) {
                    objection.keyPoints.append(point)
                    objection.keyPointAlternatives.append(alternatives)
                }
            case .avoid: objection.avoid += ListReader.plainItems(in: sub.blocks).map(stripQuotes)
            case .followUps: objection.followUps += ListReader.plainItems(in: sub.blocks)
            default: break
            }
        }
        // A free `###` inside an objection is extra context for the rep.
        for section in free {
            objection.contextHtml += "<h4>\(HTMLEscaping.escape(section.title))</h4>\n" + section.html
            objection.context += (objection.context.isEmpty ? "" : "\n\n") + section.text
        }
        if let responseBlocks, !responseBlocks.isEmpty {
            objection.response = context.text(responseBlocks)
            objection.responseHtml = context.html(responseBlocks)
            if objection.keyPoints.isEmpty {
                objection.keyPoints = boldPhrases(in: responseBlocks)
            }
        } else {
            context.log.error(.missingSection, at: location,
                              "objection “\(title)” has no response; add a `### 应对话术` section with what to say")
        }
        if objection.keyPoints.isEmpty && !objection.response.isEmpty {
            context.log.warning(.noKeyPoints, at: location,
                                "objection “\(title)” has no key points, so typed answers cannot be scored; add a `### 要点` list or **bold** the key phrases of the response")
        }
        return objection
    }

    /// The **bold** phrases of some blocks, in order, without repeats.
    static func boldPhrases(in blocks: [MarkdownNode]) -> [String] {
        var seen: Set<String> = []
        var phrases: [String] = []
        for block in blocks {
            for event in block.walk() {
                guard case .enter(let node) = event, node.kind == .strong else { continue }
                let text = node.plainText
                if !text.isEmpty, seen.insert(text).inserted { phrases.append(text) }
            }
        }
        return phrases
    }

    /// Drops quotation marks around a phrase: “…”, "…", 「…」, 『…』.
    static func stripQuotes(_ text: String) -> String {
        let pairs: [(Character, Character)] = [("“", "”"), ("\"", "\""), ("「", "」"), ("『", "』"), ("‘", "’")]
        for (open, close) in pairs where text.count >= 2 && text.first == open && text.last == close {
            return String(text.dropFirst().dropLast()).trimmingWhitespace()
        }
        return text
    }
}
