import COpenCC
import Foundation

/// Converts between Traditional and Simplified Chinese with OpenCC.
///
/// Owns one OpenCC handle. OpenCC's converters are not documented as thread-safe, so
/// conversions are serialised with a lock; build one converter per direction and reuse it.
public final class ChineseConverter: @unchecked Sendable {
    /// The OpenCC configurations this tool uses.
    public enum Direction: String, Sendable {
        /// Traditional → Simplified (for matching text across scripts).
        case traditionalToSimplified = "t2s.json"
        /// Simplified → Traditional, Taiwan phrasing (for the zh-Hant UI).
        case simplifiedToTaiwan = "s2twp.json"
        /// Simplified → Traditional, character by character.
        case simplifiedToTraditional = "s2t.json"
        /// Taiwan Traditional → Simplified with mainland phrasing (資訊 → 信息, 網路 → 网络).
        case taiwanToSimplifiedPhrases = "tw2sp.json"
        /// Hong Kong Traditional → Simplified (Hong Kong variant characters).
        case hongKongToSimplified = "hk2s.json"
    }

    private let handle: UnsafeMutableRawPointer
    private let lock = NSLock()
    public let direction: Direction

    /// Opens the converter; fails when OpenCC or its data files are not installed.
    public init(_ direction: Direction) throws {
        self.direction = direction
        guard let raw = opencc_open(direction.rawValue), Int(bitPattern: raw) != -1 else {
            throw ConverterError(message: "cannot open OpenCC configuration \(direction.rawValue); install libopencc (Debian: libopencc-dev)")
        }
        handle = raw
    }

    deinit { opencc_close(handle) }

    /// The converted text; the text unchanged if OpenCC reports an error.
    public func convert(_ text: String) -> String {
        if text.isEmpty || text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        lock.lock()
        defer { lock.unlock() }
        let converted = text.withCString { input in
            opencc_convert_utf8(handle, input, text.utf8.count)
        }
        guard let converted else { return text }
        defer { opencc_convert_utf8_free(converted) }
        return String(cString: converted)
    }

    public struct ConverterError: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// Shared converters, opened on first use (nil when OpenCC is unavailable).
    public static let toSimplified: ChineseConverter? = try? ChineseConverter(.traditionalToSimplified)
    public static let toTaiwan: ChineseConverter? = try? ChineseConverter(.simplifiedToTaiwan)
    public static let fromTaiwanPhrases: ChineseConverter? = try? ChineseConverter(.taiwanToSimplifiedPhrases)
    public static let fromHongKong: ChineseConverter? = try? ChineseConverter(.hongKongToSimplified)
}
