import Foundation
import Hummingbird
import PlaybookCore
import PlaybookHub

/// `GET /signin` (the form), `POST /signin` (a session cookie, then a redirect to `next`) and
/// `POST /signout`. GET changes nothing; the POSTs must come from the hub's own pages
/// (``SessionOrigin``), and failed sign-ins are limited per name and per client address.
struct SignInRoutes: Sendable {
    let api: HubAPI

    /// What the form posts (`application/x-www-form-urlencoded`).
    struct Form: Decodable {
        var name: String?
        var password: String?
        var token: String?
        var next: String?
    }

    /// A sign-in form is a few short fields.
    static let maxFormBytes = 16 * 1024

    private var settings: SignInSettings { api.settings.signIn }
    private var page: SignInPage { SignInPage(locale: settings.language) }

    /// `GET /signin?next=/dashboard/…`.
    func form(_ request: Request) -> Response {
        page.response(next: SignInRedirect.target(request.uri.queryParameters.get("next")))
    }

    /// `POST /signin`: name + password, or a token → 303 to `next` with the session cookie.
    func signIn(_ request: Request, context: HubRequestContext) async -> Response {
        guard SessionOrigin.isSameOrigin(request, trustForwarded: settings.trustForwardedFor) else {
            return page.response(status: .forbidden, next: SignInRedirect.fallback, problem: Message(.signinCrossSite))
        }
        let form: Form
        do {
            let body = try await HubRequestBody.collect(request, limit: Self.maxFormBytes)
            form = try URLEncodedFormDecoder().decode(Form.self, from: String(decoding: body, as: UTF8.self))
        } catch {
            return page.response(status: .badRequest, next: SignInRedirect.fallback, problem: Message(.signinEmpty))
        }
        let next = SignInRedirect.target(form.next)
        let name = (form.name ?? "").trimmingCharacters(in: .whitespaces)
        let password = form.password ?? ""
        let token = (form.token ?? "").trimmingCharacters(in: .whitespaces)
        guard !token.isEmpty || (!name.isEmpty && !password.isEmpty) else {
            return page.response(status: .badRequest, name: name, next: next, problem: Message(.signinEmpty))
        }
        let address = context.clientAddress(request, trustForwardedFor: settings.trustForwardedFor)
        var scopes = [RateLimiter.signInAddressScope(address)]
        if token.isEmpty { scopes.append(RateLimiter.nameScope(name)) }
        do throws(HubAPIError) {
            return try await attempt(name: name, password: password, token: token, scopes: scopes, next: next)
        } catch {
            return page.response(status: error.status, name: name, next: next, problem: .verbatim(error.message))
        }
    }

    private func attempt(name: String, password: String, token: String, scopes: [String], next: String) async throws(HubAPIError) -> Response {
        let (store, now) = (api.store, api.clock())
        let limiter = RateLimiter(store: store, policy: settings.signInLimit)
        if let wait = try await api.call({ try await limiter.retryAfter(scopes, now: now) }) {
            return tooMany(wait: wait, now: now, name: name, next: next)
        }
        let user: HubUser?
        if token.isEmpty {
            user = try await api.call { try await store.verifyPassword(password, for: name) }
        } else {
            switch try await api.call({ try await store.check(token: token) }) {
            case .valid(let owner): user = owner
            case .disabled: return page.response(status: .forbidden, next: next, problem: Message(.signinDisabled))
            case .invalid: user = nil
            }
        }
        guard let user else {
            try await api.call { try await limiter.recordFailure(scopes, now: now) }
            if let wait = try await api.call({ try await limiter.retryAfter(scopes, now: now) }) {
                return tooMany(wait: wait, now: now, name: name, next: next)
            }
            return page.response(status: .unauthorized, name: name, next: next, problem: Message(.signinFailed))
        }
        if token.isEmpty { try await api.call { try await store.clearAuthFailures(scope: RateLimiter.nameScope(name)) } }
        let lifetime = settings.sessionLifetime
        let session = try await api.call { try await store.createSession(for: user, now: now, expiresAt: now + lifetime) }
        var response = Response(status: .seeOther, headers: [.location: next, .cacheControl: "no-store"])
        response.setCookie(SessionCookie.issue(session, lifetime: lifetime, secure: settings.secureCookies))
        return response
    }

    /// 429 with `Retry-After`, saying in minutes and as a time when to try again.
    private func tooMany(wait: Int64, now: Int64, name: String, next: String) -> Response {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "HH:mm"
        let until = formatter.string(from: Date(timeIntervalSince1970: TimeInterval(now + wait)))
        let minutes = (wait + 59) / 60
        var response = page.response(status: .tooManyRequests, name: name, next: next, problem: Message(.signinTooMany, "\(minutes)", until))
        response.headers[.retryAfter] = String(wait)
        return response
    }

    /// `POST /signout`: ends the session and clears the cookie → 303 to the sign-in page.
    func signOut(_ request: Request) async -> Response {
        guard SessionOrigin.isSameOrigin(request, trustForwarded: settings.trustForwardedFor) else {
            return page.response(status: .forbidden, next: SignInRedirect.fallback, problem: Message(.signinCrossSite))
        }
        if let session = SessionCookie.value(in: request) {
            let store = api.store
            do throws(HubAPIError) {
                try await api.call { try await store.deleteSession(session) }
            } catch {
                return page.response(status: error.status, next: SignInRedirect.fallback, problem: .verbatim(error.message))
            }
        }
        var response = Response(status: .seeOther, headers: [.location: "/signin", .cacheControl: "no-store"])
        response.setCookie(SessionCookie.clear(secure: settings.secureCookies))
        return response
    }
}
