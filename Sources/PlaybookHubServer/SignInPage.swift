import Foundation
import Hummingbird
import PlaybookCore

/// The server-rendered sign-in form, in the playbook's language: name and password, or an access
/// token. No script and no inline style, so the strict Content-Security-Policy it is sent with holds.
struct SignInPage: Sendable {
    let locale: PlaybookLocale

    /// Nothing but the stylesheet from this origin; the form posts only here.
    static let contentSecurityPolicy = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

    /// The page, with `name` filled in and `problem` shown above the form.
    func html(name: String = "", next: String, problem: Message? = nil) -> String {
        func text(_ id: MessageID) -> String { HTMLEscaping.escape(Message(id).text(in: locale)) }
        let alert = problem.map { "<p class=\"hub-error\" role=\"alert\">\(HTMLEscaping.escape($0.text(in: locale)))</p>\n" } ?? ""
        return """
            <!doctype html>
            <html lang="\(locale.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(text(.signinTitle))</title>
            <link rel="stylesheet" href="/dashboard/hub.css">
            </head>
            <body class="hub-signin">
            <main>
            <h1>\(text(.signinTitle))</h1>
            <p class="hub-hint">\(text(.signinHint))</p>
            \(alert)<form method="post" action="/signin">
            <input type="hidden" name="next" value="\(HTMLEscaping.escape(next))">
            <label>\(text(.signinName)) <input name="name" autocomplete="username" value="\(HTMLEscaping.escape(name))"></label>
            <label>\(text(.signinPassword)) <input type="password" name="password" autocomplete="current-password"></label>
            <p class="hub-or">\(text(.signinOr))</p>
            <label>\(text(.signinToken)) <input type="password" name="token" autocomplete="off"></label>
            <button type="submit">\(text(.signinSubmit))</button>
            </form>
            </main>
            </body>
            </html>

            """
    }

    /// The page as a response: HTML, never cached, under the strict CSP.
    func response(status: HTTPResponse.Status = .ok, name: String = "", next: String, problem: Message? = nil) -> Response {
        Self.htmlResponse(html(name: name, next: next, problem: problem), status: status)
    }

    static func htmlResponse(_ html: String, status: HTTPResponse.Status) -> Response {
        Response(status: status,
                 headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store", .xContentTypeOptions: "nosniff",
                           .contentSecurityPolicy: contentSecurityPolicy, .referrerPolicy: "same-origin"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }
}
