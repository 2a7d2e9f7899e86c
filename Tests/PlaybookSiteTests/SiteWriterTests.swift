import Foundation
import PlaybookCore
import Testing
@testable import PlaybookSite

@Suite struct SiteWriterTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("writer-\(UUID().uuidString)")

    func file(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ path: String) -> String? {
        (try? Data(contentsOf: root.appendingPathComponent(path))).map { String(decoding: $0, as: UTF8.self) }
    }

    func writer(_ out: String = "Site") -> SiteWriter {
        SiteWriter(output: root.appendingPathComponent(out).path,
                   protecting: [root.appendingPathComponent("Content").path, root.appendingPathComponent("Templates").path])
    }

    @Test func writesAMarkerListingEveryFileAndReplacesItsOwnSite() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try writer().write(site(["index.html": "one", "products/a.html": "a"]))
        #expect(read("Site/index.html") == "one")
        #expect(read("Site/.playbook-site")?.contains("products/a.html") == true)
        try writer().write(site(["index.html": "two"]))
        #expect(read("Site/index.html") == "two")
        #expect(read("Site/products/a.html") == nil, "files the new build does not write are gone")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix(".") && $0 != ".playbook-cache" }
        #expect(leftovers.isEmpty, "no staging folders left: \(leftovers)")
    }

    @Test func refusesAFolderWithSomeoneElsesFiles() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try file("Site/notes.txt", "precious")
        #expect(throws: SiteError.self) { try writer().write(site(["index.html": "x"])) }
        #expect(read("Site/notes.txt") == "precious")
        #expect(read("Site/index.html") == nil)
    }

    @Test func refusesAGeneratedSiteWithAnAddedFile() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try writer().write(site(["index.html": "one"]))
        try file("Site/extra/mine.doc", "precious")
        do {
            try writer().write(site(["index.html": "two"]))
            Issue.record("expected a refusal")
        } catch let error as SiteError {
            #expect(error.message.contains("extra/mine.doc"))
        }
        #expect(read("Site/extra/mine.doc") == "precious")
        #expect(read("Site/index.html") == "one")
    }

    @Test func refusesAnOutputFolderHoldingContentOrTemplates() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try file("Content/playbook.md", "---\ntitle: x\n---\n")
        #expect(throws: SiteError.self) { try writer(".").write(site(["index.html": "x"])) }
        #expect(throws: SiteError.self) { try writer("Content").write(site(["index.html": "x"])) }
        #expect(read("Content/playbook.md") == "---\ntitle: x\n---\n")
    }

    @Test func anEmptyExistingFolderIsFine() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Site"), withIntermediateDirectories: true)
        try writer().write(site(["index.html": "x"]))
        #expect(read("Site/index.html") == "x")
    }

    @Test func aFailedWriteLeavesThePreviousSite() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try writer().write(site(["index.html": "old"]))
        // A path that cannot be a file (a file's name used as a folder) makes the write fail midway.
        #expect(throws: SiteError.self) { try writer().write(site(["index.html": "new", "a": "file", "a/b.html": "x"])) }
        #expect(read("Site/index.html") == "old")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix(".") && $0 != ".playbook-cache" }
        #expect(leftovers.isEmpty)
    }
}

/// Site files from text, for brevity.
func site(_ files: [String: String]) -> [String: Data] { files.mapValues { Data($0.utf8) } }

/// Writing only what changed: unchanged files are the same file on disk, changed ones are new.
@Suite struct SiteWriterReuseTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("writer-\(UUID().uuidString)")

    func writer() -> SiteWriter { SiteWriter(output: root.appendingPathComponent("Site").path, protecting: []) }

    func stamp(_ path: String) throws -> [FileAttributeKey: Any] {
        try FileManager.default.attributesOfItem(atPath: root.appendingPathComponent("Site/" + path).path)
    }

    @Test func unchangedFilesKeepTheirInodeAndTimeAndChangedOnesAreRewritten() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try writer().write(site(["index.html": "home", "a.html": "a", "b/c.html": "c"]))
        let before = try ["index.html", "a.html", "b/c.html"].map { try stamp($0)[.systemFileNumber] as? Int }
        let transaction = try writer().begin()
        for (path, text) in ["index.html": "home", "a.html": "A!", "b/c.html": "c", "d.html": "new"] {
            try transaction.put(path, Data(text.utf8))
        }
        try transaction.commit()
        #expect(transaction.unchangedCount == 2)
        let after = try ["index.html", "a.html", "b/c.html"].map { try stamp($0)[.systemFileNumber] as? Int }
        #expect(after[0] == before[0] && after[2] == before[2], "unchanged files are linked, not rewritten")
        #expect(after[1] != before[1], "a changed file is a new file")
        #expect(String(decoding: try Data(contentsOf: root.appendingPathComponent("Site/a.html")), as: UTF8.self) == "A!")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("Site/d.html").path))
    }

    @Test func fileRecordsRoundTripAndADamagedRecordFileIsIgnored() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let transaction = try writer().begin()
        try transaction.put("a.html", Data("a".utf8), keys: PageKeys(inputs: 7, values: nil))
        try transaction.put("b/c.html", Data("c".utf8), keys: PageKeys(inputs: nil, values: 9))
        try transaction.put("d.js", Data("d".utf8))
        try transaction.commit()
        let records = writer().storedFileRecords()
        #expect(records.mapValues(\.keys) == ["a.html": PageKeys(inputs: 7), "b/c.html": PageKeys(values: 9), "d.js": PageKeys()])
        #expect(records["b/c.html"]?.stamp.size == 1)

        let file = writer().filesRecord
        let bytes = [UInt8](try Data(contentsOf: file))
        for damage in [Array(bytes.dropLast(3)), Array(bytes.prefix(20)), [], bytes.enumerated().map { $0 == 30 ? $1 ^ 1 : $1 }] {
            try Data(damage).write(to: file)
            #expect(writer().storedFileRecords().isEmpty, "a damaged record file only costs the next build its reuse")
        }
        // A build after the damage writes every file and works.
        try writer().write(site(["a.html": "a"]))
        #expect(writer().storedFileRecords().count == 1)
    }

    @Test func aFileEditedInTheSiteIsWrittenAgain() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try writer().write(site(["index.html": "home"]))
        // Someone edits the generated file in place (same size): the next build must not trust it.
        let url = root.appendingPathComponent("Site/index.html")
        Thread.sleep(forTimeInterval: 0.01)
        try Data("HOME".utf8).write(to: url)
        try writer().write(site(["index.html": "home"]))
        #expect(String(decoding: try Data(contentsOf: url), as: UTF8.self) == "home")
    }
}

/// Files staged from many threads at once, many into the same new folders.
@Suite struct SiteTransactionConcurrencyTests {
    @Test func concurrentPutsIntoNewFoldersAllLand() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("writer-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let writer = SiteWriter(output: root.appendingPathComponent("Site").path, protecting: [])
        for _ in 0..<3 {
            let transaction = try writer.begin()
            let failures = ParallelFailures()
            DispatchQueue.concurrentPerform(iterations: 400) { index in
                do { try transaction.put("f\(index % 7)/g\(index % 3)/p\(index).html", Data("\(index)".utf8)) } catch {
                    failures.add(error)
                }
            }
            #expect(failures.isEmpty, "\(failures.all)")
            try transaction.commit()
        }
        let marker = try String(contentsOf: root.appendingPathComponent("Site/.playbook-site"), encoding: .utf8)
        #expect(marker.split(separator: "\n").count == 401)
    }
}

/// The built-in templates' escaping matches swift-mustache's HTML escaping.
@Suite struct HTMLEscapingTests {
    @Test func escapesTheFiveCharactersAndLeavesTheRest() {
        #expect(HTMLEscaping.escape("资金安全") == "资金安全")
        #expect(HTMLEscaping.escape(#"<a href="x">'招行' & 工行</a>"#)
                == "&lt;a href=&quot;x&quot;&gt;&#39;招行&#39; &amp; 工行&lt;/a&gt;")
        #expect(HTMLEscaping.escape("") == "")
        #expect(HTMLEscaping.escape("&") == "&amp;")
    }
}

final class ParallelFailures: @unchecked Sendable {
    private var errors: [Error] = []
    private let lock = NSLock()
    func add(_ error: Error) { lock.withLock { errors.append(error) } }
    var isEmpty: Bool { lock.withLock { errors.isEmpty } }
    var all: [Error] { lock.withLock { errors } }
}
