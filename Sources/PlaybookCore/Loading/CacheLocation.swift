import Foundation

/// Where playbook keeps caches that belong to the user, not the project:
/// `$XDG_CACHE_HOME/playbook/KIND/` (else `~/.cache/playbook/KIND/`), one file per content
/// folder. Everything there is safe to delete at any time.
public enum CacheLocation {
    /// The cache file of `kind` (`parsed`, `decks` …) for the content folder at `contentPath`.
    public static func file(kind: String, extension suffix: String, contentPath: String,
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

    /// Writes `bytes` to `file` through a temporary file and one rename, so a reader never sees
    /// half of it; failures are ignored (a cache that cannot be written only costs time).
    public static func replace(_ file: String, with bytes: [UInt8]) {
        let manager = FileManager.default
        let temporary = file + ".\(ProcessInfo.processInfo.processIdentifier).tmp"
        do {
            try manager.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            guard manager.createFile(atPath: temporary, contents: nil), let handle = FileHandle(forWritingAtPath: temporary) else {
                return
            }
            do {
                defer { try? handle.close() }
                try handle.write(contentsOf: bytes)  // the array itself: `Data(bytes)` would copy it
            }
            if rename(temporary, file) != 0 { try? manager.removeItem(atPath: temporary) }
        } catch {
            try? manager.removeItem(atPath: temporary)
        }
    }
}
