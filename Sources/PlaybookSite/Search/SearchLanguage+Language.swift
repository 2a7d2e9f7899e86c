import PlaybookCore

extension SearchLanguage {
    /// The search language of the bundled language layer plus a playbook's own synonym groups
    /// (``playbookGroups(of:)``), which are kept so an incremental build can make it again.
    init(playbookGroups: [[String]]) {
        var language = Language()
        // The words are folded already (``playbookGroups(of:)``): added as they are.
        for (number, words) in playbookGroups.enumerated() {
            language.thesaurus.add(SynonymGroup(id: "search:\(number + 1)", words: words, source: .playbook))
            language.segmenter.add(words: words.filter { $0.count <= SearchLanguage.longestAddedWord })
        }
        let segmenter = language.segmenter
        self.init(stopWords: language.stopWords.words, groups: language.thesaurus.groups.map(SearchLanguage.searchWords),
                  pinyin: SearchLanguage.standardPinyin, segment: { segmenter.segment($0).map(\.text) },
                  frequency: { segmenter.lexicon.frequency(of: $0) })
        self.playbookGroups = playbookGroups
    }

    /// The groups a playbook adds for search: its `synonyms:`, each competitor's ID, name and
    /// aliases, each product's ID and title. (Key points' alternatives are for answer scoring.)
    static func playbookGroups(of playbook: Playbook) -> [[String]] {
        Language.playbookGroups(playbook).filter { [.playbook, .competitor, .product].contains($0.source) }
            .map { $0.words.map(TextFolder.standard.fold).filter { !$0.isEmpty } }
    }

    /// A group's words, and for a bundled group its English label as well (`fee: 手续费 …`
    /// is also found by "fee"; `repay-early` by "repay early").
    private static func searchWords(_ group: SynonymGroup) -> [String] {
        guard group.source == .sales, let colon = group.id.firstIndex(of: ":") else { return group.words }
        let label = group.id[group.id.index(after: colon)...].replacingOccurrences(of: "-", with: " ").lowercased()
        guard !label.isEmpty, label.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || $0 == " " }) else { return group.words }
        return group.words + [label]
    }

    /// As ``Language`` adds a group's words to its segmenter: longer ones are phrases.
    private static let longestAddedWord = 6

    /// The bundled pinyin table by reading, made once.
    private static let standardPinyin = pinyin(PinyinTable.standard)

    /// Reading → characters, for every character of the table's CJK blocks.
    private static func pinyin(_ table: PinyinTable) -> [String: String] {
        var byReading: [String: String] = [:]
        for value in UInt32(0x3400)...UInt32(0x9FFF) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for reading in table.readings(of: Character(scalar)) { byReading[reading, default: ""].unicodeScalars.append(scalar) }
        }
        return byReading
    }
}
