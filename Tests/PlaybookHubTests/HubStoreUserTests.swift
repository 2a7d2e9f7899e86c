import Foundation
@testable import PlaybookHub
import SQLKit
import Testing

@Suite struct HubStoreUserTests {
    let now = ProgressText.start

    @Test(arguments: HubTestEngine.available)
    func tokensVerifyUntilRevokedOrReplaced(engine: HubTestEngine) async throws {
        let store = try await engine.makeStore()
        defer { Task { await store.close() } }
        let (user, token) = try await store.addUser(name: "li.na", role: .learner, team: "north", now: now)
        #expect(user.name == "li.na" && user.role == .learner && user.team == "north")
        #expect(try await store.verify(token: token.description) == user)
        #expect(try await store.verify(token: "Bearer-less garbage") == nil)
        // The right selector with another secret is refused.
        let forged = AccessToken.generate()
        #expect(try await store.verify(token: "\(token.selector).\(forged.secret)") == nil)

        let second = try await store.issueToken(for: "li.na", now: now + 10)
        #expect(try await store.verify(token: token.description) == nil)
        #expect(try await store.verify(token: second.description) == user)

        try await store.revokeTokens(of: "li.na", now: now + 20)
        #expect(try await store.verify(token: second.description) == nil)
        await #expect(throws: HubStoreError.unknownUser("nobody")) { try await store.issueToken(for: "nobody", now: now) }
    }

    @Test(arguments: HubTestEngine.available)
    func tokensAreStoredOnlyAsHashes(engine: HubTestEngine) async throws {
        let store = try await engine.makeStore()
        defer { Task { await store.close() } }
        let (_, token) = try await store.addUser(name: "trainer.wu", role: .trainer, now: now)
        let stored = try await store.database.read { sql in
            try await sql.select().columns("selector", "secret_hash").from("hub_token").all()
                .map { (try $0.decode(column: "selector", as: String.self), try $0.decode(column: "secret_hash", as: String.self)) }
        }
        #expect(stored.count == 1)
        #expect(stored[0].0 == token.selector)
        #expect(stored[0].1 == token.secretHash)
        #expect(!stored[0].1.contains(token.secret))
        #expect(stored[0].1.count == 64)
    }

    @Test(arguments: HubTestEngine.available)
    func disabledUsersNoLongerSignIn(engine: HubTestEngine) async throws {
        let store = try await engine.makeStore()
        defer { Task { await store.close() } }
        let (_, learnerToken) = try await store.addUser(name: "zhang", role: .learner, now: now)
        let (_, trainerToken) = try await store.addUser(name: "coach", role: .trainer, team: "north", now: now)
        try await store.setPassword("correct horse battery", for: "coach")
        #expect(try await store.verifyPassword("correct horse battery", for: "coach")?.name == "coach")

        let disabled = try await store.disableUser("zhang", now: now + 5)
        #expect(disabled.disabledAt == now + 5)
        #expect(try await store.disableUser("zhang", now: now + 99).disabledAt == now + 5)
        _ = try await store.disableUser("coach", now: now + 6)
        #expect(try await store.verify(token: learnerToken.description) == nil)
        #expect(try await store.verify(token: trainerToken.description) == nil)
        #expect(try await store.verifyPassword("correct horse battery", for: "coach") == nil)
        let users = try await store.users()
        #expect(users.map(\.name) == ["coach", "zhang"])
        #expect(users.allSatisfy { $0.isDisabled })
        await #expect(throws: HubStoreError.unknownUser("ghost")) { try await store.disableUser("ghost", now: now) }
    }

    @Test(arguments: HubTestEngine.available)
    func namesAreUniqueAndChecked(engine: HubTestEngine) async throws {
        let store = try await engine.makeStore()
        defer { Task { await store.close() } }
        _ = try await store.addUser(name: "王芳", role: .learner, now: now)
        await #expect(throws: HubStoreError.userExists("王芳")) { try await store.addUser(name: "王芳", role: .trainer, now: now) }
        await #expect(throws: HubStoreError.invalidUserName("a b")) { try await store.addUser(name: "a b", role: .learner, now: now) }
        await #expect(throws: HubStoreError.invalidUserName("")) { try await store.addUser(name: "", role: .learner, now: now) }
        #expect(try await store.users().count == 1)
    }

    @Test(arguments: HubTestEngine.available)
    func passwordsAreForTrainersAndBcrypted(engine: HubTestEngine) async throws {
        let store = try await engine.makeStore()
        defer { Task { await store.close() } }
        _ = try await store.addUser(name: "learner1", role: .learner, now: now)
        _ = try await store.addUser(name: "coach", role: .trainer, now: now)
        await #expect(throws: HubStoreError.passwordForLearner("learner1")) {
            try await store.setPassword("a long enough password", for: "learner1")
        }
        await #expect(throws: HubStoreError.weakPassword(minimumLength: HubStore.minimumPasswordLength)) {
            try await store.setPassword("short", for: "coach")
        }
        try await store.setPassword("a long enough password", for: "coach")
        #expect(try await store.verifyPassword("a long enough password", for: "coach")?.role == .trainer)
        #expect(try await store.verifyPassword("a long enough passworD", for: "coach") == nil)
        #expect(try await store.verifyPassword("a long enough password", for: "learner1") == nil)
        let hash = try await store.database.read { sql in
            try await sql.select().column("password_hash").from("hub_user").where("name", .equal, SQLBind("coach"))
                .first(decodingColumn: "password_hash", as: String.self)
        }
        #expect(hash?.hasPrefix("$2") == true)
    }

    @Test func tokenShapeAndEntropy() {
        let tokens = (0..<64).map { _ in AccessToken.generate() }
        #expect(Set(tokens.map(\.description)).count == 64)
        for token in tokens {
            #expect(AccessToken(token.description) == token)
            #expect(token.secret.count == 43) // 256 bits in base64url
            #expect(token.matches(storedHash: token.secretHash))
            #expect(!token.matches(storedHash: String(token.secretHash.reversed())))
        }
        #expect(AccessToken("") == nil)
        #expect(AccessToken("abc.def") == nil)
    }
}
