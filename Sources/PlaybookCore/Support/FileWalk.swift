import Foundation

/// Lists a folder tree quickly (one `lstat` per entry, no Foundation attribute dictionaries):
/// a large site or playbook has tens of thousands of files.
package enum FileWalk {
    /// Paths relative to `root` of every entry that is not a folder (files, and symbolic links
    /// of any kind, which are not followed), sorted by their UTF-8 bytes. With `skippingHidden`,
    /// names starting with `.` are left out, and hidden folders are not entered.
    package static func paths(under root: String, skippingHidden: Bool) -> [String] {
        entries(under: root, skippingHidden: skippingHidden).map(\.path)
    }

    /// One entry of a walk: its path and what `lstat` said of it.
    package struct Entry: Sendable {
        package var path: String
        package var status: FileSystem.Status
    }

    /// As ``paths(under:skippingHidden:)``, with each entry's `lstat` (callers that need it
    /// need not ask the system again).
    package static func entries(under root: String, skippingHidden: Bool) -> [Entry] {
        var entries: [Entry] = []
        func walk(_ relative: String) {
            let directory = relative.isEmpty ? root : root + "/" + relative
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
            for name in names where !(skippingHidden && name.hasPrefix(".")) {
                let path = relative.isEmpty ? name : relative + "/" + name
                guard let status = FileSystem.linkStatus(root + "/" + path) else { continue }
                if status.isDirectory {
                    walk(path)
                } else {
                    entries.append(Entry(path: path, status: status))
                }
            }
        }
        walk("")
        return entries.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }
}
