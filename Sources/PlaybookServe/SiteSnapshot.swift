import Foundation
import PlaybookCore
import PlaybookSite

/// The site being served: the files of the last good build, or the diagnostics of a failed
/// one, and a version that changes on every rebuild.
public actor SiteSnapshot {
    public private(set) var files: [String: Data] = [:]
    /// Errors of the last build; while there are any, every page shows them.
    public private(set) var problems: [String] = []
    public private(set) var version = 0
    /// The last good render, so the next one can keep the pages whose inputs did not change.
    public private(set) var lastRender: MemorySite?
    private var listeners: [UUID: AsyncStream<Int>.Continuation] = [:]

    public init() {}

    public func update(files: [String: Data]) {
        self.files = files
        problems = []
        bump()
    }

    /// Serves `render`'s files and keeps it for the next rebuild.
    public func update(render: MemorySite) {
        render.dropPrevious()
        lastRender = render
        update(files: render.files)
    }

    public func fail(_ problems: [String]) {
        self.problems = problems
        bump()
    }

    private func bump() {
        version += 1
        for continuation in listeners.values { continuation.yield(version) }
    }

    /// A stream of versions, one per rebuild from now on.
    public func changes() -> AsyncStream<Int> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<Int>.makeStream()
        listeners[id] = continuation
        continuation.onTermination = { [weak self] _ in
            Task { await self?.removeListener(id) }
        }
        return stream
    }

    private func removeListener(_ id: UUID) { listeners[id] = nil }
}

/// Builds the site from a content and a templates folder, into memory.
public struct PreviewBuilder: Sendable {
    public let content: String
    public let templates: String

    public init(content: String, templates: String) {
        self.content = content
        self.templates = templates
    }

    /// Builds once and stores the result (or the errors) in `snapshot`.
    public func build(into snapshot: SiteSnapshot) async -> Bool {
        do {
            var options = PlaybookLoader.Options.current
            options.cacheFile = CacheLocation.file(kind: "parsed", extension: "parsed", contentPath: content)
            options.deriveCards = false
            let result = try PlaybookLoader.load(contentPath: content, options: options)
            if result.hasErrors {
                await snapshot.fail(result.diagnostics.filter { $0.severity == .error }.map(\.description))
                return false
            }
            let set = try TemplateSet.load(overridesAt: templates)
            let site = MemorySite(previous: await snapshot.lastRender)
            try SiteBuilder(playbook: result.playbook, templates: set, templatesDisplayPath: templates).render(into: site)
            await snapshot.update(render: site)
            return true
        } catch {
            await snapshot.fail(["\(error)"])
            return false
        }
    }
}

/// Notices changes in folders by polling file sizes and modification times (portable, and
/// cheap for a playbook's few thousand files).
public struct FolderWatcher: Sendable {
    public let folders: [String]

    public init(folders: [String]) { self.folders = folders }

    /// A fingerprint of every file's path, size and modification time.
    public func signature() -> [String: String] {
        var result: [String: String] = [:]
        let manager = FileManager.default
        for folder in folders {
            guard let enumerator = manager.enumerator(atPath: folder) else { continue }
            for case let relative as String in enumerator {
                let path = folder + "/" + relative
                guard let attributes = try? manager.attributesOfItem(atPath: path),
                      attributes[.type] as? FileAttributeType != .typeDirectory else { continue }
                let size = (attributes[.size] as? Int) ?? 0
                let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                result[path] = "\(size)@\(modified)"
            }
        }
        return result
    }
}
