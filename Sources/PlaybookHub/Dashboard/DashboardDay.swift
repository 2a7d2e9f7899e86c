import PlaybookCore

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
    public static func text(_ time: Int64) -> String { CalendarDay(secondsSince1970: time).description }

    /// The first second (00:00 UTC) of a `YYYY-MM-DD` date, nil when it is not one (2026-02-30 is not).
    public static func parse(_ text: String) -> Int64? {
        CalendarDay(iso: text).map { Int64($0.daysSince1970) * seconds }
    }

    static func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }
}
