extension StringProtocol {
    /// The first occurrence of `pattern`'s bytes, found by scanning the UTF-8 bytes: ASCII
    /// markers in generated HTML need neither Foundation's locale-aware `range(of:)` nor the
    /// generic searcher of `firstRange(of:)`, both far slower on long pages.
    func firstByteRange(of pattern: [UInt8]) -> Range<Index>? {
        let bytes = utf8
        guard let first = pattern.first else { return nil }
        var start = bytes.startIndex
        while let found = bytes[start...].firstIndex(of: first) {
            var cursor = found
            var matched = 0
            while matched < pattern.count, cursor < bytes.endIndex, bytes[cursor] == pattern[matched] {
                bytes.formIndex(after: &cursor)
                matched += 1
            }
            if matched == pattern.count { return found..<cursor }
            start = bytes.index(after: found)
        }
        return nil
    }
}
