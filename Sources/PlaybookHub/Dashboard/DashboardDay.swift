import Foundation

/// Calendar days and weeks in UTC, the unit of the dashboard's charts (the store keeps Unix seconds).
public enum DashboardDay {
    public static let seconds: Int64 = 86_400
    /// Weeks start on Monday: the first Monday after the Unix epoch (a Thursday) is 4 days in.
    static let mondayOffset: Int64 = 4 * seconds

    /// The day number (days since 1970-01-01) of `time`.
    public static func day(of time: Int64) -> Int64 { floorDivide(time, seconds) }

    /// The Monday-based week number of `time`.
    public static func week(of time: Int64) -> Int64 { floorDivide(time - mondayOffset, 7 * seconds) }

    /// The first second of week `week`.
    public static func start(ofWeek week: Int64) -> Int64 { week * 7 * seconds + mondayOffset }

    /// `YYYY-MM-DD` of `time`.
    public static func text(_ time: Int64) -> String {
        let days = day(of: time)
        // Civil date from days since the epoch (Howard Hinnant's algorithm), no calendar object needed.
        let z = days + 719_468
        let era = floorDivide(z, 146_097)
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return String(format: "%04lld-%02lld-%02lld", y, m, d)
    }

    /// The first second (00:00 UTC) of a `YYYY-MM-DD` date, nil when it is not one.
    public static func parse(_ text: String) -> Int64? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int64(parts[0]), let m = Int64(parts[1]), let d = Int64(parts[2]),
              (1...12).contains(m), (1...31).contains(d) else { return nil }
        let yy = m <= 2 ? y - 1 : y
        let era = floorDivide(yy, 400)
        let yoe = yy - era * 400
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        let time = (era * 146_097 + doe - 719_468) * seconds
        // 2026-02-31 rolls over to March: refuse it rather than show another date.
        return self.text(time) == text ? time : nil
    }

    static func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }
}
