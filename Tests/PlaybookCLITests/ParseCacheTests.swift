import Foundation
import Testing

/// Commands keep parsed documents under `$XDG_CACHE_HOME/playbook/parsed`; `--no-cache`
/// neither reads nor writes it, and results are the same either way.
@Suite struct ParseCacheTests {
    static let fund = "---\ntitle: 稳盈理财\nowner: 王经理\n---\n一句介绍。\n\n## 核心卖点\n- **风险低**：投向国债\n"
    static let broken = "---\ntitle: 坏产品\ncompetitors: [nope1]\n---\n风险低的产品。\n"

    /// A cache folder of its own, and the environment that points `playbook` at it.
    struct CacheHome {
        let url: URL
        var environment: [String: String]
        var files: [String] {
            (try? FileManager.default.contentsOfDirectory(atPath: url.appendingPathComponent("playbook/parsed").path)) ?? []
        }

        init(beside playbook: TempPlaybook) {
            url = playbook.root.deletingLastPathComponent().appendingPathComponent("cache-\(UUID().uuidString)")
            environment = CLIRunner.environment
            environment["XDG_CACHE_HOME"] = url.path
        }

        func remove() { try? FileManager.default.removeItem(at: url) }
    }

    @Test func checkFillsTheCacheAndNoCacheLeavesItAlone() throws {
        let playbook = try TempPlaybook(["products/fund.md": Self.fund, "products/broken.md": Self.broken])
        defer { playbook.remove() }
        let cache = CacheHome(beside: playbook)
        defer { cache.remove() }

        let check = ["check", "--content", playbook.content.path, "--format", "json"]
        let uncached = try CLIRunner.run(check + ["--no-cache"], environment: cache.environment)
        #expect(uncached.status == 1 && cache.files.isEmpty, "\(uncached.stderr)")
        #expect(uncached.stdout.contains("unknown-reference") && uncached.stdout.contains("nope1"), "\(uncached.stdout)")
        let first = try CLIRunner.run(check, environment: cache.environment)
        #expect(cache.files.count == 1)
        let second = try CLIRunner.run(check, environment: cache.environment)
        #expect(first.stdout == uncached.stdout && second.stdout == uncached.stdout)

        try FileManager.default.removeItem(at: playbook.url("products/broken.md"))
        let export = try CLIRunner.run(["export", "json", "--content", playbook.content.path], environment: cache.environment)
        let fresh = try CLIRunner.run(["export", "json", "--no-cache", "--content", playbook.content.path], environment: cache.environment)
        #expect(export.status == 0 && export.stdout.contains("风险低") && export.stdout == fresh.stdout, "\(export.stderr)")
    }

    /// Proof that the cache is read: a file rewritten in place with bytes of the same length
    /// and its modification time put back has the stamp the cache trusts, so a cached run
    /// still reports the old text, while `--no-cache` reads the new one.
    @Test func aFileWithAnUnchangedStampIsTakenFromTheCache() throws {
        let playbook = try TempPlaybook(["products/fund.md": Self.fund, "products/broken.md": Self.broken])
        defer { playbook.remove() }
        let cache = CacheHome(beside: playbook)
        defer { cache.remove() }
        let check = ["check", "--content", playbook.content.path, "--format", "json"]

        let first = try CLIRunner.run(check, environment: cache.environment)
        #expect(first.stdout.contains("“nope1”") && cache.files.count == 1, "\(first.stdout)")

        let path = playbook.url("products/broken.md").path
        let before = try Self.status(path)
        let edited = Self.broken.replacingOccurrences(of: "nope1", with: "nope2")
        try Self.rewriteInPlace(path, edited, keeping: before)
        let after = try Self.status(path)
        try #require(after.st_size == before.st_size && after.st_ino == before.st_ino
                     && after.st_mtim.tv_sec == before.st_mtim.tv_sec && after.st_mtim.tv_nsec == before.st_mtim.tv_nsec,
                     "the rewrite must keep size, inode and modification time")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == edited)

        let cached = try CLIRunner.run(check, environment: cache.environment)
        #expect(cached.stdout == first.stdout, "the cached document was not used: \(cached.stdout)")
        let fresh = try CLIRunner.run(check + ["--no-cache"], environment: cache.environment)
        #expect(fresh.stdout.contains("“nope2”") && !fresh.stdout.contains("nope1"), "\(fresh.stdout)")
    }

    static func status(_ path: String) throws -> stat {
        var status = stat()
        guard stat(path, &status) == 0 else { throw CocoaError(.fileReadUnknown) }
        return status
    }

    /// Writes `text` over the file's bytes (same inode) and puts its times back.
    static func rewriteInPlace(_ path: String, _ text: String, keeping old: stat) throws {
        let bytes = Array(text.utf8)
        let fd = open(path, O_WRONLY | O_TRUNC)
        guard fd >= 0 else { throw CocoaError(.fileWriteUnknown) }
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        guard written == bytes.count else { throw CocoaError(.fileWriteUnknown) }
        let times = [old.st_atim, old.st_mtim]
        guard utimensat(AT_FDCWD, path, times, 0) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }
}
