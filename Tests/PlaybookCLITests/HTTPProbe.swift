import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Blocking HTTP requests for tests of the servers the binary runs.
enum HTTPProbe {
    /// GET `url` (with `Authorization: Bearer TOKEN` when `bearer` is given); nil when the server
    /// does not answer (yet).
    static func get(_ url: String, bearer: String? = nil, timeout: TimeInterval = 5,
                    session: URLSession = .shared) -> (status: Int, body: String)? {
        send(request(url, method: "GET", bearer: bearer, timeout: timeout), session: session)
    }

    /// POST `body` to `url` (with `Authorization: Bearer TOKEN` when `bearer` is given); nil when
    /// no response arrived (connection refused or reset, or `timeout` passed).
    static func post(_ url: String, body: String, bearer: String? = nil, timeout: TimeInterval = 10,
                     session: URLSession = .shared) -> (status: Int, body: String)? {
        var request = request(url, method: "POST", bearer: bearer, timeout: timeout)
        request.httpBody = Data(body.utf8)
        request.setValue("application/x-ndjson", forHTTPHeaderField: "Content-Type")
        return send(request, session: session)
    }

    /// The JSON object of a response body; empty when it is not one.
    static func object(_ body: String) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any] ?? [:]
    }

    private static func request(_ url: String, method: String, bearer: String?, timeout: TimeInterval) -> URLRequest {
        var request = URLRequest(url: URL(string: url)!)
        request.httpMethod = method
        request.timeoutInterval = timeout
        if let bearer { request.setValue("Bearer \(bearer)", forHTTPHeaderField: "Authorization") }
        return request
    }

    private static func send(_ request: URLRequest, session: URLSession) -> (status: Int, body: String)? {
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var result: (Int, String)?
        session.dataTask(with: request) { data, response, _ in
            if let response = response as? HTTPURLResponse {
                result = (response.statusCode, String(decoding: data ?? Data(), as: UTF8.self))
            }
            done.signal()
        }.resume()
        done.wait()
        return result
    }
}
