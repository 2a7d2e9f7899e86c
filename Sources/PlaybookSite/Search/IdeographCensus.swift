import PlaybookCore

/// Which ideographs a search corpus holds (its documents' titles and texts), and which of them
/// at least two documents hold. The fold table (``SearchIndex/foldTable(for:)``) depends on the
/// first set, so an edit to one document leaves it unchanged when every ideograph the edit
/// adds is already in the corpus and every one it removes is in another document too.
struct IdeographCensus: Sendable, Equatable, Codable {
    private static let words = SearchIndex.foldLimit / 64
    /// Bitmaps by code point.
    private(set) var seen: [UInt64]
    private(set) var shared: [UInt64]

    init() {
        seen = Array(repeating: 0, count: IdeographCensus.words)
        shared = seen
    }

    /// Counts the ideographs of `documents`, a batch of documents per core.
    init(_ documents: [SearchDocument]) {
        let size = max(256, documents.count / 4 + 1)
        let batches = ParallelMap.map(Array(stride(from: 0, to: documents.count, by: size))) { start in
            var census = IdeographCensus()
            // The last document that held each code point, so a document counts once.
            var last = [Int32](repeating: -1, count: SearchIndex.foldLimit)
            for number in start..<min(start + size, documents.count) {
                for text in [documents[number].title, documents[number].text] {
                    for scalar in text.unicodeScalars where SearchIndex.isIdeograph(scalar) && Int(scalar.value) < SearchIndex.foldLimit {
                        let value = Int(scalar.value)
                        guard last[value] != Int32(number) else { continue }
                        last[value] = Int32(number)
                        census.count(value)
                    }
                }
            }
            return census
        }
        self.init()
        for batch in batches {
            for word in 0..<IdeographCensus.words {
                shared[word] |= batch.shared[word] | (seen[word] & batch.seen[word])
                seen[word] |= batch.seen[word]
            }
        }
    }

    private mutating func count(_ value: Int) {
        let (word, bit) = (value >> 6, UInt64(1) << UInt64(value & 63))
        if seen[word] & bit != 0 { shared[word] |= bit } else { seen[word] |= bit }
    }

    /// The ideographs held, in code point order.
    var ordered: [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        for (index, word) in seen.enumerated() where word != 0 {
            for bit in 0..<64 where word & (1 << UInt64(bit)) != 0 { scalars.append(Unicode.Scalar(UInt32(index * 64 + bit))!) }
        }
        return scalars
    }

    func holds(_ scalar: Unicode.Scalar) -> Bool { test(seen, scalar) }
    func holdsTwice(_ scalar: Unicode.Scalar) -> Bool { test(shared, scalar) }

    private func test(_ bits: [UInt64], _ scalar: Unicode.Scalar) -> Bool {
        let value = Int(scalar.value)
        return value < SearchIndex.foldLimit && bits[value >> 6] & (1 << UInt64(value & 63)) != 0
    }

    /// Records that a document which did not hold `scalar` now does.
    mutating func add(_ scalar: Unicode.Scalar) {
        if Int(scalar.value) < SearchIndex.foldLimit { count(Int(scalar.value)) }
    }

    /// Records that a document no longer holds `scalar`, which ``holdsTwice(_:)``: it is still
    /// held, but perhaps by one document only.
    mutating func remove(_ scalar: Unicode.Scalar) {
        let value = Int(scalar.value)
        if value < SearchIndex.foldLimit { shared[value >> 6] &= ~(1 << UInt64(value & 63)) }
    }

    /// The ideographs of `texts`.
    static func ideographs(of texts: [String]) -> Set<Unicode.Scalar> {
        var found: Set<Unicode.Scalar> = []
        for text in texts { for scalar in text.unicodeScalars where SearchIndex.isIdeograph(scalar) { found.insert(scalar) } }
        return found
    }

    private enum CodingKeys: CodingKey { case seen, shared }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        seen = try c.decode([UInt64].self, forKey: .seen)
        shared = try c.decode([UInt64].self, forKey: .shared)
        guard seen.count == Self.words, shared.count == Self.words else {
            throw DecodingError.dataCorruptedError(forKey: .seen, in: c, debugDescription: "a census of another size")
        }
    }
}
