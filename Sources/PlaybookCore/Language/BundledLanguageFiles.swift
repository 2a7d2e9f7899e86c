/// The language data files built into the binary (`Data/language/`), as text, for writing them
/// out again: the site ships them to the browser answer scorer (`assets/practice/language-data.js`).
public enum BundledLanguageFiles {
    /// `lexicon.txt`: `# total N`, then a word and its frequency per line.
    public static var lexicon: String { LanguageData.lexicon + "\n" }
    /// `pinyin.txt`: a toneless syllable and its characters per line.
    public static var pinyin: String { LanguageData.pinyin + "\n" }
    /// `stopwords.txt`.
    public static var stopWords: String { LanguageData.stopWords + "\n" }
    /// `thesaurus-sales.txt`: `group-id: word word …` per line.
    public static var salesThesaurus: String { LanguageData.salesThesaurus + "\n" }
    /// `opencc-folding.json`: the OpenCC configurations ``TextFolder`` uses (t2s, tw2sp, hk2s) and
    /// their dictionaries, as compact JSON safe inside a script element
    /// (`scripts/scorer/make-scorer-language.py --opencc` writes it from the installed OpenCC).
    public static var openccFoldingJSON: String { LanguageData.openccFolding }
}
