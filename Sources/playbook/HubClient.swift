import Foundation
import PlaybookCore
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// What the hub answered to a progress push (`POST /api/v1/progress`).
struct HubPushResult: Decodable, Equatable {
    struct Refusal: Decodable, Equatable {
        var line: Int
        var error: String
    }

    var added: Int
    var duplicates: Int
    var refused: [Refusal]
}

/// Why a push did not reach the hub or was refused as a whole; each says what to do.
enum HubClientError: Error, Equatable {
    /// No connection (refused, timed out, name not found) after every retry.
    case unreachable(url: String, detail: String)
    /// 401: the token is wrong or revoked.
    case unauthorized(String)
    /// 403: the account is disabled.
    case forbidden(String)
    /// 413: the progress is over the hub's size limit.
    case tooLarge(String)
    /// 503 (or a proxy's 502/504) after every retry: the hub or its database is down.
    case unavailable(status: Int, message: String)
    /// Any other answer (400 for a body that is not progress, a proxy's error page, …).
    case refused(status: Int, message: String)

    var message: Message {
        switch self {
        case .unreachable(let url, let detail): Message(.pushUnreachable, url, detail)
        case .unauthorized(let message): Message(.pushUnauthorized, message)
        case .forbidden(let message): Message(.pushForbidden, message)
        case .tooLarge(let message): Message(.pushTooLarge, message)
        case .unavailable(let status, let message): Message(.pushUnavailable, "\(status)", message)
        case .refused(let status, let message): Message(.pushRefused, "\(status)", message)
        }
    }
}

/// A client of one hub's API for a learner's token, over Foundation's URLSession. Blocking: the
/// CLI's commands are synchronous.
struct HubClient {
    /// The hub's base address (`https://hub.example.com/`, may have a path behind a proxy).
    var base: URL
    var token: String
    /// Extra attempts after a connection error or a 503.
    var retries = 3
    /// The wait before the first retry; doubled before each next one.
    var firstDelay: TimeInterval = 0.5
    var timeout: TimeInterval = 30

    /// POSTs progress JSONL; the hub stores each event once, so a repeated push only adds duplicates.
    func push(progress: String) -> Result<HubPushResult, HubClientError> {
        let url = base.appendingPathComponent("api/v1/progress")
        var request = URLRequest(url: url)
        request.httpMethod = "POST"
        request.timeoutInterval = timeout
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        request.setValue("application/x-ndjson; charset=utf-8", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data(progress.utf8)
        var delay = firstDelay
        var attempt = 0
        while true {
            let outcome = Self.send(request)
            switch outcome {
            case .success((let status, let body)):
                let result = Self.interpret(status: status, body: body)
                guard case .failure(.unavailable) = result, attempt < retries else { return result }
            case .failure(let error):
                guard attempt < retries else {
                    return .failure(.unreachable(url: base.absoluteString, detail: error.localizedDescription))
                }
            }
            attempt += 1
            Thread.sleep(forTimeInterval: delay)
            delay *= 2
        }
    }

    /// The answer's meaning: the counts for a 200 (or a 400 that lists refused lines), else the error.
    static func interpret(status: Int, body: Data) -> Result<HubPushResult, HubClientError> {
        if status == 200 || status == 400, let result = try? JSONDecoder().decode(HubPushResult.self, from: body) {
            return .success(result)
        }
        let message = (try? JSONDecoder().decode([String: String].self, from: body))?["error"]
            ?? String(decoding: body.prefix(200), as: UTF8.self)
        switch status {
        case 401: return .failure(.unauthorized(message))
        case 403: return .failure(.forbidden(message))
        case 413: return .failure(.tooLarge(message))
        // 502/504: a reverse proxy in front of a hub that is restarting.
        case 502, 503, 504: return .failure(.unavailable(status: status, message: message))
        default: return .failure(.refused(status: status, message: message))
        }
    }

    private static func send(_ request: URLRequest) -> Result<(Int, Data), any Error> {
        let done = DispatchSemaphore(value: 0)
        let box = ResponseBox()
        URLSession.shared.dataTask(with: request) { data, response, error in
            if let response = response as? HTTPURLResponse {
                box.result = .success((response.statusCode, data ?? Data()))
            } else {
                box.result = .failure(error ?? URLError(.badServerResponse))
            }
            done.signal()
        }.resume()
        done.wait()
        return box.result ?? .failure(URLError(.unknown))
    }
}

/// The completion handler's result, read after the semaphore (the wait orders the accesses).
private final class ResponseBox: @unchecked Sendable {
    var result: Result<(Int, Data), any Error>?
}
