import Foundation
import PlaybookCore

/// The site being served: the files of the last good build, or the diagnostics of a failed
/// one, and a version that changes on every rebuild.
public actor SiteSnapshot {
    public private(set) var files: [String: Data] = [:]
    /// Errors of the last build; while there are any, every page shows them.
    public private(set) var problems: [String] = []
    /// The language the error page speaks.
    public private(set) var locale = PlaybookLocale.en
    public private(set) var version = 0
    private var listeners: [UUID: AsyncStream<Int>.Continuation] = [:]
    /// Set by ``closeListeners()``: the server is stopping and no page is told of changes.
    private var closed = false

    public init() {}

    /// Files, problems, language and version read at one moment (one build's, never two).
    public var state: (files: [String: Data], problems: [String], locale: PlaybookLocale, version: Int) {
        (files, problems, locale, version)
    }

    public func update(files: [String: Data]) {
        self.files = files
        problems = []
        bump()
    }

    public func fail(_ problems: [String], locale: PlaybookLocale = .en) {
        self.problems = problems
        self.locale = locale
        bump()
    }

    private func bump() {
        version += 1
        for continuation in listeners.values { continuation.yield(version) }
    }

    /// Ends every stream of ``changes()``, and those asked for later (the server is stopping).
    public func closeListeners() {
        closed = true
        for continuation in listeners.values { continuation.finish() }
        listeners = [:]
    }

    /// A stream of versions, one per rebuild from now on; it ends when ``closeListeners()`` is called.
    public func changes() -> AsyncStream<Int> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<Int>.makeStream()
        if closed {
            continuation.finish()
            return stream
        }
        listeners[id] = continuation
        continuation.onTermination = { [weak self] _ in
            Task { await self?.removeListener(id) }
        }
        return stream
    }

    private func removeListener(_ id: UUID) { listeners[id] = nil }
}
