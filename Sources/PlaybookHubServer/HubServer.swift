import Foundation
import Hummingbird
import PlaybookHTTP
import PlaybookHub

/// The hub over HTTP: the v1 API (`/healthz`, `/api/v1/progress`, `/api/v1/me`, `/api/v1/team`),
/// sign-in (`/signin`, `/signout`) and the built site at `/`, from one process so the practice page and the API share an origin.
///
/// Every store call runs under ``HubServerSettings/storeDeadline``: a database that is down or
/// slow is answered 503 with a message, and the next request tries again.
public struct HubServer: Sendable {
    public let store: HubStore
    /// The built site, path → bytes (empty: the API alone).
    public let site: [String: Data]
    public let settings: HubServerSettings
    /// The time of a request, in Unix seconds (a fixed clock in tests).
    public let clock: @Sendable () -> Int64

    public init(store: HubStore, site: [String: Data], settings: HubServerSettings = HubServerSettings(),
                clock: @escaping @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970) }) {
        self.store = store
        self.site = site
        self.settings = settings
        self.clock = clock
    }

    /// The routes of the API and the site.
    public func makeRouter() -> Router<HubRequestContext> {
        let router = Router(context: HubRequestContext.self)
        let api = HubAPI(store: store, settings: settings, clock: clock)
        router.add(middleware: CORSMiddleware(allowList: settings.allowList))
        router.add(middleware: RateLimitMiddleware(api: api))
        router.get("/healthz") { _, _ in await api.health() }
        router.post("/api/v1/progress") { request, _ in await api.answer { try await api.progress(request) } }
        router.get("/api/v1/me") { request, _ in await api.answer { try await api.me(request) } }
        router.get("/api/v1/team") { request, _ in await api.answer { try await api.team(request) } }
        let signIn = SignInRoutes(api: api)
        router.get("/signin") { request, _ in signIn.form(request) }
        router.post("/signin") { request, context in await signIn.signIn(request, context: context) }
        router.post("/signout") { request, _ in await signIn.signOut(request) }
        let responses = SiteResponses(cacheControl: settings.siteCacheControl)
        let site = self.site
        let page: @Sendable (Request, HubRequestContext) async -> Response = { request, _ in
            switch SiteResponses.lookup(request.uri.path, in: site) {
            case .file(let key, let data): responses.file(data, key: key)
            case .notFound(let key): responses.notFound(key: key)
            case .rejected(let rejection): responses.rejected(rejection)
            }
        }
        router.get("/", use: page)
        router.get("**", use: page)
        return router
    }

    /// The application listening on `host`:`port` (0: a port the system chooses); `listening` is
    /// called once with the port it listens on.
    public func makeApplication(host: String = LocalServer.loopback, port: UInt16,
                                listening: @escaping @Sendable (UInt16) -> Void = { _ in }) -> some ApplicationProtocol {
        Application(router: makeRouter(), configuration: LocalServer.configuration(host: host, port: port),
                    onServerRunning: { channel in listening(channel.localAddress?.port.flatMap(UInt16.init) ?? port) },
                    logger: LocalServer.silentLogger)
    }

    /// Serves until `stop` is requested, finishing requests in flight for up to `grace`.
    public func run(host: String = LocalServer.loopback, port: UInt16, until stop: StopRequest, grace: Duration = .seconds(2),
                    listening: @escaping @Sendable (UInt16) -> Void) async throws {
        try await LocalServer.run(makeApplication(host: host, port: port, listening: listening), until: stop, grace: grace)
    }
}
