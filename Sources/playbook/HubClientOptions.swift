import ArgumentParser
import Foundation
import PlaybookCore

/// `--hub URL` and the learner's token (`--token`, `--token-file` or `PLAYBOOK_HUB_TOKEN`, so it
/// need not appear in `ps`), shared by `progress push` and `drill --hub`.
struct HubClientOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The team hub to push progress to (https://hub.example.com).", valueName: "url"))
    var hub: String?

    @Option(help: ArgumentHelp("Your access token for the hub (visible in `ps`: prefer --token-file or PLAYBOOK_HUB_TOKEN).", valueName: "token"))
    var token: String?

    @Option(help: ArgumentHelp("A file holding your access token.", valueName: "path"))
    var tokenFile: String?

    @Option(help: .hidden) var hubRetries: Int = 3

    func validate() throws {
        if let hub, HubAddress.parse(hub) == nil {
            throw ValidationError("--hub \(hub): give the hub's address as http(s)://host[:port][/path]")
        }
        if token != nil, tokenFile != nil { throw ValidationError("give --token or --token-file, not both") }
        guard hubRetries >= 0 else { throw ValidationError("--hub-retries must be 0 or more") }
    }

    /// The client for `--hub`, or nil without one; throws a message when no token is found.
    func client() throws(HubTokenError) -> HubClient? {
        guard let hub, let base = HubAddress.parse(hub) else { return nil }
        return HubClient(base: base, token: try resolvedToken(), retries: hubRetries)
    }

    private func resolvedToken() throws(HubTokenError) -> String {
        if let token { return try Self.checked(token, from: "--token") }
        if let tokenFile {
            guard let text = try? String(contentsOfFile: tokenFile, encoding: .utf8) else { throw .unreadable(tokenFile) }
            return try Self.checked(text, from: tokenFile)
        }
        if let text = ProcessInfo.processInfo.environment["PLAYBOOK_HUB_TOKEN"] {
            return try Self.checked(text, from: "PLAYBOOK_HUB_TOKEN")
        }
        throw .missing
    }

    private static func checked(_ text: String, from source: String) throws(HubTokenError) -> String {
        let token = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !token.isEmpty, !token.contains(where: \.isWhitespace) else { throw .malformed(source) }
        return token
    }
}

/// Why no token could be read for the hub.
enum HubTokenError: Error, Equatable {
    case missing
    case unreadable(String)
    case malformed(String)

    var message: Message {
        switch self {
        case .missing: Message(.hubTokenMissing)
        case .unreadable(let path): Message(.hubTokenUnreadable, path)
        case .malformed(let source): Message(.hubTokenMalformed, source)
        }
    }
}
