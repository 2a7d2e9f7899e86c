import PlaybookCore

/// How the hub signs people in: session length, cookie flags, the sign-in page's language and the
/// limits on failed attempts.
public struct SignInSettings: Sendable {
    /// Seconds a session lasts from sign-in (not extended by use: reading a page changes nothing).
    public var sessionLifetime: Int64
    /// Adds `Secure` to the session cookie: set when a TLS proxy is in front of the hub.
    public var secureCookies: Bool
    /// Reads the client's address from `X-Forwarded-For` (set only behind a reverse proxy that writes it).
    public var trustForwardedFor: Bool
    /// The language of the sign-in page.
    public var language: PlaybookLocale
    /// Failed sign-ins allowed per name and per client address in a window.
    public var signInLimit: RateLimitPolicy
    /// Refused Bearer tokens allowed per client address in a window.
    public var tokenLimit: RateLimitPolicy

    public init(sessionLifetime: Int64 = 12 * 3600, secureCookies: Bool = false, trustForwardedFor: Bool = false,
                language: PlaybookLocale = .zhHans, signInLimit: RateLimitPolicy = RateLimitPolicy(failures: 5, window: 15 * 60),
                tokenLimit: RateLimitPolicy = RateLimitPolicy(failures: 20, window: 15 * 60)) {
        self.sessionLifetime = sessionLifetime
        self.secureCookies = secureCookies
        self.trustForwardedFor = trustForwardedFor
        self.language = language
        self.signInLimit = signInLimit
        self.tokenLimit = tokenLimit
    }
}
