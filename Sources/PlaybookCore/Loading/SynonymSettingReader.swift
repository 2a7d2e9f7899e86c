import Yams

/// Reads the `synonyms:` setting of `playbook.md`: groups of words that mean the same in this
/// playbook, for search and answer scoring.
///
///     synonyms:
///       - [代发, 代发工资, 发薪]
///       - 维修资金 / 专项维修资金 / 大修基金
///
/// A group is a YAML list, or one text with its words separated by `/`, `、`, `，` or `,`.
enum SynonymSettingReader {
    static func groups(_ frontMatter: FrontMatter, log: inout DiagnosticLog) -> [[String]] {
        guard let node = frontMatter.node("synonyms") else { return [] }
        if let scalar = node.scalar, PlainScalar.isNull(scalar) { return [] }
        guard let sequence = node.sequence else {
            log.error(.invalidField, at: frontMatter.location(of: node),
                      "`synonyms` must be a list of groups, such as `synonyms: [[代发, 代发工资, 发薪]]`")
            return []
        }
        var groups: [[String]] = []
        var read = 0
        for item in sequence {
            // YAML aliases can repeat one list many times: stop at a size no playbook needs.
            read += 1 + (item.sequence?.count ?? 0)
            guard read <= maximumWords else {
                log.error(.invalidField, at: frontMatter.location(of: node),
                          "`synonyms` holds more than \(maximumWords) words (YAML aliases repeat lists); write its groups out")
                return groups
            }
            let location = frontMatter.location(of: item)
            var words: [(text: String, location: SourceLocation)] = []
            if let scalar = item.scalar {
                words = split(scalar.string).map { ($0, location) }
            } else if let list = item.sequence {
                for entry in list {
                    guard let scalar = entry.scalar else {
                        log.error(.invalidField, at: frontMatter.location(of: entry),
                                  "a word of a `synonyms` group must be a single value, such as `代发工资`")
                        continue
                    }
                    let word = scalar.string.trimmingWhitespace()
                    if !word.isEmpty { words.append((word, frontMatter.location(of: entry))) }
                }
            } else {
                log.error(.invalidField, at: location,
                          "each `synonyms` group must be a list of words, such as `[代发, 代发工资, 发薪]`")
                continue
            }
            var seen: Set<String> = []
            var distinct: [String] = []
            for (word, wordLocation) in words {
                let key = TextFolder.standard.fold(word)
                if seen.insert(key).inserted {
                    distinct.append(word)
                } else {
                    log.warning(.duplicateSynonym, at: wordLocation,
                                "“\(word)” is written twice in this `synonyms` group; remove the repeat")
                }
            }
            guard distinct.count >= 2 else {
                log.warning(.smallSynonymGroup, at: location,
                            "a `synonyms` group needs at least two different words, such as `[代发, 代发工资]`; add a word or remove the group")
                continue
            }
            groups.append(distinct)
        }
        return groups
    }

    /// The most words (and groups) `synonyms:` may hold.
    static let maximumWords = 20_000

    /// Words of a group written as one text: `代发 / 代发工资 / 发薪`.
    static func split(_ text: String) -> [String] {
        text.split(whereSeparator: { "/、，,；;".contains($0) }).map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
    }
}
