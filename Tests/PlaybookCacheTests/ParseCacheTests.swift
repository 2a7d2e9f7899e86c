import Foundation
import Testing
@testable import PlaybookCache
@testable import PlaybookCore

/// The parse cache: a load that takes documents from it gives exactly what reading every file
/// gives, an edit is always seen, and a damaged cache is only a slower load.
@Suite struct ParseCacheTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../PlaybookCoreTests/Fixtures/golden/Content").standardizedFileURL
    /// The repository's sample playbook: every document type.
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Content").standardizedFileURL

    final class Scratch {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("parse-cache-\(UUID().uuidString)")
        var cacheFile: String { root.appendingPathComponent("cache/content.parsed").path }
        var content: URL { root.appendingPathComponent("Content") }
        init(copying folder: URL? = nil) throws {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            if let folder { try FileManager.default.copyItem(at: folder, to: content) }
        }
        deinit { try? FileManager.default.removeItem(at: root) }
    }

    static let today = CalendarDay(iso: "2026-11-23")!

    /// The export and the diagnostics: everything a load produces.
    func snapshot(_ content: String, cache: String?) throws -> String {
        var options = PlaybookLoader.Options(today: Self.today)
        if let cache { options.reading = ParseCache(file: cache) }
        let result = try PlaybookLoader.load(contentPath: content, options: options)
        return try JSONExport.string(result.playbook) + result.diagnostics.map(\.description).joined(separator: "\n")
    }

    @Test(arguments: [golden, sample])
    func aCachedLoadEqualsReadingEveryFile(_ folder: URL) throws {
        let scratch = try Scratch()
        let fresh = try snapshot(folder.path, cache: nil)
        #expect(try snapshot(folder.path, cache: scratch.cacheFile) == fresh, "first load, filling the cache")
        #expect(FileManager.default.fileExists(atPath: scratch.cacheFile))
        #expect(try snapshot(folder.path, cache: scratch.cacheFile) == fresh, "second load, from the cache")
    }

    @Test func editsTouchesAndSettingsChangesAreSeen() throws {
        let scratch = try Scratch(copying: Self.golden)
        let content = scratch.content.path
        _ = try snapshot(content, cache: scratch.cacheFile)
        let products = try FileManager.default.contentsOfDirectory(atPath: content + "/products").sorted()
        let product = scratch.content.appendingPathComponent("products/" + products[0])

        // An edit of the same size (so only the time and the bytes differ).
        let text = try String(contentsOf: product, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "。", with: "！")
        #expect(edited != text && edited.utf8.count == text.utf8.count)
        try edited.write(to: product, atomically: false, encoding: .utf8)
        #expect(try snapshot(content, cache: scratch.cacheFile) == snapshot(content, cache: nil))

        // Touched, bytes unchanged.
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: product.path)
        #expect(try snapshot(content, cache: scratch.cacheFile) == snapshot(content, cache: nil))

        // A new locale changes how every file reads (card prompts, default titles).
        let settings = scratch.content.appendingPathComponent("playbook.md")
        let original = try String(contentsOf: settings, encoding: .utf8)
        try original.replacingOccurrences(of: "locale: zh-Hans", with: "locale: en").write(to: settings, atomically: true, encoding: .utf8)
        #expect(try snapshot(content, cache: scratch.cacheFile) == snapshot(content, cache: nil))

        // A file removed, and one with an error added.
        try FileManager.default.removeItem(at: product)
        try "---\ntitle: [unclosed\n---\n".write(to: scratch.content.appendingPathComponent("products/broken.md"),
                                                 atomically: true, encoding: .utf8)
        let broken = try snapshot(content, cache: scratch.cacheFile)
        #expect(broken == (try snapshot(content, cache: nil)))
        #expect(broken.contains("products/broken.md"))
        #expect(try snapshot(content, cache: scratch.cacheFile) == broken, "errors come from the cache too")
    }

    /// Proof that a load with the cache reads it: a file rewritten in place with bytes of the
    /// same length and its times put back keeps the stamp of its entry, so the cached load
    /// still gives the old text, while a load without the cache gives the new one.
    @Test func aFileWithTheStampOfItsEntryIsTakenFromTheCache() throws {
        let scratch = try Scratch(copying: Self.golden)
        let content = scratch.content.path
        let before = try snapshot(content, cache: scratch.cacheFile)
        let products = try FileManager.default.contentsOfDirectory(atPath: content + "/products").sorted()
        let product = scratch.content.appendingPathComponent("products/" + products[0]).path
        var status = stat()
        try #require(stat(product, &status) == 0)
        let text = try String(contentsOfFile: product, encoding: .utf8)
        let edited = Array(text.replacingOccurrences(of: "。", with: "！").utf8)
        try #require(edited != Array(text.utf8) && edited.count == text.utf8.count)
        let fd = open(product, O_WRONLY | O_TRUNC)
        try #require(fd >= 0)
        let written = edited.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        try #require(written == edited.count && utimensat(AT_FDCWD, product, [status.st_atim, status.st_mtim], 0) == 0)

        #expect(try snapshot(content, cache: scratch.cacheFile) == before, "the cached entry was not used")
        #expect(try snapshot(content, cache: nil) != before, "the edit shows without the cache")
    }

    @Test func aDamagedCacheOnlyCostsAFullRead() throws {
        let scratch = try Scratch()
        let fresh = try snapshot(Self.sample.path, cache: nil)
        _ = try snapshot(Self.sample.path, cache: scratch.cacheFile)
        let good = try Data(contentsOf: URL(fileURLWithPath: scratch.cacheFile))
        var generator = SeededGenerator(seed: 42)
        var damaged: [Data] = [Data(), Data("garbage".utf8), good.prefix(good.count / 3), good.dropLast(1)]
        for _ in 0..<20 {
            var bytes = [UInt8](good)
            bytes[Int.random(in: 0..<bytes.count, using: &generator)] ^= UInt8.random(in: 1...255, using: &generator)
            damaged.append(Data(bytes))
        }
        for data in damaged {
            try data.write(to: URL(fileURLWithPath: scratch.cacheFile))
            #expect(try snapshot(Self.sample.path, cache: scratch.cacheFile) == fresh)
        }
    }

    @Test func anUnwritableCacheFolderIsNotAnError() throws {
        let scratch = try Scratch()
        try Data("a file where the folder should be".utf8).write(to: scratch.root.appendingPathComponent("cache"))
        #expect(try snapshot(Self.sample.path, cache: scratch.cacheFile) == snapshot(Self.sample.path, cache: nil))
    }
}

/// A small deterministic generator (xorshift64*), so damaged bytes are the same on every run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed | 1 }
    mutating func next() -> UInt64 {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 0x2545_F491_4F6C_DD1D
    }
}
