import ArgumentParser
import Foundation
import PlaybookHub

/// `playbook hub user add|list|disable|token`: the people of a hub.
struct HubUserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Enrol, list and disable the hub's users, and issue their tokens.",
        subcommands: [Add.self, List.self, Disable.self, Token.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a user; their access token is printed as the last line, once (only its hash is stored).")
        @Argument(help: "The user's name (letters, digits, '.', '_', '-').") var name: String
        @Option(help: "learner or trainer.") var role: HubRole
        @Option(help: "The user's team.") var team: String?
        @OptionGroup var store: HubStoreOptions

        func run() throws {
            let (store, name, role, team) = (store, name, role, team)
            let added = try runHub {
                try await store.withStore { hub in try await hub.addUser(name: name, role: role, team: team, now: Int64(Date().timeIntervalSince1970)) }
            }
            Terminal.printOut("added \(added.user.role.rawValue) \(added.user.name)\(added.user.team.map { " (team \($0))" } ?? ""); access token:")
            Terminal.printOut(added.token.description)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the users: name, role, team, state.")
        @OptionGroup var store: HubStoreOptions

        func run() throws {
            let store = store
            let users = try runHub {
                try await store.withStore { hub in try await hub.users() }
            }
            for user in users {
                Terminal.printOut([user.name, user.role.rawValue, user.team ?? "-", user.isDisabled ? "disabled" : "active"].joined(separator: "\t"))
            }
        }
    }

    struct Disable: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Disable a user: their token and password stop working.")
        @Argument var name: String
        @OptionGroup var store: HubStoreOptions

        func run() throws {
            let (store, name) = (store, name)
            _ = try runHub {
                try await store.withStore { hub in try await hub.disableUser(name, now: Int64(Date().timeIntervalSince1970)) }
            }
            Terminal.printOut("disabled \(name)")
        }
    }

    struct Token: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Issue a new token for a user, revoking the old; printed as the last line.")
        @Argument var name: String
        @OptionGroup var store: HubStoreOptions

        func run() throws {
            let (store, name) = (store, name)
            let token = try runHub {
                try await store.withStore { hub in try await hub.issueToken(for: name, now: Int64(Date().timeIntervalSince1970)) }
            }
            Terminal.printOut("new access token for \(name) (the old one is revoked):")
            Terminal.printOut(token.description)
        }
    }
}

extension HubRole: ExpressibleByArgument {}
