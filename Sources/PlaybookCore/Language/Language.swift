/// The language layer: folding, word segmentation, stop words, synonyms and pinyin, bundled so
/// search and answer scoring understand text the same way.
///
/// Build one per playbook with ``init(playbook:)`` (it adds the playbook's own words and
/// synonym groups) and share it: it is a value, `Sendable`, and the big tables inside are
/// shared, not copied.
public struct Language: Sendable {
    public var folder: TextFolder
    public var segmenter: WordSegmenter
    public var stopWords: StopWords
    public var thesaurus: Thesaurus
    public var pinyin: PinyinTable

    public init(folder: TextFolder = .standard, segmenter: WordSegmenter? = nil, stopWords: StopWords = .standard,
                thesaurus: Thesaurus = .sales, pinyin: PinyinTable = .standard) {
        self.folder = folder
        self.segmenter = segmenter ?? WordSegmenter()
        self.stopWords = stopWords
        self.thesaurus = thesaurus
        self.pinyin = pinyin
        self.segmenter.add(words: thesaurus.words.filter { $0.count <= Language.longestAddedWord })
    }

    /// The bundled data without any playbook's words.
    public static let standard = Language()

    /// Words longer than this are phrases: they stay out of the segmenter so their own words
    /// can still be matched one by one.
    static let longestAddedWord = 6

    /// The bundled data plus the playbook's words (``playbookGroups(_:)``).
    public init(playbook: Playbook) {
        self.init()
        for group in Language.playbookGroups(playbook) { add(group) }
    }

    /// The bundled data plus some groups (such as ``playbookGroups(_:)`` kept with a drill deck).
    public init(adding groups: [SynonymGroup]) {
        self.init()
        for group in groups { add(group) }
    }

    /// A playbook's own synonym groups, as written (not folded): its `synonyms:` setting
    /// (`playbook:1` …), each competitor's name, aliases and ID (`competitor:ID`), each
    /// product's title and ID (`product:ID`), and each key point with its alternatives
    /// (`keyPoint:FILE/OBJECTION/N`).
    public static func playbookGroups(_ playbook: Playbook) -> [SynonymGroup] {
        var groups = playbook.settings.synonyms.enumerated().map { number, words in
            SynonymGroup(id: "playbook:\(number + 1)", words: words, source: .playbook)
        }
        for competitor in playbook.competitors {
            groups.append(SynonymGroup(id: "competitor:\(competitor.info.id)",
                                       words: [competitor.name] + competitor.aliases + [competitor.info.id], source: .competitor))
        }
        for product in playbook.products {
            groups.append(SynonymGroup(id: "product:\(product.info.id)", words: [product.info.title, product.info.id],
                                       source: .product))
        }
        return groups + keyPointGroups(of: playbook.objections)
    }

    /// The groups `objections` add to ``playbookGroups(_:)``: each key point with its
    /// alternatives (`keyPoint:FILE/OBJECTION/N`), in order.
    public static func keyPointGroups(of objections: [Objection]) -> [SynonymGroup] {
        var groups: [SynonymGroup] = []
        for objection in objections {
            for (number, point) in objection.keyPoints.enumerated() {
                let alternatives = number < objection.keyPointAlternatives.count ? objection.keyPointAlternatives[number] : []
                guard !alternatives.isEmpty else { continue }
                groups.append(SynonymGroup(id: "keyPoint:\(objection.fileID)/\(objection.id)/\(number + 1)",
                                           words: [point] + alternatives, source: .keyPoint))
            }
        }
        return groups
    }

    /// Adds a synonym group (words folded here) and its short words to the segmenter.
    public mutating func add(_ group: SynonymGroup) {
        var group = group
        group.words = group.words.map { folder.fold($0) }.filter { !$0.isEmpty }
        thesaurus.add(group)
        segmenter.add(words: group.words.filter { $0.count <= Language.longestAddedWord })
    }

    /// Adds words the segmenter must keep whole (folded here).
    public mutating func add(words: [String]) {
        segmenter.add(words: words.map { folder.fold($0) })
    }

    /// Folded text.
    public func fold(_ text: String) -> String { folder.fold(text) }

    /// The words of some text, after folding, with offsets in the folded text.
    public func words(_ text: String) -> [Token] {
        segmenter.segment(folder.folded(text).characters)
    }

    /// The words of some text without stop words.
    public func contentWords(_ text: String) -> [Token] {
        words(text).filter { !stopWords.contains($0.text) }
    }

    /// A folded word's senses: the word itself, then the IDs of the synonym groups it is in.
    /// Two words mean the same in some sense when their senses intersect.
    public func senses(of word: String) -> [String] {
        [word] + thesaurus.groupIDs(of: word)
    }

    /// Whether a folded word is a stop word.
    public func isStopWord(_ word: String) -> Bool { stopWords.contains(word) }
}
