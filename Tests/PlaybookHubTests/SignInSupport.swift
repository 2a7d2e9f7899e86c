import Foundation
import Hummingbird
import HummingbirdTesting
import PlaybookCore
@testable import PlaybookHub
@testable import PlaybookHubServer
import SQLKit
import Testing

/// A clock the tests move by hand.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Int64

    init(_ start: Int64) { current = start }

    var now: Int64 { lock.withLock { current } }
    func advance(_ seconds: Int64) { lock.withLock { current += seconds } }
}

/// A hub with a trainer who has a password, a learner with a token, a disabled trainer with a
/// password and a disabled learner; its clock is a ``TestClock``.
struct SignInFixture {
    static let password = "correct horse battery staple"

    var server: HubServer
    var clock: TestClock
    var learnerToken: String
    var disabledToken: String

    static func make(_ engine: HubTestEngine, signIn: SignInSettings = SignInSettings(language: .en)) async throws -> SignInFixture {
        var store = try await engine.makeStore()
        store.passwordCost = 4 // bcrypt's least: the tests check sign-in, not bcrypt's slowness
        let clock = TestClock(ProgressText.now)
        let learner = try await store.addUser(name: "lin", role: .learner, team: "A", now: clock.now).token.description
        _ = try await store.addUser(name: "zhou", role: .trainer, now: clock.now)
        try await store.setPassword(password, for: "zhou")
        _ = try await store.addUser(name: "gone", role: .trainer, now: clock.now)
        try await store.setPassword(password, for: "gone")
        _ = try await store.disableUser("gone", now: clock.now)
        let disabled = try await store.addUser(name: "left", role: .learner, now: clock.now).token.description
        _ = try await store.disableUser("left", now: clock.now)
        let server = HubServer(store: store, site: ["index.html": Data("<p>site</p>".utf8)],
                               settings: HubServerSettings(signIn: signIn), clock: { clock.now })
        return SignInFixture(server: server, clock: clock, learnerToken: learner, disabledToken: disabled)
    }

    func test(_ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let app = Application(router: server.makeRouter())
        try await app.test(.router, body)
        await server.store.close()
    }

    /// Rows in a table, to see whether a request changed anything.
    func count(_ table: String) async throws -> Int {
        try await server.store.database.read { sql in
            try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(table)
                .first(decodingColumn: "n", as: Int.self) ?? 0
        }
    }
}

/// Requests as a browser on the hub's own page sends them.
enum Browser {
    static let sameOrigin: HTTPFields = [.contentType: "application/x-www-form-urlencoded", .secFetchSite: "same-origin"]

    /// `application/x-www-form-urlencoded` of `fields`.
    static func form(_ fields: [(String, String)]) -> ByteBuffer {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let text = fields.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(separator: "&")
        return ByteBuffer(string: text)
    }

    static func headers(_ base: HTTPFields = sameOrigin, cookie: String? = nil, address: String? = nil) -> HTTPFields {
        var headers = base
        if let cookie { headers[.cookie] = "\(SessionCookie.name)=\(cookie)" }
        if let address { headers[.xForwardedFor] = address }
        return headers
    }

    /// The `playbook_session` cookie a response sets: its value and its whole `Set-Cookie` line.
    static func sessionCookie(_ response: TestResponse) -> (value: String, line: String)? {
        guard let line = response.headers[values: .setCookie].first(where: { $0.hasPrefix(SessionCookie.name + "=") }) else { return nil }
        let value = line.dropFirst(SessionCookie.name.count + 1).prefix { $0 != ";" }
        return (String(value), line)
    }

    static func body(_ response: TestResponse) -> String { String(buffer: response.body) }

    /// Signs in with `fields`; the session id when a session was opened.
    static func signIn(_ client: any TestClientProtocol, _ fields: [(String, String)], address: String? = nil) async throws -> String? {
        try await client.execute(uri: "/signin", method: .post, headers: headers(address: address), body: form(fields)) { response in
            response.status == .seeOther ? sessionCookie(response)?.value : nil
        }
    }
}
