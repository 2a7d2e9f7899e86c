/// A comparison as the `matrix` template shows it (built by ``ComparisonMatrix``).
struct MatrixView: Sendable {
    var columns: [MatrixColumnView]
    var rows: [MatrixRowView]
    var present: Bool
    var width: Int
}

/// A column: us or another party; `href` only for a known competitor.
struct MatrixColumnView: Sendable {
    var name: String
    var isUs: Bool
    var href: String?
}

/// A dimension compared across the columns.
struct MatrixRowView: Sendable {
    var id: String
    var dimension: String
    var cells: [MatrixCellView]
    var verdict: String
    var hasVerdict: Bool
}

/// What one party says on one dimension; `empty` when it says nothing.
struct MatrixCellView: Sendable {
    var html: String
    var empty: Bool
    var isUs: Bool
    var party: String
}
