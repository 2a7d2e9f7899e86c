import Foundation
import PlaybookCore

/// Anki's text import format: tab-separated notes with header lines naming the columns.
///
/// Columns: front, back, tags, GUID (the card ID, so re-importing updates notes instead of
/// duplicating them). Fields are HTML (`#html:true`): text is escaped and line breaks become `<br>`.
public enum AnkiExport {
    public static func text(_ cards: [Card]) -> String {
        var lines = ["#separator:tab", "#html:true", "#notetype:Basic", "#tags column:3", "#guid column:4"]
        for card in cards {
            var back = html(card.back)
            if card.isMultipleChoice {
                let options = card.choices.enumerated().map { "\($0.offset + 1). \(html($0.element))" }.joined(separator: "<br>")
                back = options + "<br><br>" + back
            }
            if !card.keyPoints.isEmpty, card.kind == .objection {
                back += "<br><br><b>" + card.keyPoints.map(html).joined(separator: " / ") + "</b>"
            }
            if !card.avoid.isEmpty {
                back += "<br><br>✗ " + card.avoid.map(html).joined(separator: " / ")
            }
            let tags = ([card.kind.rawValue] + card.tags + (card.category.map { [$0] } ?? []))
                .map { $0.replacingOccurrences(of: " ", with: "_") }
                .joined(separator: " ")
            lines.append([html(card.front), back, html(tags), card.id].joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Escapes HTML and keeps tabs and newlines out of a field.
    static func html(_ text: String) -> String {
        HTMLEscaping.escape(text)
            .replacingOccurrences(of: "\r\n", with: "<br>").replacingOccurrences(of: "\n", with: "<br>")
            .replacingOccurrences(of: "\t", with: " ")
    }
}
