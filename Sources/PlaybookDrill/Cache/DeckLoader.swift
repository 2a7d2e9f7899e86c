import Foundation
import PlaybookCache
import PlaybookCore

/// Loads the drill's deck: from the deck cache when no content file changed since it was
/// stored, else from the content (then stored for the next session).
package enum DeckLoader {
    package enum Outcome: Sendable {
        case deck(DeckSnapshot)
        /// The content has errors: there is no deck to drill.
        case contentErrors(LoadResult)
    }

    /// The deck of the content folder at `contentPath`. With `useCache` false, the deck cache
    /// is neither read nor written. Throws ``PlaybookIOError`` when the folder cannot be read.
    package static func load(contentPath: String, options: PlaybookLoader.Options, useCache: Bool) throws -> Outcome {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: contentPath, isDirectory: &isFolder), isFolder.boolValue else {
            _ = try PlaybookLoader.load(contentPath: contentPath, options: options)  // says what is wrong with the folder
            throw PlaybookIOError(path: contentPath, Message(.notAFolder, contentPath))
        }
        let cache = DeckCache(contentPath: contentPath)
        let cached = useCache ? cache.load() : nil
        let (inputs, stamps) = InputFingerprint.compute(folders: [contentPath], program: InputFingerprint.program,
                                                        reusing: cached?.stamps ?? [])
        if let cached, cached.inputs == inputs { return .deck(cached) }
        let result = try PlaybookLoader.load(contentPath: contentPath, options: options)
        if result.hasErrors { return .contentErrors(result) }
        let snapshot = DeckSnapshot(inputs: inputs, stamps: stamps, playbook: result.playbook)
        if useCache { cache.store(snapshot) }
        return .deck(snapshot)
    }
}
