import Foundation
import Testing

/// The drill keeps its deck (cards and settings) in a cache keyed by the content's fingerprint:
/// it is used only while no content file changed, and a missing or damaged cache only costs a parse.
@Suite struct DrillDeckCacheTests {
    typealias F = DrillFixture

    @Test func aSessionStoresTheDeckAndTheNextOneAsksTheSameCards() throws {
        let pb = try DrillPlaybook()
        defer { pb.remove() }
        let first = try pb.drill(["--exam"], input: "\n\n\n\n\n")
        #expect(pb.deckCacheFiles.count == 1, "the first session stores the deck under XDG_CACHE_HOME")
        let second = try pb.drill(["--exam"], input: "\n\n\n\n\n")
        #expect(first.askedFronts == second.askedFronts && first.askedFronts.count == 5, "\(second.stdout)")
    }

    @Test func anEditedFileIsReadAgain() throws {
        let pb = try DrillPlaybook()
        defer { pb.remove() }
        _ = try pb.drill(["--exam", "--kind", "objection"], input: "\n\n\n")
        let edited = F.priceObjections.replacingOccurrences(of: "> 你们的手续费比别家贵。", with: "> 手续费怎么这么高？")
        try pb.playbook.write("objections/price.md", edited)
        let next = try pb.drill(["--exam", "--kind", "objection"], input: "\n\n\n")
        #expect(next.askedFronts.contains("手续费怎么这么高？"), "\(next.stdout)")
        #expect(!next.askedFronts.contains(F.feeFront))
    }

    @Test func anEditThatBreaksTheContentStopsTheDrillDespiteTheCache() throws {
        let pb = try DrillPlaybook()
        defer { pb.remove() }
        _ = try pb.drill(["--exam"], input: "\n\n\n\n\n")
        try pb.playbook.write("products/fund.md", "---\ntitle: [unclosed\n---\n")
        let broken = try pb.drill(input: "")
        #expect(broken.status == 1, "content errors stop the drill: \(broken.stdout)")
        #expect(broken.stderr.contains("products/fund.md"), "\(broken.stderr)")
    }

    @Test func aDamagedOrForeignCacheFileIsIgnoredAndReplaced() throws {
        let pb = try DrillPlaybook()
        defer { pb.remove() }
        _ = try pb.drill(["--exam"], input: "\n\n\n\n\n")
        let cache = try #require(pb.deckCacheFiles.first)
        let good = try Data(contentsOf: cache)
        for damaged in [Data("not a deck".utf8), good.prefix(good.count / 2), Data(good.reversed()), Data()] {
            try damaged.write(to: cache)
            let run = try pb.drill(["--exam"], input: "\n\n\n\n\n")
            #expect(run.exitedNormally && run.askedFronts.count == 5, "a damaged cache is read around: \(run.stderr)")
            #expect(try Data(contentsOf: cache) == good, "and written again whole")
        }
    }

    @Test func anUnwritableCacheFolderDoesNotStopTheDrill() throws {
        let pb = try DrillPlaybook()
        defer { pb.remove() }
        // A file where the cache folder should be.
        try Data("x".utf8).write(to: pb.cacheHome)
        let run = try pb.drill(["--exam"], input: "\n\n\n\n\n")
        #expect(run.exitedNormally && run.askedFronts.count == 5, "\(run.stderr)")
    }

    /// The database is read while the deck loads; content errors still come first, and a
    /// damaged database is still reported (exit 2) and left as it was.
    @Test func contentErrorsComeBeforeDatabaseErrors() throws {
        let pb = try DrillPlaybook()
        defer { pb.remove() }
        let noise = DrillFiles.noise(count: 4096)
        try noise.write(to: URL(fileURLWithPath: pb.db))
        try pb.playbook.write("products/fund.md", "---\ntitle: [unclosed\n---\n")
        let broken = try pb.drill(input: "")
        #expect(broken.status == 1, "\(broken.stderr)")
        try pb.playbook.write("products/fund.md", F.product)
        let damaged = try pb.drill(input: "")
        #expect(damaged.status == 2 && damaged.stderr.contains("已损坏"), "\(damaged.stderr)")
        #expect(DrillFiles.bytes(pb.db) == noise)
    }
}
