import Foundation
import PlaybookCache
import PlaybookCore

/// Keeps the drill's ``DeckSnapshot`` between sessions, so a session over unchanged content
/// starts without parsing Markdown. One file per content folder under
/// `$XDG_CACHE_HOME/playbook/decks/` (else `~/.cache/…`); safe to delete at any time.
/// A missing, stale, damaged or unwritable cache only costs a parse, never an error.
public struct DeckCache: Sendable {
    /// The cache file for this content folder.
    public let file: String

    public init(contentPath: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        file = CacheLocation.file(kind: "decks", extension: "deck", contentPath: contentPath, environment: environment)
    }

    /// The stored snapshot, if there is a readable one; compare its ``DeckSnapshot/inputs`` with
    /// the content's fingerprint before using it.
    public func load() -> DeckSnapshot? {
        FileSystem.readBytes(file).flatMap(DeckSnapshot.init(bytes:))
    }

    /// Stores `snapshot`, replacing the file in one rename so a reader never sees half of it.
    public func store(_ snapshot: DeckSnapshot) {
        FileSystem.replace(file, with: snapshot.encoded())
    }
}
