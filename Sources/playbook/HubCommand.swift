import ArgumentParser
import Dispatch
import Foundation
import PlaybookCore
import PlaybookDrill
import PlaybookHTTP
import PlaybookHub
import PlaybookHubServer
import PlaybookServe

/// `playbook hub`: the team's server, where learners' progress arrives.
struct HubCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hub", abstract: "Run the team hub (progress sync API and the site) and manage its users.",
        subcommands: [HubServeCommand.self, HubUserCommand.self, HubReportCommand.self])
}

/// `playbook hub serve`: the API and the built site on one origin until Ctrl-C or SIGTERM.
struct HubServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Serve the hub's API and the built site (default 127.0.0.1:8080).",
        discussion: "The site is built from --content in memory. TLS comes from a reverse proxy; the hub listens on 127.0.0.1 unless --host says otherwise.")

    @OptionGroup var content: ContentOptions
    @OptionGroup var store: HubStoreOptions
    @OptionGroup var dashboard: DashboardOptions

    @Option(help: "Templates that replace the built-in ones.") var templates: String = "Templates"
    @Option(help: "The address to listen on.") var host: String = LocalServer.loopback
    @Option(help: "The port; 0 lets the system choose one (printed on the \"serving\" line).") var port: UInt16 = 8080
    @Option(help: ArgumentHelp("The largest progress body accepted, in bytes.", valueName: "bytes"))
    var maxBody: Int = 5 * 1024 * 1024
    @Option(help: ArgumentHelp("Seconds a database call may take before the request is answered 503.", valueName: "seconds"))
    var storeTimeout: Double = 5
    @Option(name: .customLong("allow-origin"), parsing: .singleValue,
            help: ArgumentHelp("Another site (scheme://host[:port]) whose practice page may sync with this hub; repeatable.", valueName: "origin"))
    var allowOrigins: [String] = []

    func validate() throws {
        guard maxBody > 0 else { throw ValidationError("--max-body must be positive") }
        guard storeTimeout > 0 else { throw ValidationError("--store-timeout must be positive") }
        do { _ = try CORSAllowList(allowOrigins) } catch { throw ValidationError(error.description) }
    }

    func run() throws {
        try content.folder.requireFolder()
        let playbook = try content.loadWithoutErrors().playbook
        let scheduler = FSRSScheduler.drill(playbook.settings.drill)
        let (folder, templates, store, host, port) = (content.content, templates, store, host, port)
        let language = content.folder.language
        var settings = HubServerSettings(maxBodyBytes: maxBody, storeDeadline: .milliseconds(Int(storeTimeout * 1000)),
                                         allowList: try CORSAllowList(allowOrigins))
        settings.dashboard = dashboard.settings(locale: content.locale, drill: playbook.settings.drill)
        settings.deck = DashboardDeck(cards: playbook.cards, productNames: playbook.productNames)
        let stop = StopRequest()
        let signals = StopSignals { _ in
            guard stop.request() else { StopSignals.exitNow(0) }
        }
        try runHub { [settings] in
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
                    Terminal.printError("hub serving http://\(host):\(listening)/ (\(hub.database.engine))")
                }
            } catch {
                await hub.close()
                Terminal.printError("error: cannot listen on \(host):\(port): \(error)")
                throw ExitCode(2)
            }
            await hub.close()
        }
        withExtendedLifetime(signals) {}
        Terminal.printError("hub stopped")
    }
}
