/// At most `failures` failed attempts in any `window` seconds; the next is refused until the
/// oldest of them is older than the window.
public struct RateLimitPolicy: Sendable, Equatable {
    public var failures: Int
    public var window: Int64

    public init(failures: Int, window: Int64) {
        self.failures = max(1, failures)
        self.window = max(1, window)
    }

    /// Seconds until another attempt is allowed, given the failure times (oldest first) inside the
    /// window ending at `now`; nil when one is allowed now.
    func retryAfter(failureTimes times: [Int64], now: Int64) -> Int64? {
        let recent = times.filter { $0 > now - window }
        guard recent.count >= failures else { return nil }
        // The attempt becomes allowed when all but `failures - 1` of the recent ones have aged out.
        let freeing = recent[recent.count - failures]
        return max(1, freeing + window - now)
    }
}
