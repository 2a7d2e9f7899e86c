import Foundation
import PlaybookCore

/// A fingerprint of everything a command reads: every file of its folders (path and bytes) and
/// the program itself. When it matches the one stored with a cached result (the site, the
/// drill's deck), that result is what the command would produce again.
package enum InputFingerprint {
    /// FNV-1a 64 over the files of `folders` in path order, plus `program` (e.g. the binary's
    /// size and modification time, so a new version of playbook rebuilds).
    package static func compute(folders: [String], program: String) -> String {
        compute(folders: folders, program: program, reusing: []).fingerprint
    }

    /// As ``compute(folders:program:)``, but a file whose size, modification time and inode
    /// equal its stamp in `known` is not read again: its stored hash is used (as git does with
    /// its index). Returns the stamps to keep for next time.
    package static func compute(folders: [String], program: String, reusing known: [FileStamp])
        -> (fingerprint: String, stamps: [FileStamp]) {
        var byPath: [String: FileStamp] = [:]
        for stamp in known { byPath["\(stamp.folder)/\(stamp.path)"] = stamp }
        let previous = byPath
        var hash = FNV1a()
        hash.mix(program)
        var stamps: [FileStamp] = []
        for (index, folder) in folders.enumerated() {
            let entries = FileWalk.entries(under: folder, skippingHidden: true)
            // Stat links (and hash what changed) on every core, in batches; mix in path order.
            let batches = ParallelMap.map(Array(stride(from: 0, to: entries.count, by: 512))) { start in
                entries[start..<min(start + 512, entries.count)].compactMap { entry -> FileStamp? in
                    let relative = entry.path
                    let found = entry.status.isRegularFile
                        ? FileStamp(status: entry.status, folder: index, relative: relative)
                        : FileStamp.stat(folder + "/" + relative, folder: index, relative: relative)
                    guard var stamp = found else { return nil }
                    if let old = previous["\(index)/\(relative)"], old.sameFile(as: stamp) {
                        stamp.hash = old.hash
                    } else {
                        guard let data = FileManager.default.contents(atPath: folder + "/" + relative) else { return nil }
                        var fileHash = FNV1a()
                        fileHash.mix([UInt8](data))
                        stamp.hash = fileHash.value
                    }
                    return stamp
                }
            }
            for stamp in batches.joined() {
                hash.mix(stamp.path)
                hash.mix(CollectionOfOne(0))
                hash.mix(stamp.hash)
                stamps.append(stamp)
            }
        }
        return (hash.hex, stamps)
    }

    /// Identifies the running program: its size, modification time and inode.
    package static var program: String {
        let status = FileSystem.programStatus()
        return "playbook \(status?.size ?? 0) \(status?.modified ?? 0) \(status?.inode ?? 0)"
    }
}
