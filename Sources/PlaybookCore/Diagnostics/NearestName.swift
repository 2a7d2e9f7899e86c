/// "Did you mean …?": the known name closest to a misspelt one.
///
/// Closeness is the edit distance over characters, so one wrong, missing or extra Chinese
/// character (应对话数 for 应对话术, 要典 for 要点) counts as one edit, as it does for a
/// Latin letter. A name is suggested only when at most a third of its characters differ
/// (at least one edit is always allowed), so short unrelated words are not offered.
public enum NearestName {
    /// The edits allowed between a name of `length` characters and a suggestion.
    public static func allowedEdits(forLength length: Int) -> Int { max(1, length / 3) }

    /// The candidate nearest to `name` within the allowed edits; ties go to the first candidate
    /// in `candidates` order. Case is ignored. Nil when none is close or `name` is a candidate.
    public static func nearest(to name: String, among candidates: [String]) -> String? {
        let key = name.lowercased(), length = key.count
        let limit = allowedEdits(forLength: length)
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let other = candidate.lowercased()
            guard abs(other.count - length) <= limit else { continue }
            let distance = EditDistance.between(key, other)
            if distance == 0 { return nil }
            if distance <= limit, distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
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
}
