import Foundation
import Hummingbird

/// JSON responses of the API: sorted keys, UTF-8, never cached.
enum HubJSON {
    static func response(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding the API's own value types cannot fail; an empty object is the fallback all the same.
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return Response(status: status,
                        headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store",
                                  .xContentTypeOptions: "nosniff"],
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
