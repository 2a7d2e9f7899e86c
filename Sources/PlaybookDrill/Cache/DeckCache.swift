import Foundation
import PlaybookCore

/// Keeps the drill's ``DeckSnapshot`` between sessions, so a session over unchanged content
/// starts without parsing Markdown. One file per content folder under
/// `$XDG_CACHE_HOME/playbook/decks/` (else `~/.cache/…`); safe to delete at any time.
/// A missing, stale, damaged or unwritable cache only costs a parse, never an error.
public struct DeckCache: Sendable {
    /// The cache file for this content folder.
    public let file: String

    public init(contentPath: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        let root: String
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
            root = cache
        } else {
            root = (environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path) + "/.cache"
        }
        let absolute = URL(fileURLWithPath: contentPath).standardizedFileURL.path
        file = root + "/playbook/decks/" + Self.name(for: absolute) + ".deck"
    }

    /// The stored snapshot, if there is a readable one; compare its ``DeckSnapshot/inputs`` with
    /// the content's fingerprint before using it.
    public func load() -> DeckSnapshot? {
        guard let data = FileManager.default.contents(atPath: file) else { return nil }
        return DeckSnapshot(bytes: [UInt8](data))
    }

    /// Stores `snapshot`, replacing the file in one rename so a reader never sees half of it.
    public func store(_ snapshot: DeckSnapshot) {
        let manager = FileManager.default
        let folder = (file as NSString).deletingLastPathComponent
        let temporary = file + ".\(ProcessInfo.processInfo.processIdentifier).tmp"
        do {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data(snapshot.encoded()).write(to: URL(fileURLWithPath: temporary))
            if rename(temporary, file) != 0 { try? manager.removeItem(atPath: temporary) }
        } catch {
            try? manager.removeItem(atPath: temporary)
        }
    }

    /// A readable, collision-resistant file name: the folder's last component and a hash of its path.
    private static func name(for path: String) -> String {
        var hash = FNV1a()
        hash.mix(path)
        let base = (path as NSString).lastPathComponent.filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return (base.isEmpty ? "content" : String(base.prefix(40))) + "-" + hash.hex
    }
}

