import ArgumentParser
import Foundation
import PlaybookCore
import PlaybookHub

/// `playbook hub user add|list|disable|token|password`: the people of a hub.
struct HubUserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Enrol, list and disable the hub's users, issue their tokens, set trainers' passwords.",
        subcommands: [Add.self, List.self, Disable.self, Token.self, Password.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a user; their access token is printed as the last line, once (only its hash is stored).")
        @Argument(help: "The user's name (letters, digits, '.', '_', '-').") var name: String
        @Option(help: "learner or trainer.") var role: HubRole
        @Option(help: "The user's team.") var team: String?
        @Flag(help: "Also set the (trainer's) sign-in password, read from standard input as `user password` reads it.")
        var passwordStdin = false
        @OptionGroup var store: HubStoreOptions
        @OptionGroup var language: LanguageOption

        func run() throws {
            let locale = language.locale(playbook: nil)
            let (store, name, role, team) = (store, name, role, team)
            if passwordStdin, role != .trainer { throw HubCommandFailure.print(HubStoreError.passwordForLearner(name).message, in: locale) }
            let password = passwordStdin ? try PasswordInput.readChecked(for: name, in: locale) : nil
            let added = try runHub(in: locale) {
                try await store.withStore { hub in
                    let added = try await hub.addUser(name: name, role: role, team: team, now: UnixClock.now())
                    if let password { try await hub.setPassword(password, for: name) }
                    return added
                }
            }
            let roleName = Message(added.user.role == .trainer ? .hubRoleTrainer : .hubRoleLearner).text(in: locale)
            if let team = added.user.team {
                Terminal.printOut(Message(.hubUserAddedToTeam, added.user.name, roleName, team), in: locale)
            } else {
                Terminal.printOut(Message(.hubUserAdded, added.user.name, roleName), in: locale)
            }
            Terminal.printOut(added.token.description)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the users, tab-separated: name, role, team, active|disabled.")
        @OptionGroup var store: HubStoreOptions
        @OptionGroup var language: LanguageOption

        func run() throws {
            let store = store
            let users = try runHub(in: language.locale(playbook: nil)) {
                try await store.withStore { hub in try await hub.users() }
            }
            for user in users {
                Terminal.printOut([user.name, user.role.rawValue, user.team ?? "-", user.isDisabled ? "disabled" : "active"].joined(separator: "\t"))
            }
        }
    }

    struct Disable: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Disable a user: their token, password and sign-in sessions stop working.")
        @Argument var name: String
        @OptionGroup var store: HubStoreOptions
        @OptionGroup var language: LanguageOption

        func run() throws {
            let locale = language.locale(playbook: nil)
            let (store, name) = (store, name)
            _ = try runHub(in: locale) {
                try await store.withStore { hub in try await hub.disableUser(name, now: UnixClock.now()) }
            }
            Terminal.printOut(Message(.hubUserDisabled, name), in: locale)
        }
    }

    struct Token: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Issue a new token for a user, revoking the old; printed as the last line.")
        @Argument var name: String
        @OptionGroup var store: HubStoreOptions
        @OptionGroup var language: LanguageOption

        func run() throws {
            let locale = language.locale(playbook: nil)
            let (store, name) = (store, name)
            let token = try runHub(in: locale) {
                try await store.withStore { hub in try await hub.issueToken(for: name, now: UnixClock.now()) }
            }
            Terminal.printOut(Message(.hubUserToken, name), in: locale)
            Terminal.printOut(token.description)
        }
    }

    struct Password: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set a trainer's sign-in password, read from standard input (typed twice on a terminal, the first line of a pipe).",
            discussion: "The password is never an argument. It is stored as a bcrypt hash; the trainer's earlier sessions end.")
        @Argument var name: String
        @OptionGroup var store: HubStoreOptions
        @OptionGroup var language: LanguageOption

        func run() throws {
            let locale = language.locale(playbook: nil)
            let (store, name) = (store, name)
            let password = try PasswordInput.readChecked(for: name, in: locale)
            try runHub(in: locale) {
                try await store.withStore { hub in try await hub.setPassword(password, for: name) }
            }
            Terminal.printOut(Message(.hubPasswordSet, name), in: locale)
        }
    }
}

/// Whole Unix seconds now, the unit of every time the hub stores.
enum UnixClock {
    static func now() -> Int64 { Int64(Date().timeIntervalSince1970.rounded(.down)) }
}

/// A refusal the hub commands print before stopping with exit code 2.
enum HubCommandFailure {
    /// Prints `message` as an error in `locale`; the exit code to throw.
    static func print(_ message: Message, in locale: PlaybookLocale) -> ExitCode {
        Terminal.printFailure(message.text(in: locale), in: locale)
        return ExitCode(2)
    }
}

extension PasswordInput {
    /// The password, checked for length before anything is stored; prints the refusal and
    /// exits 2 when none was read or it is too short.
    static func readChecked(for name: String, in locale: PlaybookLocale) throws -> String {
        let password: String
        do {
            password = try read(for: name, in: locale)
        } catch {
            throw HubCommandFailure.print(message(error), in: locale)
        }
        guard password.count >= HubStore.minimumPasswordLength else {
            throw HubCommandFailure.print(HubStoreError.weakPassword(minimumLength: HubStore.minimumPasswordLength).message, in: locale)
        }
        return password
    }
}

extension HubRole: ExpressibleByArgument {}
