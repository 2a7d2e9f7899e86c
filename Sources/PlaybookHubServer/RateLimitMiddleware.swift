import Hummingbird
import PlaybookHub

/// Refused Bearer tokens per client address on the API: after `policy.failures` 401s in the
/// window, the address is answered 429 with `Retry-After` until the window has passed, whatever
/// token it sends (so guessing tokens is slow, and one hub's count holds for all on the database).
struct RateLimitMiddleware: RouterMiddleware {
    typealias Context = HubRequestContext

    let api: HubAPI

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.uri.path.hasPrefix("/api/"), request.headers[.authorization] != nil else {
            return try await next(request, context)
        }
        let limiter = RateLimiter(store: api.store, policy: api.settings.signIn.tokenLimit)
        let scope = RateLimiter.tokenAddressScope(context.clientAddress(request, trustForwardedFor: api.settings.signIn.trustForwardedFor))
        let now = api.clock()
        do throws(HubAPIError) {
            if let wait = try await api.call({ try await limiter.retryAfter([scope], now: now) }) {
                return HubAPIError.tooManyAttempts(retryAfter: wait).response
            }
        } catch {
            return error.response
        }
        let response = try await next(request, context)
        if response.status == .unauthorized {
            // The refusal stands even if the count cannot be written now.
            _ = try? await api.call { try await limiter.recordFailure([scope], now: now) }
        }
        return response
    }
}

extension HubAPIError {
    /// 429: too many refused tokens from this address.
    static func tooManyAttempts(retryAfter seconds: Int64) -> HubAPIError {
        HubAPIError(status: .tooManyRequests,
                    message: "too many refused access tokens from this address: try again in \(seconds) seconds with a valid token",
                    retryAfter: seconds)
    }
}
