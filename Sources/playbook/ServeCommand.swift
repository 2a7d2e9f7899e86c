import ArgumentParser
import Dispatch
import Foundation
import PlaybookCore
import PlaybookHTTP
import PlaybookServe

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site on 127.0.0.1, rebuilding and reloading open pages when Content/ or Templates/ change.",
        discussion: "The site is built in memory; Site/ is not touched. Content errors show as a page in the browser. Ctrl-C (or SIGTERM) stops, closing open pages' live-reload connections, and exits 0.")

    @OptionGroup var folder: ContentFolderOption

    @Option(help: "Templates that replace the built-in ones.")
    var templates: String = "Templates"

    @Option(help: "The port on 127.0.0.1; 0 lets the system choose one (printed on the \"serving\" line).")
    var port: UInt16 = 8000

    @Option(help: "How often to look for changes, in milliseconds.")
    var interval: Int = 300

    func validate() throws {
        guard (50...10_000).contains(interval) else { throw ValidationError(Message(.intervalRange).text(in: folder.locale)) }
    }

    func run() throws {
        try folder.requireFolder()
        let content = folder.content
        let snapshot = SiteSnapshot()
        let language = folder.language
        let locale = folder.locale
        let builder = PreviewBuilder(content: content, templates: templates) { language.locale(content: content) }
        let watcher = FolderWatcher(folders: [content, templates])
        let preview = PreviewServer(snapshot: snapshot, port: port)
        let interval = UInt64(interval) * 1_000_000
        let finished = DispatchSemaphore(value: 0)
        let outcome = ServeOutcome()
        let port = self.port
        // First of all, so Ctrl-C during the first build stops too.
        let stop = StopRequest()
        let signals = StopSignals { _ in
            guard stop.request() else {
                // Ctrl-C again: stop waiting for connections to close.
                Terminal.printError(Message(.serveStopped), in: locale)
                StopSignals.exitNow(0)
            }
            // Connections get half a second to close; a build or a client that takes longer does not hold the stop up.
            DispatchQueue.global().asyncAfter(deadline: .now() + 1.5) {
                Terminal.printError(Message(.serveStoppedNow), in: locale)
                StopSignals.exitNow(0)
            }
        }

        Task {
            defer { finished.signal() }
            // Taken before the first build, so an edit made while it runs is seen.
            let initial = watcher.signature()
            let first = await builder.build(into: snapshot)
            Terminal.printError(Message(first == .failed ? .serveContentErrors : .serveBuilt), in: locale)
            guard !stop.isRequested else { return }
            let watch = Task {
                var last = initial
                while !Task.isCancelled {
                    try? await Task.sleep(nanoseconds: interval)
                    let now = watcher.signature()
                    guard now != last, !Task.isCancelled else { continue }
                    let edited = now.editedDocuments(since: last)
                    last = now
                    let started = Date()
                    let result = await builder.build(into: snapshot, edited: edited, documents: now.documents)
                    let seconds = String(format: "%.2f s", Date().timeIntervalSince(started))
                    switch result {
                    case .updated(let rendered): Terminal.printError(Message(.serveUpdated, "\(rendered)", seconds), in: locale)
                    case .built(_, let reason?): Terminal.printError(Message(.serveRebuiltBecause, seconds, reason), in: locale)
                    case .built: Terminal.printError(Message(.serveRebuilt, seconds), in: locale)
                    case .failed: Terminal.printError(Message(.serveContentErrors), in: locale)
                    }
                }
            }
            defer { watch.cancel() }
            do {
                // The ready line: tests and scripts read the port from it (`--port 0` lets the system choose).
                try await preview.run(until: stop, grace: 0.5) { listening in
                    Terminal.printError(Message(.serveServing, "http://127.0.0.1:\(listening)/"), in: locale)
                }
            } catch {
                outcome.set(Message(.serveCannotListen, "127.0.0.1:\(port)", "\(error)").text(in: locale))
            }
        }
        finished.wait()
        withExtendedLifetime(signals) {}
        if let message = outcome.message {
            Terminal.printFailure(message, in: locale)
            throw ExitCode(2)
        }
        Terminal.printError(Message(.serveStopped), in: locale)
    }
}

/// The server task's failure, read by the main thread after it ends.
final class ServeOutcome: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: String?
    var message: String? { lock.lock(); defer { lock.unlock() }; return stored }
    func set(_ message: String) { lock.lock(); stored = message; lock.unlock() }
}
