import Foundation
import PlaybookCore
import PlaybookDrill

/// What a trainer asks the forecast: a date and which cards (by product, category, kind, tag).
public struct ForecastQuery: Sendable, Equatable {
    /// Why a query was refused.
    public enum Problem: Error, Sendable, Equatable {
        /// `date` is not `YYYY-MM-DD`.
        case badDate(String)
        /// `kind` is not a card kind.
        case badKind(String)
    }

    /// 00:00 UTC of the date.
    public var date: Int64
    public var product: String?
    public var category: String?
    public var kind: CardKind?
    public var tag: String?

    /// Days ahead of today the forecast looks when no date is given.
    public static let defaultDays: Int64 = 30

    public init(date: Int64, product: String? = nil, category: String? = nil, kind: CardKind? = nil, tag: String? = nil) {
        self.date = date
        self.product = product
        self.category = category
        self.kind = kind
        self.tag = tag
    }

    /// The query from URL parameters (`date`, `product`, `category`, `kind`, `tag`; empty means
    /// any); without a date, `defaultDays` after `now`.
    public static func parse(_ parameters: [String: String], now: Int64) throws(Problem) -> ForecastQuery {
        func value(_ name: String) -> String? {
            guard let text = parameters[name]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            return text
        }
        let date: Int64
        if let text = value("date") {
            guard let parsed = DashboardDay.parse(text) else { throw .badDate(text) }
            date = parsed
        } else {
            date = (DashboardDay.day(of: now) + defaultDays) * DashboardDay.seconds
        }
        var kind: CardKind?
        if let text = value("kind") {
            guard let parsed = CardKind(rawValue: text) else { throw .badKind(text) }
            kind = parsed
        }
        return ForecastQuery(date: date, product: value("product"), category: value("category"), kind: kind, tag: value("tag"))
    }

    /// The drill's card filter for this query.
    public var filter: CardFilter {
        CardFilter(kinds: kind.map { [$0] } ?? [], tags: tag.map { [$0] } ?? [], categories: category.map { [$0] } ?? [],
                   products: product.map { [$0] } ?? [])
    }

    /// The query as URL parameters, for links that keep it.
    public var queryString: String {
        let pairs: [(String, String?)] = [("date", DashboardDay.text(date)), ("product", product), ("category", category),
                                          ("kind", kind?.rawValue), ("tag", tag)]
        return pairs.compactMap { name, value in
            value.map { name + "=" + ($0.addingPercentEncoding(withAllowedCharacters: Self.valueCharacters) ?? $0) }
        }.joined(separator: "&")
    }

    private static let valueCharacters = CharacterSet.urlQueryAllowed.subtracting(CharacterSet(charactersIn: "&=+#;"))
}
