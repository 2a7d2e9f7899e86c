import Foundation
import PlaybookCore

/// The practice page's data files, as scripts (the page works from `file://`: no fetch).
enum PracticeScripts {
    static let deckPath = "practice/deck.js"
    static func shardPath(_ number: Int) -> String { "practice/cards/\(number).js" }
    static let languagePath = "assets/practice/language-data.js"

    /// Settings the page needs that `playbook.md` does not set: the scheduler's longest interval
    /// (days) and the exam pass mark, as `playbook drill` uses them (`SchedulerParameters`, `--pass`).
    static let maximumInterval = 36500
    static let examPassMark = 80

    /// `practice/deck.js`: one global, `PlaybookPracticeDeck`, with the deck's settings, strings,
    /// facets and one row per card (no card text), as JSON in a string the script parses.
    static func deck(_ deck: PracticeDeck, strings: [PlaybookLocale: [String: String]]) -> String {
        typealias J = PracticeCardJSON
        let drill = deck.drill
        let settings = "{" + ([
            J.field("newPerSession", String(drill.newPerSession)),
            J.field("desiredRetention", J.number(drill.desiredRetention)),
            J.field("learningSteps", J.list(drill.learningSteps.map(String.init))),
            J.field("relearningSteps", J.list(drill.relearningSteps.map(String.init))),
            J.field("maximumInterval", String(maximumInterval)), J.field("enableFuzzing", "true"),
            J.field("examPassMark", String(examPassMark)),
        ] + (deck.hub.map { [J.field("hub", J.quote($0))] } ?? [])).joined(separator: ",") + "}"
        let locales: [PlaybookLocale] = [.zhHans, .zhHant, .en]
        let stringTables = "{" + locales.map { locale in
            let table = strings[locale] ?? [:]
            return J.field(UIText.htmlLang(locale),
                           "{" + table.keys.sorted().map { J.field(escapedName($0), J.quote(table[$0] ?? "")) }.joined(separator: ",") + "}")
        }.joined(separator: ",\n") + "}"
        let kindLabels = PracticeStrings.kindLabels(deck.locale, strings: strings)
        let kinds = J.list(deck.kinds.map { kind in
            "{" + J.field("id", J.quote(kind.rawValue)) + "," + J.field("label", J.quote(kindLabels[kind] ?? kind.rawValue)) + "}"
        })
        func named(_ items: [PracticeDeck.Named]) -> String {
            J.list(items.map { "{" + J.field("id", J.quote($0.id)) + "," + J.field("name", J.quote($0.name)) + "}" })
        }
        var cards = "[\n"
        cards.reserveCapacity(deck.rows.count * 72)
        for (number, row) in deck.rows.enumerated() {
            if number > 0 { cards += ",\n" }
            cards += "["
            cards += J.quote(row.id)
            cards += ","
            cards += String(row.kind)
            cards += ","
            cards += String(row.category)
            for list in [row.products, row.competitors, row.tags] {
                cards += ",["
                for (position, value) in list.enumerated() {
                    if position > 0 { cards += "," }
                    cards += String(value)
                }
                cards += "]"
            }
            cards += ","
            cards += J.quote(row.contentHash)
            cards += ","
            cards += String(row.shard)
            cards += ","
            cards += String(row.flags)
            cards += "]"
        }
        cards += "\n]"
        let fields = [
            J.field("version", "1"), J.field("playbook", J.quote(deck.title)),
            J.field("locale", J.quote(UIText.htmlLang(deck.locale))), J.field("settings", settings),
            J.field("strings", stringTables), J.field("kinds", kinds), J.field("categories", J.strings(deck.categories)),
            J.field("tags", J.strings(deck.tags)), J.field("products", named(deck.products)),
            J.field("competitors", named(deck.competitors)), J.field("groups", J.list(deck.groups.map(J.strings))),
            J.field("shards", String(deck.shardCount)), J.field("cards", cards),
        ]
        let json = "{\n" + fields.joined(separator: ",\n") + "\n}"
        return "// The practice deck (playbook build): see assets/practice/ for the page that reads it.\n"
            + "var PlaybookPracticeDeck = JSON.parse(" + singleQuoted(json) + ");\n"
    }

    /// `text` as a single-quoted JavaScript string literal. The deck is read with `JSON.parse`
    /// because browsers parse a JSON string much faster than the same data as a script literal.
    /// Line breaks and `<` are escaped too: the script never holds a raw `</script` or a
    /// character that ends a line in older JavaScript.
    static func singleQuoted(_ text: String) -> String {
        var out = "'"
        out.reserveCapacity(text.utf8.count + text.utf8.count / 8 + 2)
        // Runs of bytes that need nothing are appended whole (the deck is megabytes of JSON).
        let utf8 = text.utf8
        var run = utf8.startIndex
        var index = run
        while index < utf8.endIndex {
            let byte = utf8[index]
            var replacement: String?
            var length = 1
            switch byte {
            case UInt8(ascii: "\\"): replacement = "\\\\"
            case UInt8(ascii: "'"): replacement = "\\'"
            case UInt8(ascii: "\n"): replacement = "\\n"
            case UInt8(ascii: "\r"): replacement = "\\r"
            case UInt8(ascii: "<"): replacement = "\\x3c"
            case 0xE2:  // U+2028 and U+2029 end a line in older JavaScript: E2 80 A8, E2 80 A9
                let second = utf8.index(after: index)
                if second < utf8.endIndex, utf8[second] == 0x80 {
                    let third = utf8.index(after: second)
                    if third < utf8.endIndex, utf8[third] == 0xA8 || utf8[third] == 0xA9 {
                        replacement = utf8[third] == 0xA8 ? "\\u2028" : "\\u2029"
                        length = 3
                    }
                }
            default: break
            }
            guard let replacement else {
                utf8.formIndex(after: &index)
                continue
            }
            out += text[run..<index]
            out += replacement
            index = utf8.index(index, offsetBy: length)
            run = index
        }
        out += text[run...]
        return out + "'"
    }

    /// `practice/cards/N.js`: hands the shard's cards to the page, which defines `addShard`. A
    /// value several cards share (``SharedJSON``) is written once, in a table `V` the cards refer
    /// to (`V[3]`); the page gets plain objects either way.
    static func shard(_ number: Int, cards: [SharedJSON]) -> String {
        var uses: [String: Int] = [:]
        for card in cards { for value in card.shared { uses[value.key, default: 0] += 1 } }
        var table: [String] = []
        var slots: [String: Int] = [:]
        let written = cards.map { card in
            card.written { key, value in
                guard uses[key, default: 0] > 1 else { return value }
                if let slot = slots[key] { return "V[\(slot)]" }
                slots[key] = table.count
                table.append(value)
                return "V[\(table.count - 1)]"
            }
        }
        let call = "PlaybookPracticeDeck.addShard(\(number), [\n" + written.joined(separator: ",\n") + "\n]);\n"
        guard !table.isEmpty else { return call }
        return "(function (V) {\n" + call + "})([\n" + table.joined(separator: ",\n") + "\n]);\n"
    }

    /// `assets/practice/language-data.js`: the language data the answer scorer needs, from the data
    /// built into the binary (the same script `scripts/scorer/make-scorer-language.py --out` writes).
    static func languageData() -> String {
        typealias J = PracticeCardJSON
        let fields = [
            J.field("lexicon", J.quote(BundledLanguageFiles.lexicon)), J.field("pinyin", J.quote(BundledLanguageFiles.pinyin)),
            J.field("stopWords", J.quote(BundledLanguageFiles.stopWords)),
            J.field("thesaurus", J.quote(BundledLanguageFiles.salesThesaurus)),
            J.field("opencc", BundledLanguageFiles.openccFoldingJSON.trimmingCharacters(in: .whitespacesAndNewlines)),
        ]
        return "// Language data of the practice answer scorer (playbook build): jieba 0.42.1 dictionary (MIT), pypinyin\n"
            + "// 0.55.0 (MIT), OpenCC 1.1 t2s/tw2sp/hk2s dictionaries (Apache-2.0), project stop words and thesaurus.\n"
            + "var PlaybookScorerLanguage = {" + fields.joined(separator: ",\n") + "};\n"
    }

    /// A string-table key as a JSON name (keys are ASCII words with dots; quoted all the same).
    private static func escapedName(_ key: String) -> String {
        String(PracticeCardJSON.quote(key).dropFirst().dropLast())
    }
}
