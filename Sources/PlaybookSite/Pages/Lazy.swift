import PlaybookCore

/// A value computed on first use, once, by whichever render worker needs it first.
final class Lazy<Value>: Sendable {
    private let value: Locked<Value?>
    private let make: @Sendable () -> Value

    init(_ make: @escaping @Sendable () -> Value) {
        self.make = make
        value = Locked(nil)
    }

    var wrapped: Value {
        value.withLock { value in
            if let value { return value }
            let made = make()
            value = made
            return made
        }
    }
}
