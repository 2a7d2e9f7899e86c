import Foundation

/// Lists a folder tree quickly (one `lstat` per entry, no Foundation attribute dictionaries):
/// a large site or playbook has tens of thousands of files.
public enum FileWalk {
    /// Paths relative to `root` of every entry that is not a folder (files, and symbolic links
    /// of any kind, which are not followed), sorted by their UTF-8 bytes. With `skippingHidden`,
    /// names starting with `.` are left out, and hidden folders are not entered.
    public static func paths(under root: String, skippingHidden: Bool) -> [String] {
        var paths: [String] = []
        func walk(_ relative: String) {
            let directory = relative.isEmpty ? root : root + "/" + relative
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
            for name in names where !(skippingHidden && name.hasPrefix(".")) {
                let path = relative.isEmpty ? name : relative + "/" + name
                var info = stat()
                if lstat(root + "/" + path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
                    walk(path)
                } else {
                    paths.append(path)
                }
            }
        }
        walk("")
        return paths.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
}
