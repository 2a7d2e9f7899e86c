import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A blocking HTTP GET for tests of the servers the binary runs.
enum HTTPProbe {
    /// GET `url` (with `Authorization: Bearer TOKEN` when `bearer` is given); nil when the server
    /// does not answer (yet).
    static func get(_ url: String, bearer: String? = nil, timeout: TimeInterval = 5) -> (status: Int, body: String)? {
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var result: (Int, String)?
        var request = URLRequest(url: URL(string: url)!)
        request.timeoutInterval = timeout
        if let bearer { request.setValue("Bearer \(bearer)", forHTTPHeaderField: "Authorization") }
        URLSession.shared.dataTask(with: request) { data, response, _ in
            if let response = response as? HTTPURLResponse {
                result = (response.statusCode, String(decoding: data ?? Data(), as: UTF8.self))
            }
            done.signal()
        }.resume()
        done.wait()
        return result
    }
}
