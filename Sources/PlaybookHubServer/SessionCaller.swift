import Hummingbird
import PlaybookHub

extension HubAPI {
    /// The user of the session cookie `session`. A request that may change state (anything but
    /// GET and HEAD) must come from the hub's own pages, since a browser sends the cookie with
    /// requests other sites make.
    func sessionCaller(_ request: Request, session: String) async throws(HubAPIError) -> HubUser {
        if request.method != .get, request.method != .head,
           !SessionOrigin.isSameOrigin(request, trustForwarded: settings.signIn.trustForwardedFor) {
            throw .crossSite
        }
        let now = clock()
        guard let user = try await call({ try await store.sessionUser(session, now: now) }) else { throw .sessionEnded }
        return user
    }
}

extension HubAPIError {
    static let sessionEnded = HubAPIError(status: .unauthorized, message: "your session has ended or was signed out: sign in again at /signin")
    static let crossSite = HubAPIError(status: .forbidden, message: "a request with the session cookie must come from the hub's own pages (same origin); send a Bearer token instead")
}
