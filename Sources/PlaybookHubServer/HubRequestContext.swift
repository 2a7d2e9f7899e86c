import HTTPTypes
import Hummingbird

/// The context of every hub route: Hummingbird's basic context plus the address of the peer that
/// sent the request, which failed sign-ins and refused tokens are counted by.
public struct HubRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The connected peer's IP address; nil when there is none (in-process tests).
    public let peerAddress: String?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        peerAddress = source.channel.remoteAddress?.ipAddress
    }

    /// The client's address: the peer's, or behind a trusted reverse proxy the last address the
    /// proxy appended to `X-Forwarded-For` (earlier entries are the client's own claims).
    func clientAddress(_ request: Request, trustForwardedFor: Bool) -> String {
        if trustForwardedFor, let forwarded = request.headers[values: .xForwardedFor].last,
           let last = forwarded.split(separator: ",").last?.trimmingCharacters(in: .whitespaces), !last.isEmpty {
            return last
        }
        return peerAddress ?? "unknown"
    }
}

extension HTTPField.Name {
    static let xForwardedFor = HTTPField.Name("X-Forwarded-For")!
    static let secFetchSite = HTTPField.Name("Sec-Fetch-Site")!
    static let xForwardedHost = HTTPField.Name("X-Forwarded-Host")!
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
}
