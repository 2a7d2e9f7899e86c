import PlaybookCore

/// One table of the dashboard, written once and rendered both as HTML and as CSV.
public struct DashboardTable: Sendable, Equatable {
    /// One cell: the text shown, the value exported (a plain number rather than "83%"), and
    /// optionally a link and a CSS class.
    public struct Cell: Sendable, Equatable {
        public var text: String
        public var value: String
        public var href: String?
        public var style: String?
        /// Numbers are right-aligned.
        public var numeric: Bool

        public init(_ text: String, value: String? = nil, href: String? = nil, style: String? = nil, numeric: Bool = false) {
            self.text = text
            self.value = value ?? text
            self.href = href
            self.style = style
            self.numeric = numeric
        }

        public static func number(_ value: Int) -> Cell { Cell(String(value), numeric: true) }

        /// A share 0–1 shown as a percentage and exported as a percentage number with one decimal.
        public static func percent(_ share: Double?, text: DashboardText) -> Cell {
            Cell(text.percent(share), value: share.map { String(format: "%.1f", $0 * 100) } ?? "", numeric: true)
        }

        /// A time shown and exported as its UTC date, empty when there is none.
        public static func date(_ time: Int64?, empty: String = "") -> Cell {
            Cell(time.map(DashboardDay.text) ?? empty, value: time.map(DashboardDay.text) ?? "")
        }
    }

    /// Identifies the table in its CSV link and file name (`learners`, `weakest` …).
    public var id: String
    public var title: String
    public var columns: [String]
    public var rows: [[Cell]]

    public init(id: String, title: String, columns: [String], rows: [[Cell]]) {
        self.id = id
        self.title = title
        self.columns = columns
        self.rows = rows
    }

    /// The table as HTML (every text escaped), with its CSV link under the title.
    func html(csv: String, text: DashboardText) -> String {
        var out = "<section class=\"table\" id=\"\(HTMLEscaping.escape(id))\"><h2>\(HTMLEscaping.escape(title))</h2>"
        out += "<p class=\"csv\"><a href=\"\(HTMLEscaping.escape(csv))\">\(HTMLEscaping.escape(text[.csv]))</a></p>"
        guard !rows.isEmpty else { return out + "<p class=\"empty\">\(HTMLEscaping.escape(text[.noData]))</p></section>" }
        out += "<div class=\"scroll\"><table><thead><tr>"
        for column in columns { out += "<th scope=\"col\">\(HTMLEscaping.escape(column))</th>" }
        out += "</tr></thead><tbody>"
        for row in rows {
            out += "<tr>"
            for cell in row {
                let classes = [cell.numeric ? "num" : nil, cell.style].compactMap { $0 }.joined(separator: " ")
                out += classes.isEmpty ? "<td>" : "<td class=\"\(HTMLEscaping.escape(classes))\">"
                let content = HTMLEscaping.escape(cell.text)
                out += cell.href.map { "<a href=\"\(HTMLEscaping.escape($0))\">\(content)</a>" } ?? content
                out += "</td>"
            }
            out += "</tr>"
        }
        return out + "</tbody></table></div></section>"
    }

    /// The table as CSV: a UTF-8 byte order mark (so Excel reads Chinese right), CRLF line ends,
    /// fields quoted when needed, and text that a spreadsheet would run as a formula defused.
    public var csv: String {
        let lines = [columns.map { Self.field($0) }] + rows.map { $0.map { Self.field($0.value, numeric: $0.numeric) } }
        return "\u{FEFF}" + lines.map { $0.joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    static func field(_ value: String, numeric: Bool = false) -> String {
        var text = value
        // `=`, `+`, `-`, `@` (and tab/CR) start a formula in Excel and LibreOffice: a learner's
        // answer must stay text. Numbers we write ourselves are left as they are.
        if !numeric, let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { text = "'" + text }
        guard text.unicodeScalars.contains(where: { ",\"\n\r".unicodeScalars.contains($0) }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
