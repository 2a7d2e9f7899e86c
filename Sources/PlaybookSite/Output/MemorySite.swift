import Foundation

/// A site rendered into memory (for `serve`). Given the previous render, a page whose render
/// inputs or values are unchanged is taken from it instead of being rendered again.
public final class MemorySite: SiteSink, @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String: (keys: PageKeys, data: Data)] = [:]
    private var previous: MemorySite?
    /// Pages taken from the previous render.
    public private(set) var reusedCount = 0
    /// Of those, pages kept on their inputs key alone, without their values being built.
    public private(set) var keptOnInputsCount = 0
    /// Pages rendered into this site (not taken from the previous render).
    public private(set) var renderedCount = 0

    public init(previous: MemorySite? = nil) { self.previous = previous }

    /// Lets go of the previous render once this one is complete (so renders do not chain).
    public func dropPrevious() { lock.withLock { previous = nil } }

    /// The site's files: site-relative path → bytes.
    public var files: [String: Data] { lock.withLock { stored.mapValues(\.data) } }

    public func put(_ path: String, _ data: Data, keys: PageKeys) {
        lock.withLock {
            stored[path] = (keys, data)
            if path.hasSuffix(".html") { renderedCount += 1 }
        }
    }

    /// Removes the files under `folder` (site-relative, ending in `/`) that `keeping` does not name.
    func remove(under folder: String, keeping: Set<String>) {
        lock.withLock {
            for path in stored.keys where path.hasPrefix(folder) && !keeping.contains(path) { stored[path] = nil }
        }
    }

    public func reuse(_ path: String, keys: PageKeys) -> Bool {
        guard let old = lock.withLock({ previous })?.entry(path), old.keys.matches(keys) else { return false }
        lock.withLock {
            stored[path] = (old.keys.kept(for: keys), old.data)
            if path.hasSuffix(".html") {
                reusedCount += 1
                if keys.values == nil { keptOnInputsCount += 1 }
            }
        }
        return true
    }

    /// A new site holding this one's files, to be changed without changing this one.
    public func copy() -> MemorySite {
        let copy = MemorySite()
        copy.stored = lock.withLock { stored }
        return copy
    }

    /// The text of the file at `path`, if there is one.
    public func text(_ path: String) -> String? {
        entry(path).map { String(decoding: $0.data, as: UTF8.self) }
    }

    private func entry(_ path: String) -> (keys: PageKeys, data: Data)? { lock.withLock { stored[path] } }
}
