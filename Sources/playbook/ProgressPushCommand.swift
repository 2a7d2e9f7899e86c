import ArgumentParser
import Foundation
import PlaybookCore
import PlaybookDrill

/// `playbook progress push`: sends this playbook's local progress to the team hub.
struct ProgressPushCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "push",
        abstract: "Send this playbook's reviews and exams to the team hub (safe to repeat).",
        discussion: """
            Sends the same lines as `progress export`; the hub stores each review and exam once, so pushing again only \
            counts duplicates. The address comes from --hub, else from `hub:` in playbook.md; the token from --token, \
            --token-file or PLAYBOOK_HUB_TOKEN. Connection errors and 503 are retried with backoff. \
            Exit codes: 0 pushed, 1 the hub refused some lines, 2 the hub could not be reached or refused the push.
            """)

    @OptionGroup var content: ContentOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var hub: HubClientOptions

    func run() throws {
        let locale = content.locale
        let settings = PlaybookLoader.settings(contentPath: content.content)
        var options = hub
        if options.hub == nil { options.hub = settings.hub }
        guard options.hub != nil else {
            Terminal.printFailure(Message(.pushNoHub).text(in: locale), in: locale)
            throw ExitCode(2)
        }
        let client: HubClient
        do {
            guard let made = try options.client() else {
                Terminal.printFailure(Message(.pushBadHubAddress, options.hub ?? "").text(in: locale), in: locale)
                throw ExitCode(2)
            }
            client = made
        } catch let error as HubTokenError {
            Terminal.printFailure(error.message.text(in: locale), in: locale)
            throw ExitCode(2)
        }
        let now = Int64(Date().timeIntervalSince1970)
        let text: String
        do {
            text = try ProgressExportCommand.progressText(database: database.path, title: settings.title, learner: nil, now: now)
        } catch {
            Terminal.printFailure(error.text.text(in: locale), in: locale)
            throw ExitCode(2)
        }
        let status = ProgressPush.send(text, with: client, locale: locale)
        if status != 0 { throw ExitCode(status) }
    }
}

/// Sending progress and saying what happened, for `progress push` and `drill --hub`.
enum ProgressPush {
    /// Pushes `text`, prints the counts (stdout) or the error (stderr); returns the exit code:
    /// 0 pushed, 1 some lines refused, 2 not pushed.
    static func send(_ text: String, with client: HubClient, locale: PlaybookLocale) -> Int32 {
        switch client.push(progress: text) {
        case .success(let result):
            for refusal in result.refused { Terminal.printError(Message(.pushRefusedLine, "\(refusal.line)", refusal.error), in: locale) }
            Terminal.printOut(Message(.pushed, client.base.absoluteString, "\(result.added)", "\(result.duplicates)", "\(result.refused.count)"), in: locale)
            return result.refused.isEmpty ? 0 : 1
        case .failure(let error):
            Terminal.printFailure(error.message.text(in: locale), in: locale)
            return 2
        }
    }
}
