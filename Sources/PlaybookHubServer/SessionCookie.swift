import Foundation
import Hummingbird
import PlaybookHub

/// The `playbook_session` cookie: `HttpOnly; SameSite=Strict; Path=/`, plus `Secure` behind TLS.
enum SessionCookie {
    static let name = "playbook_session"

    /// The cookie that carries `token` for `lifetime` seconds.
    static func issue(_ token: SessionToken, lifetime: Int64, secure: Bool) -> Cookie {
        Cookie(name: name, value: token.value, maxAge: Int(lifetime), path: "/", secure: secure, httpOnly: true, sameSite: .strict)
    }

    /// The cookie that makes the browser forget the session.
    static func clear(secure: Bool) -> Cookie {
        Cookie(name: name, value: "", maxAge: 0, path: "/", secure: secure, httpOnly: true, sameSite: .strict)
    }

    /// The session id the request carries, if any.
    static func value(in request: Request) -> String? {
        guard let value = request.cookies[name]?.value, !value.isEmpty else { return nil }
        return value
    }
}
