import Foundation
import Hummingbird
import HummingbirdTesting
@testable import PlaybookHubServer
import Testing

/// `hub serve --allow-origin`: a site hosted elsewhere may call the API when its origin is listed,
/// and only then; the site's files and unlisted origins get no CORS headers, and never a wildcard.
@Suite struct HubCORSTests {
    static let listed = "https://training.example.com"

    static func fixture(_ origins: [String] = [listed]) async throws -> HubServerTests.Fixture {
        let settings = HubServerSettings(allowList: try CORSAllowList(origins))
        return try await HubServerTests.fixture(.sqlite, settings: settings, site: ["index.html": Data("<p>home</p>".utf8)])
    }

    static func preflight(_ origin: String) -> HTTPFields {
        [.origin: origin, .accessControlRequestMethod: "POST", .accessControlRequestHeaders: "authorization, content-type"]
    }

    @Test func preflightFromAListedOriginIsAllowed() async throws {
        let hub = try await Self.fixture()
        try await HubServerTests.test(hub) { client in
            try await client.execute(uri: "/api/v1/progress", method: .options, headers: Self.preflight(Self.listed)) { response in
                #expect(response.status == .noContent)
                #expect(response.headers[.accessControlAllowOrigin] == Self.listed)
                #expect(response.headers[.accessControlAllowMethods]?.contains("POST") == true)
                #expect(response.headers[.accessControlAllowHeaders]?.contains("Authorization") == true)
                #expect(response.headers[.vary] == "Origin")
            }
            // The origin's spelling may differ in case; the header echoes what the browser sent.
            try await client.execute(uri: "/healthz", method: .options, headers: Self.preflight("HTTPS://Training.Example.com")) {
                #expect($0.status == .noContent)
            }
        }
    }

    @Test func listedOriginReadsTheAPIAndPosts() async throws {
        let hub = try await Self.fixture()
        try await HubServerTests.test(hub) { client in
            try await client.execute(uri: "/healthz", method: .get, headers: [.origin: Self.listed]) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.accessControlAllowOrigin] == Self.listed)
            }
            var headers = HubServerTests.bearer(hub.learner)
            headers[.origin] = Self.listed
            try await client.execute(uri: "/api/v1/progress", method: .post, headers: headers,
                                     body: ByteBuffer(string: HubServerTests.twoReviews)) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.accessControlAllowOrigin] == Self.listed)
                #expect(HubServerTests.json(response)["added"] as? Int == 2)
            }
            // A refusal carries the header too, so the page can read why (401 here).
            try await client.execute(uri: "/api/v1/me", method: .get, headers: [.origin: Self.listed]) { response in
                #expect(response.status == .unauthorized)
                #expect(response.headers[.accessControlAllowOrigin] == Self.listed)
            }
        }
    }

    @Test func unlistedOriginsGetNoAllowHeader() async throws {
        let hub = try await Self.fixture()
        try await HubServerTests.test(hub) { client in
            for origin in ["https://evil.example.net", "http://training.example.com", "https://training.example.com:8443", "null"] {
                try await client.execute(uri: "/api/v1/progress", method: .options, headers: Self.preflight(origin)) { response in
                    #expect(response.status == .forbidden, "\(origin)")
                    #expect(response.headers[.accessControlAllowOrigin] == nil, "\(origin)")
                    #expect(response.headers[.accessControlAllowMethods] == nil, "\(origin)")
                }
                var headers = HubServerTests.bearer(hub.learner)
                headers[.origin] = origin
                try await client.execute(uri: "/api/v1/me", method: .get, headers: headers) { response in
                    #expect(response.headers[.accessControlAllowOrigin] == nil, "\(origin)")
                }
            }
        }
    }

    @Test func siteFilesAndTheDefaultHubShareNothing() async throws {
        let hub = try await Self.fixture()
        try await HubServerTests.test(hub) { client in
            try await client.execute(uri: "/index.html", method: .get, headers: [.origin: Self.listed]) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.accessControlAllowOrigin] == nil, "only the API is shared")
            }
        }
        let closed = try await Self.fixture([])
        try await HubServerTests.test(closed) { client in
            try await client.execute(uri: "/healthz", method: .options, headers: Self.preflight(Self.listed)) { response in
                #expect(response.status == .forbidden)
                #expect(response.headers[.accessControlAllowOrigin] == nil)
            }
            // Same-origin use (no Origin header) is unchanged.
            try await client.execute(uri: "/healthz", method: .get) { #expect($0.status == .ok) }
        }
    }

    @Test func originsAreCheckedWhenTheHubStarts() throws {
        #expect(try CORSAllowList(["https://Training.Example.com/", "http://localhost:8000"]).origins
                == ["https://training.example.com", "http://localhost:8000"])
        #expect(throws: CORSOriginError.wildcard("*")) { try CORSAllowList(["*"]) }
        for bad in ["training.example.com", "ftp://example.com", "https://example.com/practice/", "https://example.com?a=1", ""] {
            #expect(throws: CORSOriginError.notAnOrigin(bad)) { try CORSAllowList([bad]) }
        }
    }
}
