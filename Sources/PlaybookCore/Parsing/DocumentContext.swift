/// What a parser needs while it reads one file: where positions point, how to render,
/// and where to report problems.
struct DocumentContext {
    let source: SourceText
    let type: DocumentType
    let documentID: String
    let options: HTMLRenderOptions
    var log = DiagnosticLog()
    /// Links to other content files, checked once every file is read.
    var links: [ContentLink] = []
    /// "Did you mean" suggestions this file may still compute: only the diagnostics the log
    /// lists need one (see ``DiagnosticLog/perCodeLimit``), and hostile files repeat headings.
    var suggestionsLeft = DiagnosticLog.perCodeLimit
    /// IDs named in the body (an objection's `产品：` line), checked like front matter references.
    var references: [ReferenceList] = []

    init(source: SourceText, type: DocumentType, documentID: String, options: HTMLRenderOptions) {
        self.source = source
        self.type = type
        self.documentID = documentID
        self.options = options
    }

    func location(_ node: MarkdownNode) -> SourceLocation { source.location(of: node) }

    func line(_ node: MarkdownNode) -> Int { source.location(of: node).line }

    func html(_ blocks: [MarkdownNode]) -> String { blocks.map { $0.html(options) }.joined() }

    func text(_ blocks: [MarkdownNode]) -> String { MarkdownNode.plainText(of: blocks) }
}

/// A Markdown link to another content file (`[招行](../competitors/cmb.md)`).
struct ContentLink: Sendable, Codable {
    /// The destination as written.
    var destination: String
    var location: SourceLocation
}

/// A `##` (or `###`) section: its heading and the blocks up to the next heading of that level.
struct RawSection {
    let heading: MarkdownNode
    let text: HeadingText
    let blocks: [MarkdownNode]
}

enum SectionSplitter {
    /// Splits blocks at headings of `level` or higher (a lower number).
    static func split(_ blocks: [MarkdownNode], level: Int) -> (preamble: [MarkdownNode], sections: [RawSection]) {
        var preamble: [MarkdownNode] = []
        var sections: [RawSection] = []
        var current: (MarkdownNode, [MarkdownNode])?
        for block in blocks {
            if block.kind == .heading, block.headingLevel <= level {
                if let (heading, body) = current {
                    sections.append(RawSection(heading: heading, text: HeadingText(heading.plainText), blocks: body))
                }
                current = (block, [])
            } else if current != nil {
                current!.1.append(block)
            } else {
                preamble.append(block)
            }
        }
        if let (heading, body) = current {
            sections.append(RawSection(heading: heading, text: HeadingText(heading.plainText), blocks: body))
        }
        return (preamble, sections)
    }
}
