/// Rules for IDs: letters (including CJK), digits, `-` and `_`; nothing that can leave a folder.
public enum Identifier {
    /// Whether `id` is safe to use as a file name and in a URL path segment.
    public static func isValid(_ id: String) -> Bool {
        guard !id.isEmpty, id.count <= 128, id != ".", id != "..", !id.hasPrefix(".") else { return false }
        return id.unicodeScalars.allSatisfy { scalar in
            scalar == "-" || scalar == "_" || (scalar.isASCII ? isASCIIAlnum(scalar) : isLetterOrDigit(scalar))
        }
    }

    /// A readable ID from free text: lower-case ASCII letters and digits, CJK and other
    /// letters kept, everything else turned into single hyphens.
    public static func slug(_ text: String, maxLength: Int = 60) -> String {
        var result = ""
        var pendingHyphen = false
        for scalar in text.compatibilityFolded().unicodeScalars {
            let keep = scalar.isASCII ? isASCIIAlnum(scalar) || scalar == "_" : isLetterOrDigit(scalar)
            if keep {
                if pendingHyphen && !result.isEmpty { result.append("-") }
                pendingHyphen = false
                result.unicodeScalars.append(scalar.isASCII ? Unicode.Scalar(UInt8(ascii: scalar).lowercasedASCII) : scalar)
            } else {
                pendingHyphen = true
            }
            if result.unicodeScalars.count >= maxLength { break }
        }
        return result.isEmpty ? "item" : result
    }

    private static func isASCIIAlnum(_ s: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(s) || ("A"..."Z").contains(s) || ("0"..."9").contains(s)
    }

    private static func isLetterOrDigit(_ s: Unicode.Scalar) -> Bool {
        let p = s.properties
        return p.isAlphabetic || p.numericType != nil
    }
}

private extension UInt8 {
    init(ascii scalar: Unicode.Scalar) { self = UInt8(truncatingIfNeeded: scalar.value) }
    var lowercasedASCII: UInt8 { (65...90).contains(self) ? self + 32 : self }
}

/// Hands out IDs unique within one scope, adding `-2`, `-3` … to repeats.
///
/// Amortised O(1) per ID: the next suffix to try is remembered per base. IDs are only ever
/// added, so every suffix below it is taken and the first free one is the same as counting
/// from 2 each time would find.
struct IDAllocator {
    private var used: Set<String> = []
    /// For each base handed out with a suffix, the suffix to try next.
    private var nextSuffix: [String: Int] = [:]

    /// Reserves an explicit ID; returns false if it was taken already.
    mutating func claim(_ id: String) -> Bool { used.insert(id).inserted }

    /// A unique ID derived from `base`.
    mutating func unique(_ base: String) -> String {
        if used.insert(base).inserted { return base }
        var n = nextSuffix[base] ?? 2
        while !used.insert("\(base)-\(n)").inserted { n += 1 }
        nextSuffix[base] = n + 1
        return "\(base)-\(n)"
    }
}
