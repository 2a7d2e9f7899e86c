import Foundation

/// A site rendered into memory (for `serve`). Given the previous render, a page whose render
/// key is unchanged is taken from it instead of being rendered again.
public final class MemorySite: SiteSink, @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String: (key: UInt64?, data: Data)] = [:]
    private var previous: MemorySite?
    /// Pages taken from the previous render.
    public private(set) var reusedCount = 0

    public init(previous: MemorySite? = nil) { self.previous = previous }

    /// Lets go of the previous render once this one is complete (so renders do not chain).
    public func dropPrevious() { lock.withLock { previous = nil } }

    /// The site's files: site-relative path → bytes.
    public var files: [String: Data] { lock.withLock { stored.mapValues(\.data) } }

    public func put(_ path: String, _ data: Data, renderKey: UInt64?) {
        lock.withLock { stored[path] = (renderKey, data) }
    }

    public func reuse(_ path: String, renderKey: UInt64) -> Bool {
        guard let old = lock.withLock({ previous })?.entry(path), old.key == renderKey else { return false }
        lock.withLock {
            stored[path] = old
            reusedCount += 1
        }
        return true
    }

    private func entry(_ path: String) -> (key: UInt64?, data: Data)? { lock.withLock { stored[path] } }
}
