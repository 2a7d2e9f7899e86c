/// Approximate matching of a short sequence inside a longer one.
enum SequenceMatching {
    /// The smallest edit distance between `pattern` and any run of `text` (Sellers), and the
    /// end (exclusive) of that run in `text`.
    static func bestSubstring<P, T>(pattern: [P], text: [T], equal: (P, T) -> Bool) -> (distance: Int, end: Int) {
        var previous = Array(0...pattern.count)
        var best = (distance: pattern.count, end: 0)
        for (position, unit) in text.enumerated() {
            var current = [0] + Array(repeating: 0, count: pattern.count)
            for i in 1...max(pattern.count, 1) where i <= pattern.count {
                let cost = equal(pattern[i - 1], unit) ? 0 : 1
                current[i] = min(previous[i] + 1, current[i - 1] + 1, previous[i - 1] + cost)
            }
            if current[pattern.count] < best.distance { best = (current[pattern.count], position + 1) }
            previous = current
        }
        return best
    }

    /// The start of the best run ending at `end`: the closest to the pattern, the longest of equals.
    static func start<P, T>(pattern: [P], text: [T], end: Int, equal: (P, T) -> Bool) -> Int {
        var best = (distance: Int.max, start: end)
        for start in stride(from: end - 1, through: max(0, end - 2 * pattern.count), by: -1) {
            let distance = editDistance(pattern, Array(text[start..<end]), equal: equal)
            if distance <= best.distance { best = (distance, start) }
        }
        return best.start
    }

    /// Levenshtein distance between two sequences.
    static func editDistance<P, T>(_ a: [P], _ b: [T], equal: (P, T) -> Bool) -> Int {
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where i <= a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where j <= b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (equal(a[i - 1], b[j - 1]) ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    /// The first occurrence of `part` in `whole`.
    static func find<T: Equatable>(_ part: [T], in whole: [T]) -> Range<Int>? {
        guard !part.isEmpty, part.count <= whole.count else { return nil }
        for start in 0...(whole.count - part.count) where whole[start..<(start + part.count)].elementsEqual(part) {
            return start..<(start + part.count)
        }
        return nil
    }
}
