import Dispatch
import Foundation
import HummingbirdBcrypt

/// bcrypt off Swift's cooperative thread pool: one hash takes a few hundred milliseconds of CPU
/// by design, and on the pool it would hold up every other request of the hub meanwhile.
enum PasswordHashing {
    /// The bcrypt hash of `password` at `cost`.
    static func hash(_ password: String, cost: UInt8) async -> String {
        await offPool { Bcrypt.hash(password, cost: cost) }
    }

    /// Whether `password` matches the bcrypt `hash`.
    static func verify(_ password: String, hash: String) async -> Bool {
        await offPool { Bcrypt.verify(password, hash: hash) }
    }

    /// A hash of a random password at `cost`, made once per cost: what a name without a password
    /// is checked against, so that check costs what a real one does.
    static func standIn(cost: UInt8) async -> String {
        await offPool { standIns.hash(cost: cost) }
    }

    private static let standIns = StandInHashes()

    /// The stand-in hashes made so far, by cost (macOS 14 has no `Mutex`: a lock guards the table).
    private final class StandInHashes: @unchecked Sendable {
        private let lock = NSLock()
        private var table: [UInt8: String] = [:]

        func hash(cost: UInt8) -> String {
            lock.withLock {
                if let hash = table[cost] { return hash }
                let hash = Bcrypt.hash(AccessToken.generate().secret, cost: cost)
                table[cost] = hash
                return hash
            }
        }
    }

    private static func offPool<Value: Sendable>(_ work: @escaping @Sendable () -> Value) async -> Value {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async { continuation.resume(returning: work()) }
        }
    }
}
