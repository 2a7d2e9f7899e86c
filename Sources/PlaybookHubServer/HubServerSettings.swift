/// The limits a hub server holds requests and its store to.
public struct HubServerSettings: Sendable {
    /// The largest progress body accepted, in bytes; a larger one is refused with 413.
    public var maxBodyBytes: Int
    /// How long a store call may take before the request is answered 503.
    public var storeDeadline: Duration
    /// `Cache-Control` of the site's files.
    public var siteCacheControl: String
    /// Other origins whose pages may call the API (empty: the hub's own origin only).
    public var allowList: CORSAllowList
    /// Sessions, cookies and the limits on failed sign-ins.
    public var signIn: SignInSettings

    public init(maxBodyBytes: Int = 5 * 1024 * 1024, storeDeadline: Duration = .seconds(5), siteCacheControl: String = "no-cache",
                allowList: CORSAllowList = .none, signIn: SignInSettings = SignInSettings()) {
        self.signIn = signIn
        self.maxBodyBytes = maxBodyBytes
        self.storeDeadline = storeDeadline
        self.siteCacheControl = siteCacheControl
        self.allowList = allowList
    }
}
