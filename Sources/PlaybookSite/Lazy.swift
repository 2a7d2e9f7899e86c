import Foundation

/// A value computed on first use, once, by whichever render worker needs it first.
final class Lazy<Value>: @unchecked Sendable {
    private var value: Value?
    private let make: () -> Value
    private let lock = NSLock()

    init(_ make: @escaping () -> Value) { self.make = make }

    var wrapped: Value {
        lock.withLock {
            if let value { return value }
            let made = make()
            value = made
            return made
        }
    }
}
