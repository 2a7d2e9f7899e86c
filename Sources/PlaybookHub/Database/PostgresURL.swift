import Foundation
import PostgresNIO

/// A `postgres://` (or `postgresql://`) URL read into a client configuration, the way libpq reads one:
/// `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=MODE]`, or a unix socket folder
/// with `?host=/run/postgresql`. `sslmode` is `disable`, `prefer` (the default), `require`
/// (encrypted, certificate not checked), `verify-ca` or `verify-full`.
struct PostgresURL: Sendable {
    var configuration: PostgresClient.Configuration
    /// The URL without its password, for messages.
    var redacted: String

    init(_ text: String) throws(HubStoreError) {
        guard let components = URLComponents(string: text), let scheme = components.scheme,
              ["postgres", "postgresql"].contains(scheme) else {
            throw .invalidDatabaseURL(text: Self.redact(text), reason: "it does not start with postgres://")
        }
        let query = Dictionary((components.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { $1 })
        let user = components.percentEncodedUser.flatMap { $0.removingPercentEncoding } ?? "postgres"
        let password = components.percentEncodedPassword.flatMap { $0.removingPercentEncoding }
        var database = String(components.path.drop { $0 == "/" })
        if database.isEmpty { database = query["dbname"] ?? user }
        let port = components.port ?? query["port"].flatMap(Int.init) ?? 5432
        redacted = Self.redact(text)
        if let socketFolder = query["host"], socketFolder.hasPrefix("/") {
            let socket = (socketFolder as NSString).appendingPathComponent(".s.PGSQL.\(port)")
            configuration = PostgresClient.Configuration(unixSocketPath: socket, username: user, password: password,
                                                         database: database)
            return
        }
        guard let host = components.host, !host.isEmpty else {
            throw .invalidDatabaseURL(text: redacted, reason: "it names no host (postgres://USER@HOST:PORT/DATABASE)")
        }
        let tls: PostgresClient.Configuration.TLS
        switch query["sslmode"] ?? "prefer" {
        case "disable": tls = .disable
        case "allow", "prefer": tls = .prefer(Self.tls(verification: .none))
        case "require": tls = .require(Self.tls(verification: .none))
        case "verify-ca": tls = .require(Self.tls(verification: .noHostnameVerification))
        case "verify-full": tls = .require(Self.tls(verification: .fullVerification))
        case let other:
            throw .invalidDatabaseURL(text: redacted, reason: "sslmode=\(other) is not one of disable, prefer, require, verify-ca, verify-full")
        }
        configuration = PostgresClient.Configuration(host: host, port: port, username: user, password: password,
                                                     database: database, tls: tls)
    }

    private static func tls(verification: CertificateVerification) -> TLSConfiguration {
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.certificateVerification = verification
        return configuration
    }

    /// The URL with its password replaced by `***`.
    static func redact(_ text: String) -> String {
        guard var components = URLComponents(string: text), components.password != nil else { return text }
        components.password = "***"
        return components.string ?? text
    }
}
