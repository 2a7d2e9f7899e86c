import Testing
@testable import PlaybookCore

@Suite struct MarkdownTests {
    @Test func softBreaksJoinChineseWithoutSpaceAndLatinWithSpace() {
        let doc = MarkdownDocument("先认同客户的感受，\n再讲我行的优势。\n\nHello\nworld")
        let paragraphs = doc.rootNode.children
        #expect(paragraphs[0].plainText == "先认同客户的感受，再讲我行的优势。")
        #expect(paragraphs[1].plainText == "Hello world")
    }

    @Test func walkVisitsNodesInDocumentOrderWithExitEvents() {
        let doc = MarkdownDocument("- **甲**：一\n- 乙")
        let kinds = doc.rootNode.walk().nodes.map(\.kind)
        #expect(kinds == [.document, .list, .item, .paragraph, .strong, .text, .text, .item, .paragraph, .text])
        var exits = 0
        for event in doc.rootNode.walk() {
            if case .exit = event { exits += 1 }
        }
        #expect(exits == 7)
    }

    @Test func positionsAreOneBasedLinesAndByteColumns() {
        let doc = MarkdownDocument("# 标题\n\n段落 **重点**")
        let paragraph = doc.rootNode.children[1]
        #expect(paragraph.start == MarkdownPosition(line: 3, byteColumn: 1))
        let strong = paragraph.children[1]
        #expect(strong.kind == .strong)
        #expect(strong.start.byteColumn == 8) // "段落 " is 7 bytes
        let source = SourceText(path: "x.md", text: "# 标题\n\n段落 **重点**", bodyLineOffset: 0)
        #expect(source.location(of: strong).column == 4) // characters, not bytes
    }

    @Test func frontMatterLinesAreAddedToPositions() {
        let text = "---\ntitle: x\n---\n正文"
        let split = FrontMatterSplitter.split(text)!
        #expect(split.bodyLineOffset == 3)
        let doc = MarkdownDocument(split.body)
        let source = SourceText(path: "x.md", text: text, bodyLineOffset: split.bodyLineOffset)
        #expect(source.location(of: doc.rootNode.children[0]).line == 4)
    }

    @Test func crlfFrontMatterSplitsTheSameWay() {
        let split = FrontMatterSplitter.split("---\r\ntitle: x\r\n---\r\n正文\r\n")!
        #expect(split.yaml == "title: x\n")
        #expect(split.bodyLineOffset == 3)
        #expect(split.body == "正文\r\n")
    }

    @Test func unclosedFrontMatterIsDetected() {
        #expect(FrontMatterSplitter.split("---\ntitle: x\n正文") == nil)
        #expect(FrontMatterSplitter.split("正文\n---\n")?.yaml == nil)
    }

    @Test func rawHTMLIsOmittedUnlessUnsafe() {
        let doc = MarkdownDocument("<script>alert(1)</script>\n\n[x](javascript:alert(1))")
        let safe = doc.rootNode.html()
        #expect(!safe.contains("<script>"))
        #expect(!safe.contains("javascript:"))
        let unsafe = doc.rootNode.html(HTMLRenderOptions(unsafe: true))
        #expect(unsafe.contains("<script>"))
    }

    @Test func nodesKeepTheirDocumentAlive() {
        func firstParagraph() -> MarkdownNode { MarkdownDocument("仅存的段落").rootNode.children[0] }
        let node = firstParagraph()
        #expect(node.plainText == "仅存的段落")
    }
}
