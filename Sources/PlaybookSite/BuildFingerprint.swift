import Foundation

/// A fingerprint of everything a build reads: every content and template file (path and
/// bytes) and the program itself. When it matches the one stored with the site, the site is
/// already what a build would write, and the build can stop early.
public enum BuildFingerprint {
    /// FNV-1a 64 over the files of `folders` in path order, plus `program` (e.g. the binary's
    /// size and modification time, so a new version of playbook rebuilds).
    public static func compute(folders: [String], program: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
        }
        mix(program.utf8)
        let manager = FileManager.default
        for folder in folders {
            guard let enumerator = manager.enumerator(atPath: folder) else { continue }
            var paths: [String] = []
            for case let relative as String in enumerator where !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                paths.append(relative)
            }
            for relative in paths.sorted() {
                let path = folder + "/" + relative
                var isDirectory: ObjCBool = false
                guard manager.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                      let data = manager.contents(atPath: path) else { continue }
                mix(relative.utf8)
                mix([0])
                mix(data)
                mix([0])
            }
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Identifies the running program: its size and modification time.
    public static var program: String {
        let path = Bundle.main.executablePath ?? CommandLine.arguments[0]
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let size = attributes?[.size] as? Int ?? 0
        let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "playbook \(size) \(modified)"
    }
}
