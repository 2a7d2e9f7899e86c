import ArgumentParser
import Dispatch
import Foundation
import PlaybookCore
import PlaybookDrill
import PlaybookHTTP
import PlaybookHubServer
import PlaybookServe

/// `playbook hub`: the team's server, where learners' progress arrives.
struct HubCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hub", abstract: "Run the team hub (progress sync API and the site) and manage its users.",
        subcommands: [HubServeCommand.self, HubUserCommand.self, HubImportCommand.self])
}

/// `playbook hub serve`: the API and the built site on one origin until Ctrl-C or SIGTERM.
struct HubServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Serve the hub's API and the built site (default 127.0.0.1:8080).",
        discussion: "The site is built from --content in memory. TLS comes from a reverse proxy; the hub listens on 127.0.0.1 unless --host says otherwise.")

    @OptionGroup var content: ContentOptions
    @OptionGroup var store: HubStoreOptions

    @Option(help: "Templates that replace the built-in ones.") var templates: String = "Templates"
    @Option(help: "The address to listen on.") var host: String = LocalServer.loopback
    @Option(help: "The port; 0 lets the system choose one (printed on the \"serving\" line).") var port: UInt16 = 8080
    @Option(help: ArgumentHelp("The largest progress body accepted, in bytes.", valueName: "bytes"))
    var maxBody: Int = 5 * 1024 * 1024
    @Option(help: ArgumentHelp("Seconds a database call may take before the request is answered 503.", valueName: "seconds"))
    var storeTimeout: Double = 5
    @Flag(help: "Mark the session cookie Secure (set this when a TLS reverse proxy is in front of the hub).")
    var secureCookies = false
    @Flag(help: "Take the client's address from the last X-Forwarded-For entry (only behind a reverse proxy that sets it).")
    var trustForwardedFor = false
    @Option(help: ArgumentHelp("How long a sign-in session lasts.", valueName: "hours"))
    var sessionHours: Double = 12
    @Option(name: .customLong("allow-origin"), parsing: .singleValue,
            help: ArgumentHelp("Another site (scheme://host[:port]) whose practice page may sync with this hub; repeatable.", valueName: "origin"))
    var allowOrigins: [String] = []

    func validate() throws {
        let locale = UILanguage.fromEnvironment(ProcessInfo.processInfo.environment)
        for (option, positive) in [("--max-body", maxBody > 0), ("--store-timeout", storeTimeout > 0), ("--session-hours", sessionHours > 0)]
            where !positive {
            throw ValidationError(Message(.hubOptionNotPositive, option).text(in: locale))
        }
        do { _ = try CORSAllowList(allowOrigins) } catch { throw ValidationError(error.description) }
    }

    func run() throws {
        try content.folder.requireFolder()
        let playbook = try content.loadWithoutErrors().playbook
        let scheduler = FSRSScheduler.drill(playbook.settings.drill)
        let (folder, templates, store, host, port) = (content.content, templates, store, host, port)
        let language = content.folder.language
        let locale = content.locale
        let signIn = SignInSettings(sessionLifetime: Int64(sessionHours * 3600), secureCookies: secureCookies,
                                    trustForwardedFor: trustForwardedFor, language: locale)
        let settings = HubServerSettings(maxBodyBytes: maxBody, storeDeadline: .milliseconds(Int(storeTimeout * 1000)),
                                         allowList: try CORSAllowList(allowOrigins), signIn: signIn)
        let stop = StopRequest()
        let signals = StopSignals { _ in
            guard stop.request() else { StopSignals.exitNow(0) }
        }
        try runHub(in: locale) {
            let snapshot = SiteSnapshot()
            let builder = PreviewBuilder(content: folder, templates: templates) { language.locale(content: folder) }
            if await builder.build(into: snapshot) == .failed {
                for problem in await snapshot.state.problems { Terminal.printError(problem) }
                throw ExitCode(1)
            }
            let site = await snapshot.state.files
            let hub = try await store.open(scheduler: scheduler)
            let server = HubServer(store: hub, site: site, settings: settings)
            do {
                try await server.run(host: host, port: port, until: stop) { listening in
                    Terminal.printError(Message(.hubServing, "http://\(host):\(listening)/", hub.database.engine), in: locale)
                }
            } catch {
                await hub.close()
                Terminal.printFailure(Message(.hubCannotListen, "\(host):\(port)", "\(error)").text(in: locale), in: locale)
                throw ExitCode(2)
            }
            await hub.close()
        }
        withExtendedLifetime(signals) {}
        Terminal.printError(Message(.hubStopped), in: locale)
    }
}
