import Foundation
import Testing

/// Commands keep parsed documents under `$XDG_CACHE_HOME/playbook/parsed`; `--no-cache`
/// neither reads nor writes it, and results are the same either way.
@Suite struct ParseCacheTests {
    @Test func checkFillsTheCacheAndNoCacheLeavesItAlone() throws {
        let playbook = try TempPlaybook(["products/fund.md": "---\ntitle: 稳盈理财\nowner: 王经理\n---\n一句介绍。\n\n## 核心卖点\n- **风险低**：投向国债\n"])
        defer { playbook.remove() }
        let cacheHome = playbook.root.deletingLastPathComponent().appendingPathComponent("cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: cacheHome) }
        var environment = CLIRunner.environment
        environment["XDG_CACHE_HOME"] = cacheHome.path
        let parsed = cacheHome.appendingPathComponent("playbook/parsed")
        func cacheFiles() -> [String] { (try? FileManager.default.contentsOfDirectory(atPath: parsed.path)) ?? [] }

        let uncached = try CLIRunner.run(["check", "--no-cache", "--content", playbook.content.path, "--format", "json"],
                                         environment: environment)
        #expect(uncached.status == 0 && cacheFiles().isEmpty, "\(uncached.stderr)")
        let first = try CLIRunner.run(["check", "--content", playbook.content.path, "--format", "json"], environment: environment)
        #expect(cacheFiles().count == 1)
        let second = try CLIRunner.run(["check", "--content", playbook.content.path, "--format", "json"], environment: environment)
        #expect(first.stdout == uncached.stdout && second.stdout == uncached.stdout)
        let export = try CLIRunner.run(["export", "json", "--content", playbook.content.path], environment: environment)
        let fresh = try CLIRunner.run(["export", "json", "--no-cache", "--content", playbook.content.path], environment: environment)
        #expect(export.status == 0 && export.stdout == fresh.stdout)
    }
}
