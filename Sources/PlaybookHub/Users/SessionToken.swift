import Crypto
import Foundation

/// A sign-in session's id as the browser holds it in its cookie: 256 random bits, base64url.
/// The store keeps only its SHA-256, so a copy of the database opens no session.
public struct SessionToken: Sendable, Equatable, CustomStringConvertible {
    /// The cookie value.
    public var value: String

    public var description: String { value }

    /// A new id from the system's cryptographic random source.
    public static func generate() -> SessionToken {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let text = Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        return SessionToken(value: text)
    }

    /// Reads a cookie value; nil when it does not have a session id's shape.
    public init?(_ text: String) {
        guard text.count == 43, text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else { return nil }
        value = text
    }

    private init(value: String) {
        self.value = value
    }

    /// The SHA-256 of the id, hex: the stored key of the session.
    var hash: String {
        SHA256.hash(data: Data(value.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
