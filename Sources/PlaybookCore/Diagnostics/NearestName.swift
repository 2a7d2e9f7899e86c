/// "Did you mean …?": the known name closest to a misspelt one.
///
/// Closeness is the edit distance over characters, so one wrong, missing or extra Chinese
/// character (应对话数 for 应对话术, 要典 for 要点) counts as one edit, as it does for a
/// Latin letter; a character replaced by one that sounds the same (an IME slip: 竞频对币 for
/// 竞品对比; ``PinyinTable``) counts as half an edit. A name is suggested only when at most a third of its
/// characters differ (at least one edit is always allowed), so short unrelated words are not offered.
public enum NearestName {
    /// The edits allowed between a name of `length` characters and a suggestion.
    public static func allowedEdits(forLength length: Int) -> Int { max(1, length / 3) }

    /// The candidate nearest to `name` within the allowed edits; ties go to the first candidate
    /// in `candidates` order. Case is ignored. Nil when none is close or `name` is a candidate.
    public static func nearest(to name: String, among candidates: [String],
                               soundAlike: (Character, Character) -> Bool = PinyinTable.standard.soundAlike) -> String? {
        let key = name.lowercased(), length = key.count
        let limit = allowedEdits(forLength: length)
        var best: (name: String, halfEdits: Int)?
        for candidate in candidates {
            let other = candidate.lowercased()
            guard abs(other.count - length) <= limit else { continue }
            if other == key { return nil }
            let halfEdits = EditDistance.halfEdits(key, other, soundAlike: soundAlike)
            if halfEdits <= 2 * limit, halfEdits < (best?.halfEdits ?? Int.max) { best = (candidate, halfEdits) }
        }
        return best?.name
    }
}

/// Levenshtein distance over characters, for "did you mean" suggestions.
public enum EditDistance {
    public static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The distance counted in half edits: two per insertion, deletion or substitution, one
    /// for a substitution by a character `soundAlike` pairs with the original.
    public static func halfEdits(_ a: String, _ b: String, soundAlike: (Character, Character) -> Bool) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return 2 * b.count }
        if b.isEmpty { return 2 * a.count }
        var previous = (0...b.count).map { 2 * $0 }
        var current = previous
        for i in 1...a.count {
            current[0] = 2 * i
            for j in 1...b.count {
                let substitution = a[i - 1] == b[j - 1] ? 0 : soundAlike(a[i - 1], b[j - 1]) ? 1 : 2
                current[j] = min(previous[j] + 2, current[j - 1] + 2, previous[j - 1] + substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
