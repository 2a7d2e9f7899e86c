import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `hub serve --allow-origin` as a user runs it: a wildcard is refused before the hub starts; a
/// listed origin's preflight is answered by the running hub, another origin's is not.
@Suite struct HubAllowOriginTests {
    @Test func aWildcardIsRefusedAndAListedOriginIsAnswered() throws {
        let playbook = try TempPlaybook(["products/fund.md": HubCommandTests.product])
        defer { playbook.remove() }
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("hub-cors-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: data) }

        let wildcard = try CLIRunner.run(["hub", "serve", "--content", playbook.content.path, "--data", data, "--allow-origin", "*"])
        #expect(wildcard.status != 0)
        #expect(wildcard.stderr.contains("wildcard"), "\(wildcard.stderr)")

        let site = "https://training.example.com"
        let hub = try HubProcess(["--content", playbook.content.path, "--data", data,
                                    "--allow-origin", site, "--allow-origin", "http://localhost:8000"])
        defer { hub.killNow() }
        let (live, port) = (hub.live, hub.port)

        let listed = try #require(Self.preflight("http://127.0.0.1:\(port)/api/v1/progress", origin: site))
        #expect(listed.status == 204)
        #expect(listed.allowOrigin == site)
        let other = try #require(Self.preflight("http://127.0.0.1:\(port)/api/v1/progress", origin: "https://elsewhere.example.net"))
        #expect(other.status == 403)
        #expect(other.allowOrigin == nil)
        live.signal(SIGTERM)
    }

    /// An `OPTIONS` preflight from `origin`: the status and `Access-Control-Allow-Origin`.
    static func preflight(_ url: String, origin: String) -> (status: Int, allowOrigin: String?)? {
        var request = URLRequest(url: URL(string: url)!)
        request.httpMethod = "OPTIONS"
        request.timeoutInterval = 5
        request.setValue(origin, forHTTPHeaderField: "Origin")
        request.setValue("POST", forHTTPHeaderField: "Access-Control-Request-Method")
        request.setValue("authorization, content-type", forHTTPHeaderField: "Access-Control-Request-Headers")
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var result: (Int, String?)?
        URLSession.shared.dataTask(with: request) { _, response, _ in
            if let response = response as? HTTPURLResponse {
                result = (response.statusCode, response.value(forHTTPHeaderField: "Access-Control-Allow-Origin"))
            }
            done.signal()
        }.resume()
        done.wait()
        return result
    }
}
