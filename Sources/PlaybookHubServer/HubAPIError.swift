import Foundation
import Hummingbird
import PlaybookHub

/// Why the API refused a request: its status and a message saying what to do, answered as
/// `{"error":"…"}` (and for a progress body with no valid line, the ingest result with its line numbers).
struct HubAPIError: Error, Sendable {
    var status: HTTPResponse.Status
    var message: String
    /// The ingest result of a progress body that had nothing valid (400).
    var ingest: IngestResult?
    /// Seconds for `Retry-After` (429).
    var retryAfter: Int64? = nil

    static let missingToken = HubAPIError(status: .unauthorized, message: "send your access token as `Authorization: Bearer TOKEN` (`playbook hub user token NAME` issues one)")
    static let badToken = HubAPIError(status: .unauthorized, message: "the access token is unknown or revoked: ask a trainer for a new one (`playbook hub user token NAME`)")
    static func disabled(_ name: String) -> HubAPIError {
        HubAPIError(status: .forbidden, message: "the account \(name) is disabled: ask a trainer")
    }
    static let trainersOnly = HubAPIError(status: .forbidden, message: "team data is for trainers only")
    static func tooLarge(limit: Int) -> HubAPIError {
        HubAPIError(status: .contentTooLarge, message: "the body is over \(limit) bytes: send the progress in smaller batches")
    }

    /// A store failure: the progress text as a whole is bad input (400); anything else means the
    /// database cannot serve now (503), never a 500.
    static func store(_ error: HubStoreError) -> HubAPIError {
        switch error {
        case .progress(let problem):
            return HubAPIError(status: .badRequest, message: "the body is not progress JSONL: \(problem.description)")
        case .unknownUser(let name):
            return HubAPIError(status: .unauthorized, message: "no user named \(name)")
        default:
            return unavailable(error.description)
        }
    }

    static func unavailable(_ detail: String) -> HubAPIError {
        HubAPIError(status: .serviceUnavailable, message: "the hub's database is unavailable, try again shortly: \(detail)")
    }

    var response: Response {
        var response = ingest.map { HubJSON.response($0, status: status) } ?? HubJSON.response(["error": message], status: status)
        if let retryAfter { response.headers[.retryAfter] = String(retryAfter) }
        return response
    }
}
