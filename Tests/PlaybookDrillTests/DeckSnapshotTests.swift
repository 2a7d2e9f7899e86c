import Foundation
import PlaybookCache
import PlaybookCore
@testable import PlaybookDrill
import Testing

/// The drill's deck cache: a snapshot reads back exactly, and damaged bytes never trap.
@Suite struct DeckSnapshotTests {
    static let snapshot: DeckSnapshot = {
        let source = SourceReference(path: "Content/objections/价格.md", line: 12)
        var cards = [
            Card(id: "objection/price/fee", kind: .objection, front: "你们的手续费比别家贵。", back: "我理解您的顾虑……",
                 hint: "价格", keyPoints: ["认同客户感受", "资金安全"], avoid: ["嫌贵就别买"], tags: ["费用"],
                 category: "价格", products: ["fund"], competitors: ["cmb"], source: source),
            Card(id: "quiz/fund/投向", kind: .quiz, front: "稳盈理财主要投向什么？", back: "国债与存款",
                 choices: ["股票", "国债与存款", "期货"], answers: [1], source: source),
            Card(id: "style/self/emoji😀", kind: .style, front: "", back: "", source: source),
        ]
        cards[0].keyPointAlternatives = [["理解您的心情", "换位思考"], []]
        var drill = DrillSettings()
        drill.newPerSession = 7
        drill.desiredRetention = 0.85
        drill.learningSteps = [60, 600, 3600]
        let stamps = [FileStamp(folder: 0, path: "objections/价格.md", size: 1234,
                                                 modified: 1_795_424_400_123_456_789, inode: 42, hash: 0xdead_beef)]
        var snapshot = DeckSnapshot(inputs: "0123456789abcdef", stamps: stamps, title: "测试手册", locale: .zhHant,
                                    drill: drill, cards: cards)
        snapshot.synonymGroups = [SynonymGroup(id: "playbook:1", words: ["代发", "代发工资"], source: .playbook)]
        return snapshot
    }()

    @Test func readsBackWhatWasWritten() throws {
        let bytes = Self.snapshot.encoded()
        let read = try #require(DeckSnapshot(bytes: bytes))
        #expect(read == Self.snapshot)
        #expect(read.contentHashes == Self.snapshot.cards.map(CardFingerprint.hash))
    }

    @Test func everyTruncationIsRejected() {
        let bytes = Self.snapshot.encoded()
        for length in 0..<bytes.count {
            #expect(DeckSnapshot(bytes: Array(bytes.prefix(length))) == nil, "cut at \(length)")
        }
        #expect(DeckSnapshot(bytes: bytes + [0]) == nil, "trailing bytes")
    }

    @Test func damagedBytesNeverTrap() {
        let bytes = Self.snapshot.encoded()
        var generator = SplitMix64(seed: 5)
        for _ in 0..<2_000 {
            var damaged = bytes
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                damaged[Int.random(in: 0..<damaged.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            }
            _ = DeckSnapshot(bytes: damaged)  // nil or a snapshot: never a crash or a huge allocation
        }
    }

    @Test func anotherFormatIsIgnored() throws {
        // A sealed file of the earlier deck format, with a body this version could misread.
        var writer = CacheFile.writer(magic: "playbook-deck 4")
        try BinaryCoder.encode(Self.snapshot, into: &writer)
        #expect(DeckSnapshot(bytes: CacheFile.seal(writer)) == nil)
        var current = CacheFile.writer(magic: "playbook-deck 5")
        try BinaryCoder.encode(Self.snapshot, into: &current)
        #expect(DeckSnapshot(bytes: CacheFile.seal(current)) == Self.snapshot)
    }

    /// Damage that the checksum would catch, given to the decoder directly: it throws or gives
    /// some snapshot, never a trap or a huge allocation.
    @Test func damagedBodiesNeverTrapTheDecoder() throws {
        let body = try BinaryCoder.encode(Self.snapshot)
        var generator = SplitMix64(seed: 9)
        for _ in 0..<2_000 {
            var damaged = body
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                damaged[Int.random(in: 0..<damaged.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            }
            _ = try? BinaryCoder.decode(DeckSnapshot.self, from: damaged)
        }
    }

    @Test func cacheFileLivesUnderXDGCacheHomeAndRoundTrips() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("deck-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        let cache = DeckCache(contentPath: "/srv/playbooks/零售/Content", environment: ["XDG_CACHE_HOME": home.path])
        #expect(cache.file.hasPrefix(home.path + "/playbook/decks/Content-"))
        #expect(DeckCache(contentPath: "/srv/other/Content", environment: ["XDG_CACHE_HOME": home.path]).file != cache.file)
        #expect(cache.load() == nil)
        cache.store(Self.snapshot)
        #expect(cache.load() == Self.snapshot)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: home.path + "/playbook/decks")
        #expect(leftovers.count == 1, "no temporary file is left behind: \(leftovers)")
    }
}
