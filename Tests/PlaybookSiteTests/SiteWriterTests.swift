import Foundation
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
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix(".") }
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
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }
}

/// Site files from text, for brevity.
func site(_ files: [String: String]) -> [String: Data] { files.mapValues { Data($0.utf8) } }
