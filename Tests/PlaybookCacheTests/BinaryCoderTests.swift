import Foundation
import Testing
@testable import PlaybookCache
@testable import PlaybookCore

/// The binary form that the parse cache stores and page digests hash: the models' own
/// `Codable` conformance, so every stored property is kept and counts.
@Suite struct BinaryCoderTests {
    /// The repository's sample playbook: every document type, with comparisons, quizzes and sections.
    static let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Content").standardized.path

    @Test func everyDocumentOfTheSampleRoundTrips() throws {
        let playbook = try PlaybookLoader.load(contentPath: Self.content, options: .init(today: CalendarDay(iso: "2026-11-23")!)).playbook
        #expect(Set(playbook.documents.map(\.info.type)) == Set(DocumentType.allCases))
        for document in playbook.documents {
            let bytes = DocumentDigest.encode(document)
            var reader = BinaryReader(bytes)
            let decoded = try DocumentDigest.decode(from: &reader)
            #expect(reader.isAtEnd)
            #expect(type(of: decoded) == type(of: document))
            #expect(DocumentDigest.encode(decoded) == bytes, "\(document.info.file) changes on a round trip")
        }
        // The JSON export of the decoded documents is the export of the originals.
        var decoded = playbook
        decoded.products = try playbook.products.map { try BinaryCoder.decode(Product.self, from: BinaryCoder.encode($0)) }
        decoded.competitors = try playbook.competitors.map { try BinaryCoder.decode(Competitor.self, from: BinaryCoder.encode($0)) }
        decoded.objectionSets = try playbook.objectionSets.map { try BinaryCoder.decode(ObjectionSet.self, from: BinaryCoder.encode($0)) }
        #expect(try JSONExport.string(decoded) == JSONExport.string(playbook))
    }

    @Test func aReadDocumentKeepsWhatTheCrossFileChecksNeed() throws {
        let result = try PlaybookLoader.load(contentPath: Self.content, options: .init(today: CalendarDay(iso: "2026-11-23")!))
        var product = try #require(result.playbook.products.first)
        product.info.reviewed = CalendarDay(iso: "2026-01-02")
        product.info.reviewEvery = ReviewInterval("3m")
        let file = ContentFile(relativePath: "products/fund.md", displayPath: "x/products/fund.md", absolutePath: "/x/products/fund.md")
        let read = ReadDocument(document: product, file: file,
                                references: [ReferenceList(target: .competitor, key: "competitors",
                                                           entries: [.init(value: "nobody", location: SourceLocation(path: "p", line: 3, column: 14))])],
                                links: [ContentLink(destination: "../competitors/cmb.md", location: SourceLocation(path: "p", line: 9, column: 12))],
                                reviewLocation: SourceLocation(path: "p", line: 4, column: 11), idLocation: SourceLocation(path: "p", line: 2))
        let diagnostics = [Diagnostic(.warning, .reviewOverdue, at: SourceLocation(path: "p", line: 4, column: 11), "复核过期"),
                           Diagnostic(.error, .unknownReference, at: SourceLocation(path: "p", line: 3, column: 14), "没有 nobody")]
        let parse = FileParse(read: read, diagnostics: diagnostics)
        let back = try BinaryCoder.decode(FileParse.self, from: BinaryCoder.encode(parse))
        #expect(back.diagnostics == diagnostics)
        #expect(back.read?.references.first?.entries.first?.location == SourceLocation(path: "p", line: 3, column: 14))
        #expect(back.read?.links.first?.destination == "../competitors/cmb.md")
        #expect(back.read?.reviewLocation.column == 11)
        #expect(back.read?.file.displayPath == "x/products/fund.md")
        #expect(try BinaryCoder.encode(back) == BinaryCoder.encode(parse))
        let decoded = try #require(back.read?.document as? Product)
        #expect(decoded.info.reviewEvery?.description == "3m")
        #expect(decoded.info.reviewed == CalendarDay(iso: "2026-01-02"))
    }

    /// Fields the JSON export leaves out (a comparison party's link and position) still change
    /// the digest: a page built from them must be rebuilt when they change.
    @Test func everyStoredFieldChangesTheDigest() {
        var entry = ComparisonEntry(party: "招行", competitor: nil, isUs: false, text: "高", textHtml: "高")
        var product = Product(info: DocumentInfo(id: "fund", type: .product, title: "维修资金", source: SourceReference(path: "p", line: 1)))
        product.comparison = [ComparisonRow(id: "fee", dimension: "费率", entries: [entry], verdict: nil, line: 3)]
        let base = DocumentDigest.of(product)
        entry.partyLocation = SourceLocation(path: "p", line: 3, column: 7)
        var located = product
        located.comparison[0].entries = [entry]
        #expect(DocumentDigest.of(located) != base)
        var linked = product
        linked.comparison[0].entries[0].partyLink = "../competitors/cmb.md"
        #expect(DocumentDigest.of(linked) != base)
        var verdict = product
        verdict.comparison[0].verdict = ""
        #expect(DocumentDigest.of(verdict) != base, "an empty string differs from an absent one")
        var quiz = product
        quiz.quiz = [QuizItem(id: "q", question: "?", answer: nil, choices: [], line: 9)]
        var answered = quiz
        answered.quiz[0].answer = ""
        #expect(DocumentDigest.of(quiz) != DocumentDigest.of(answered))
    }

    @Test func optionalsArraysAndDictionariesKeepTheirShape() throws {
        struct Sample: Codable, Equatable {
            var name: String?
            var count: Int?
            var flags: [Bool]
            var nested: [[String]]
            var table: [String: [Int]]
            var maybe: [String?]
            var ratio: Double
            var small: UInt8
            var wide: UInt64?
            var signed: Int32?
            var flag: Bool?
            var fraction: Float?
        }
        let samples = [
            Sample(name: nil, count: nil, flags: [], nested: [], table: [:], maybe: [], ratio: 0, small: 0,
                   wide: nil, signed: nil, flag: nil, fraction: nil),
            Sample(name: "", count: 0, flags: [true, false], nested: [[], ["a", "乙"]], table: ["b": [2], "a": [1, -1]],
                   maybe: [nil, "x", nil], ratio: -1.5, small: 255, wide: .max, signed: -7, flag: false, fraction: 0.5),
        ]
        for sample in samples {
            #expect(try BinaryCoder.decode(Sample.self, from: BinaryCoder.encode(sample)) == sample)
        }
        // Dictionaries are written in key order, whatever order they were built in.
        let one = try BinaryCoder.encode(["x": 1, "y": 2, "z": 3])
        let other = try BinaryCoder.encode(Dictionary(uniqueKeysWithValues: [("z", 3), ("x", 1), ("y", 2)]))
        #expect(one == other)
        // A type that writes itself as a sequence of its own is refused with an error.
        #expect(throws: EncodingError.self) { try BinaryCoder.encode(Set([1, 2])) }
    }

    /// A cut or altered cache entry is refused with an error, never a trap.
    @Test func damagedBytesThrow() throws {
        let product = Product(info: DocumentInfo(id: "fund", type: .product, title: "维修资金", source: SourceReference(path: "p", line: 1)))
        let bytes = DocumentDigest.encode(product)
        for cut in [0, 1, 8, bytes.count / 2, bytes.count - 1] {
            var reader = BinaryReader(Array(bytes.prefix(cut)))
            #expect(throws: (any Error).self) { try DocumentDigest.decode(from: &reader) }
        }
        var wrongType = bytes
        wrongType[8] = UInt8(ascii: "Z")  // the type tag's first letter
        var reader = BinaryReader(wrongType)
        #expect(throws: (any Error).self) { try DocumentDigest.decode(from: &reader) }
        #expect(throws: (any Error).self) { try BinaryCoder.decode(Product.self, from: bytes + [0]) }
    }
}
