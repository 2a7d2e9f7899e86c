import Foundation
import Hummingbird

/// Reading a request body up to a limit.
enum HubRequestBody {
    /// The whole body, or 413 as soon as it (or its declared `Content-Length`) is over `limit` bytes.
    static func collect(_ request: Request, limit: Int) async throws(HubAPIError) -> Data {
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > limit { throw .tooLarge(limit: limit) }
        var data = Data()
        do {
            for try await chunk in request.body {
                guard data.count + chunk.readableBytes <= limit else { throw HubAPIError.tooLarge(limit: limit) }
                data.append(contentsOf: chunk.readableBytesView)
            }
        } catch let error as HubAPIError {
            throw error
        } catch {
            throw HubAPIError(status: .badRequest, message: "the body could not be read: \(error)")
        }
        return data
    }
}
