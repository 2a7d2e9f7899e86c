/// A calendar date without a time or time zone, such as a review date.
public struct CalendarDay: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDay.daysIn(month: month, year: year) else {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`.
    public init?(iso text: String) {
        let parts = text.trimmingWhitespace().split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The day of a moment, in UTC.
    public init(secondsSince1970 seconds: Int64) {
        let days = seconds / 86_400 - (seconds % 86_400 < 0 ? 1 : 0)  // floor, without overflow
        self = CalendarDay(daysSince1970: Int(days))
    }

    /// The days since 1970-01-01 the arithmetic below handles without overflow (about ±3 billion
    /// years); a day outside is clamped to this range, so no date or interval can trap.
    static let dayLimit = 1 << 40
    /// The years that stay within ``dayLimit``.
    static let yearLimit = dayLimit / 366

    /// The day `days` after 1970-01-01 (Howard Hinnant's civil-from-days).
    public init(daysSince1970 days: Int) {
        let z = min(max(days, -CalendarDay.dayLimit), CalendarDay.dayLimit) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        day = doy - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// Days since 1970-01-01.
    public var daysSince1970: Int {
        let year = min(max(year, -CalendarDay.yearLimit), CalendarDay.yearLimit)
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// `days` later (or earlier); saturates at ``dayLimit`` instead of overflowing.
    public func adding(days: Int) -> CalendarDay {
        let (sum, overflow) = daysSince1970.addingReportingOverflow(days)
        return CalendarDay(daysSince1970: overflow ? (days > 0 ? Int.max : Int.min) : sum)
    }

    /// The same day `months` later, clamped to the month's last day (Jan 31 + 1 month = Feb 28/29);
    /// saturates at ``yearLimit`` instead of overflowing.
    public func adding(months: Int) -> CalendarDay {
        let limit = CalendarDay.yearLimit * 12
        let start = min(max(year, -CalendarDay.yearLimit), CalendarDay.yearLimit) * 12 + (month - 1)
        let total = start + min(max(months, -2 * limit), 2 * limit)
        let clamped = min(max(total, -limit), limit)
        let y = clamped >= 0 ? clamped / 12 : (clamped - 11) / 12, m = clamped - y * 12 + 1
        return CalendarDay(year: y, month: m, day: min(day, CalendarDay.daysIn(month: m, year: y)))!
    }

    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (a: CalendarDay, b: CalendarDay) -> Bool { a.daysSince1970 < b.daysSince1970 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = CalendarDay(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a YYYY-MM-DD date"))
        }
        self = day
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// How often content must be reviewed: `90d`, `12w`, `6m` or `1y`.
public struct ReviewInterval: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Unit: String, Sendable, Codable { case days = "d", weeks = "w", months = "m", years = "y" }
    public var count: Int
    public var unit: Unit

    /// The longest interval: 100 years, in each unit.
    public static let maximumYears = 100

    /// The largest count of `unit` within ``maximumYears``.
    public static func maximumCount(_ unit: Unit) -> Int {
        switch unit {
        case .days: return maximumYears * 36_525 / 100
        case .weeks: return maximumYears * 36_525 / 100 / 7
        case .months: return maximumYears * 12
        case .years: return maximumYears
        }
    }

    /// Parses `90d`, `12w`, `6m` or `1y`; nil unless the count is 1 to ``maximumCount(_:)``.
    public init?(_ text: String) {
        guard case .valid(let interval)? = ReviewInterval.read(text) else { return nil }
        self = interval
    }

    /// What a written interval is: valid, well formed but too long (or too large a number to
    /// read), or nil when it is not a count with a unit at all.
    enum Reading { case valid(ReviewInterval), outOfRange }

    static func read(_ text: String) -> Reading? {
        let trimmed = text.trimmingWhitespace().lowercased()
        guard let last = trimmed.last, let unit = Unit(rawValue: String(last)) else { return nil }
        let digits = trimmed.dropLast()
        guard let count = Int(digits) else {
            let isNumber = !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
            return isNumber ? .outOfRange : nil
        }
        guard count > 0 else { return nil }
        guard count <= maximumCount(unit) else { return .outOfRange }
        return .valid(ReviewInterval(count: count, unit: unit))
    }

    private init(count: Int, unit: Unit) {
        self.count = count
        self.unit = unit
    }

    public var description: String { "\(count)\(unit.rawValue)" }

    /// The day a review done on `day` falls due (saturating: a count set past the maximum
    /// in code cannot overflow).
    public func due(after day: CalendarDay) -> CalendarDay {
        func times(_ factor: Int) -> Int {
            let (product, overflow) = count.multipliedReportingOverflow(by: factor)
            return overflow ? (count > 0 ? Int.max : Int.min) : product
        }
        switch unit {
        case .days: return day.adding(days: count)
        case .weeks: return day.adding(days: times(7))
        case .months: return day.adding(months: count)
        case .years: return day.adding(months: times(12))
        }
    }
}
