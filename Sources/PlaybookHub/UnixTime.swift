import Foundation

/// Whole Unix seconds, the unit of every time the hub stores.
enum UnixTime {
    static func now() -> Int64 { Int64(Date().timeIntervalSince1970.rounded(.down)) }
}
