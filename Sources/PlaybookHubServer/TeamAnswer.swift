import PlaybookHub

/// The answer of `GET /api/v1/team`: the team summary's members (`learners`, `weakest`) and
/// `forecast`, which is filled when the request names a date (`?date=YYYY-MM-DD`, with the
/// forecast page's `product`, `category`, `kind` and `tag`) and null otherwise, so that the
/// plain summary stays as fast as it is.
struct TeamAnswer: Encodable {
    let summary: TeamSummary
    let forecast: Forecast?

    enum CodingKeys: String, CodingKey {
        case forecast
    }

    func encode(to encoder: any Encoder) throws {
        try summary.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(forecast, forKey: .forecast)
    }
}
