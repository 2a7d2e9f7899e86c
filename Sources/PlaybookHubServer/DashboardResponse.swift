import Foundation
import HTTPTypes
import Hummingbird

/// The dashboard's responses, each with the same hardening headers: a strict
/// Content-Security-Policy (no script at all, styles only from the hub), no sniffing, no
/// referrer, no framing, never cached.
enum DashboardResponse {
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

    static var securityHeaders: HTTPFields {
        var fields = HTTPFields()
        fields[.contentSecurityPolicy] = contentSecurityPolicy
        fields[.xContentTypeOptions] = "nosniff"
        fields[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        fields[HTTPField.Name("X-Frame-Options")!] = "DENY"
        fields[.cacheControl] = "no-store"
        return fields
    }

    static func html(_ page: String, status: HTTPResponse.Status = .ok) -> Response {
        body(page, type: "text/html; charset=utf-8", status: status)
    }

    /// A CSV table (its text starts with a byte order mark), offered as a download named `file`.
    static func csv(_ table: String, file: String) -> Response {
        var response = body(table, type: "text/csv; charset=utf-8", status: .ok)
        response.headers[.contentDisposition] = "attachment; filename=\"\(file)\""
        return response
    }

    static func css(_ sheet: String) -> Response {
        body(sheet, type: "text/css; charset=utf-8", status: .ok)
    }

    /// 303 to `location` (the sign-in page).
    static func redirect(_ location: String) -> Response {
        var headers = securityHeaders
        headers[.location] = location
        return Response(status: .seeOther, headers: headers)
    }

    private static func body(_ text: String, type: String, status: HTTPResponse.Status) -> Response {
        var headers = securityHeaders
        headers[.contentType] = type
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
