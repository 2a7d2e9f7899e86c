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
        /// A second line shown under the text on the page (the card ID under its title), not exported.
        public var detail: String?
        /// Numbers are right-aligned.
        public var numeric: Bool

        public init(_ text: String, value: String? = nil, href: String? = nil, style: String? = nil, detail: String? = nil,
                    numeric: Bool = false) {
            self.text = text
            self.detail = detail
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
    /// Columns exported to CSV but not shown on the page (their value is a cell's `detail` there).
    public var csvOnly: Set<Int>

    public init(id: String, title: String, columns: [String], rows: [[Cell]], csvOnly: Set<Int> = []) {
        self.id = id
        self.title = title
        self.columns = columns
        self.rows = rows
        self.csvOnly = csvOnly
    }

    /// The table as HTML (every text escaped), with its CSV link under the title.
    func html(csv: String, text: DashboardText) -> String {
        var out = "<section class=\"table\" id=\"\(HTMLEscaping.escape(id))\"><h2>\(HTMLEscaping.escape(title))</h2>"
        out += "<p class=\"csv\"><a href=\"\(HTMLEscaping.escape(csv))\">\(HTMLEscaping.escape(text[.csv]))</a></p>"
        guard !rows.isEmpty else { return out + "<p class=\"empty\">\(HTMLEscaping.escape(text[.noData]))</p></section>" }
        out += "<div class=\"scroll\"><table><thead><tr>"
        for (index, column) in columns.enumerated() where !csvOnly.contains(index) {
            out += "<th scope=\"col\">\(HTMLEscaping.escape(column))</th>"
        }
        out += "</tr></thead><tbody>"
        for row in rows {
            out += "<tr>"
            for (index, cell) in row.enumerated() where !csvOnly.contains(index) {
                let classes = [cell.numeric ? "num" : nil, cell.style?.hasPrefix("wide") == true ? nil : cell.style].compactMap { $0 }.joined(separator: " ")
                out += classes.isEmpty ? "<td>" : "<td class=\"\(HTMLEscaping.escape(classes))\">"
                let content = HTMLEscaping.escape(cell.text)
                var inner = cell.href.map { "<a href=\"\(HTMLEscaping.escape($0))\">\(content)</a>" } ?? content
                if let detail = cell.detail { inner += "<span class=\"detail\">\(HTMLEscaping.escape(detail))</span>" }
                // Table cells ignore min-width: a wide cell's block keeps long text readable on a phone (the table scrolls).
                out += cell.style?.hasPrefix("wide") == true ? "<div class=\"\(HTMLEscaping.escape(cell.style ?? ""))\">\(inner)</div>" : inner
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
