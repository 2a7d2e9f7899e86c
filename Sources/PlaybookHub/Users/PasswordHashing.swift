import Dispatch
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

    private static func offPool<Value: Sendable>(_ work: @escaping @Sendable () -> Value) async -> Value {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async { continuation.resume(returning: work()) }
        }
    }
}
