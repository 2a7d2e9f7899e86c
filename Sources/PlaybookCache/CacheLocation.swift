import Foundation
import PlaybookCore

/// Where playbook keeps caches that belong to the user, not the project:
/// `$XDG_CACHE_HOME/playbook/KIND/` (else `~/.cache/playbook/KIND/`), one file per content
/// folder. Everything there is safe to delete at any time.
package enum CacheLocation {
    /// The cache file of `kind` (`parsed`, `decks` …) for the content folder at `contentPath`.
    package static func file(kind: String, extension suffix: String, contentPath: String,
                            environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let root: String
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
            root = cache
        } else {
            root = (environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path) + "/.cache"
        }
        let absolute = URL(fileURLWithPath: contentPath).standardizedFileURL.path
        return root + "/playbook/" + kind + "/" + name(for: absolute) + "." + suffix
    }

    /// A readable, collision-resistant file name: the folder's last component and a hash of its path.
    private static func name(for path: String) -> String {
        var hash = FNV1a()
        hash.mix(path)
        let base = (path as NSString).lastPathComponent.filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return (base.isEmpty ? "content" : String(base.prefix(40))) + "-" + hash.hex
    }
}
