import PlaybookCore

/// A comparison as a matrix: rows are dimensions, columns are us and each other party.
struct ComparisonMatrix {
    struct Column: Hashable {
        var name: String
        /// The competitor's ID; nil for us and for parties that match no competitor.
        var competitor: String?
        var isUs: Bool
    }

    let columns: [Column]
    let rows: [ComparisonRow]

    /// Columns: us first, then competitors in the order given, then any other party as written.
    init(rows: [ComparisonRow], preferredOrder: [String], names: [String: String], usLabel: String) {
        var columns = [Column(name: usLabel, competitor: nil, isUs: true)]
        func add(_ column: Column) { if !columns.contains(column) { columns.append(column) } }
        let mentioned = Set(rows.flatMap { $0.entries.compactMap(\.competitor) })
        for id in preferredOrder where mentioned.contains(id) {
            add(Column(name: names[id] ?? id, competitor: id, isUs: false))
        }
        for entry in rows.flatMap(\.entries) where !entry.isUs {
            if let id = entry.competitor {
                add(Column(name: names[id] ?? id, competitor: id, isUs: false))
            } else {
                add(Column(name: entry.party, competitor: nil, isUs: false))
            }
        }
        self.columns = columns
        self.rows = rows
    }

    private func entry(in row: ComparisonRow, for column: Column) -> ComparisonEntry? {
        row.entries.first { entry in
            column.isUs ? entry.isUs
                : column.competitor.map { entry.competitor == $0 } ?? (!entry.isUs && entry.competitor == nil && entry.party == column.name)
        }
    }

    /// The matrix as the `matrix` template shows it.
    func view(from page: SitePath, html: (String) -> String) -> MatrixView {
        let columnViews = columns.map { column in
            MatrixColumnView(name: column.name, isUs: column.isUs,
                             href: column.competitor.map { SitePath.document(.competitor, $0).href(from: page) })
        }
        let rowViews = rows.map { row in
            let cells = columns.map { column in
                let found = entry(in: row, for: column)
                return MatrixCellView(html: found.map { html($0.textHtml) } ?? "", empty: found == nil, isUs: column.isUs,
                                      party: column.name)
            }
            return MatrixRowView(id: row.id, dimension: row.dimension, cells: cells, verdict: row.verdict ?? "",
                                 hasVerdict: row.verdict != nil)
        }
        return MatrixView(columns: columnViews, rows: rowViews, present: !rows.isEmpty, width: columns.count + 2)
    }
}
