import PlaybookCore

/// The frame every dashboard page shares: language, viewport, the served style sheet (no
/// inline styles or scripts, so a strict Content-Security-Policy holds) and the navigation.
enum DashboardPage {
    static func document(title: String, links: DashboardLinks, text: DashboardText, generated: Int64, body: String) -> String {
        let lang = text.locale.rawValue
        return """
        <!doctype html>
        <html lang="\(HTMLEscaping.escape(lang))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light dark">
        <meta name="referrer" content="no-referrer">
        <title>\(HTMLEscaping.escape(title)) · \(HTMLEscaping.escape(text[.dashboard]))</title>
        <link rel="stylesheet" href="\(HTMLEscaping.escape(links.css))">
        </head>
        <body>
        <header><nav><a class="brand" href="\(HTMLEscaping.escape(links.team))">\(HTMLEscaping.escape(text[.dashboard]))</a> <a href="\(HTMLEscaping.escape(links.team))">\(HTMLEscaping.escape(text[.team]))</a> <a href="\(HTMLEscaping.escape(links.forecast))">\(HTMLEscaping.escape(text[.forecast]))</a>\(signOut(links: links, text: text))</nav></header>
        <main>
        <h1>\(HTMLEscaping.escape(title))</h1>
        \(body)
        </main>
        <footer>\(HTMLEscaping.escape(DashboardDay.text(generated)))</footer>
        </body>
        </html>

        """
    }

    /// On the hub, a sign-out button: a POST form, since GET never changes state (none in a report).
    private static func signOut(links: DashboardLinks, text: DashboardText) -> String {
        guard links.layout == .server else { return "" }
        return "<form class=\"signout\" method=\"post\" action=\"/signout\"><button type=\"submit\">\(HTMLEscaping.escape(text[.signOut]))</button></form>"
    }

    /// A page that only says why the request was refused.
    static func message(_ message: String, title: String, links: DashboardLinks, text: DashboardText, generated: Int64) -> String {
        document(title: title, links: links, text: text, generated: generated, body: "<p>\(HTMLEscaping.escape(message))</p>")
    }

    /// A figure: a heading, a chart, an optional note.
    static func figure(_ title: String, chart: String, note: String? = nil) -> String {
        let caption = note.map { "<p class=\"note\">\(HTMLEscaping.escape($0))</p>" } ?? ""
        return "<section class=\"chart\"><h2>\(HTMLEscaping.escape(title))</h2>\(chart)\(caption)</section>"
    }

    /// Figures and tables side by side on wide screens.
    static func grid(_ parts: [String]) -> String { "<div class=\"grid\">" + parts.joined() + "</div>" }
}
