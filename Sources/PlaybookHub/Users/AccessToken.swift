import Crypto
import Foundation

/// An access token as shown once to its user: `SELECTOR.SECRET`, where the selector (64 random bits,
/// hex) finds the stored row and the secret (256 random bits, base64url) is stored only as its
/// SHA-256 and compared in constant time, so neither the database nor the timing of a check gives
/// a usable token away.
public struct AccessToken: Sendable, Equatable, CustomStringConvertible {
    public var selector: String
    public var secret: String

    /// The text the user is given (and sends as `Authorization: Bearer …`).
    public var description: String { "\(selector).\(secret)" }

    /// A new token from the system's cryptographic random source.
    public static func generate() -> AccessToken {
        var generator = SystemRandomNumberGenerator()
        let selector = (0..<8).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let secret = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return AccessToken(selector: selector.map { String(format: "%02x", $0) }.joined(), secret: base64URL(secret))
    }

    /// Reads a token as given by a client; nil when it does not have the token's shape.
    public init?(_ text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 16, parts[0].allSatisfy(\.isHexDigit), parts[1].count == 43,
              parts[1].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else { return nil }
        selector = parts[0].lowercased()
        secret = String(parts[1])
    }

    init(selector: String, secret: String) {
        self.selector = selector
        self.secret = secret
    }

    /// The SHA-256 of the secret, hex: what the store keeps.
    var secretHash: String {
        SHA256.hash(data: Data(secret.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Whether `stored` (a hex SHA-256) is this token's secret hash, in time that does not depend
    /// on where the two differ.
    func matches(storedHash stored: String) -> Bool {
        let mine = Array(secretHash.utf8)
        let theirs = Array(stored.utf8)
        guard mine.count == theirs.count else { return false }
        var difference: UInt8 = 0
        for index in mine.indices { difference |= mine[index] ^ theirs[index] }
        return difference == 0
    }

    private static func base64URL(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
