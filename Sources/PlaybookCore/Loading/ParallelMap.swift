import Foundation

/// Maps over an array on every core, keeping the order.
public enum ParallelMap {
    public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        guard items.count > 1 else { return items.map(transform) }
        let results = ResultBox<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            results.set(index, transform(items[index]))
        }
        return results.values
    }

    private final class ResultBox<R>: @unchecked Sendable {
        private var storage: [R?]
        private let lock = NSLock()
        init(count: Int) { storage = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ value: R) {
            lock.lock()
            storage[index] = value
            lock.unlock()
        }
        var values: [R] { storage.map { $0! } }
    }
}

/// Runs two independent pieces of work at the same time and returns both results.
public enum Concurrently {
    public static func run<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
        let box = PairBox<A, B>()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 { box.setFirst(first()) } else { box.setSecond(second()) }
        }
        return box.values
    }

    private final class PairBox<A, B>: @unchecked Sendable {
        private var first: A?
        private var second: B?
        private let lock = NSLock()
        func setFirst(_ value: A) { lock.withLock { first = value } }
        func setSecond(_ value: B) { lock.withLock { second = value } }
        var values: (A, B) { lock.withLock { (first!, second!) } }
    }
}
