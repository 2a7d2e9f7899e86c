import Foundation

/// A fingerprint of everything a command reads: every file of its folders (path and bytes) and
/// the program itself. When it matches the one stored with a cached result (the site, the
/// drill's deck), that result is what the command would produce again.
public enum InputFingerprint {
    /// What is known about one input file: where it is, what `stat` said, and its bytes' hash.
    public struct FileStamp: Sendable, Hashable {
        /// The folder's index in `folders` and the path inside it.
        public var folder: Int
        public var path: String
        public var size: Int64
        /// Modification time in nanoseconds since 1970.
        public var modified: Int64
        public var inode: UInt64
        /// FNV-1a 64 of the file's bytes.
        public var hash: UInt64

        public init(folder: Int, path: String, size: Int64, modified: Int64, inode: UInt64, hash: UInt64) {
            self.folder = folder
            self.path = path
            self.size = size
            self.modified = modified
            self.inode = inode
            self.hash = hash
        }

        /// `stat` of the regular file at `path` (links followed), with hash 0; nil for anything else.
        public static func stat(_ path: String, folder: Int = 0, relative: String) -> FileStamp? {
            fileStatus(path).flatMap { FileStamp(status: $0, folder: folder, relative: relative) }
        }

        /// The stamp `status` gives a regular file, with hash 0; nil for anything else.
        init?(status info: stat, folder: Int, relative: String) {
            guard (info.st_mode & S_IFMT) == S_IFREG else { return nil }
            self.init(folder: folder, path: relative, size: Int64(info.st_size),
                      modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
                      inode: UInt64(info.st_ino), hash: 0)
        }

        /// Whether `other` describes the same file version (all but the hash agree).
        public func sameFile(as other: FileStamp) -> Bool {
            size == other.size && modified == other.modified && inode == other.inode
        }
    }

    /// FNV-1a 64 over the files of `folders` in path order, plus `program` (e.g. the binary's
    /// size and modification time, so a new version of playbook rebuilds).
    public static func compute(folders: [String], program: String) -> String {
        compute(folders: folders, program: program, reusing: []).fingerprint
    }

    /// As ``compute(folders:program:)``, but a file whose size, modification time and inode
    /// equal its stamp in `known` is not read again: its stored hash is used (as git does with
    /// its index). Returns the stamps to keep for next time.
    public static func compute(folders: [String], program: String, reusing known: [FileStamp])
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
                    let found = (entry.status.st_mode & S_IFMT) == S_IFREG
                        ? FileStamp(status: entry.status, folder: index, relative: relative)
                        : FileStamp.stat(folder + "/" + relative, folder: index, relative: relative)
                    guard var stamp = found else { return nil }
                    if let old = previous["\(index)/\(relative)"], old.sameFile(as: stamp) {
                        stamp.hash = old.hash
                    } else {
                        guard let data = FileManager.default.contents(atPath: folder + "/" + relative) else { return nil }
                        var fileHash = FNV1a()
                        fileHash.mix([UInt8](data))  // an array: Data's iterator is several times slower
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

    /// Identifies the running program: its size and modification time.
    public static var program: String {
        let path = Bundle.main.executablePath ?? CommandLine.arguments[0]
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let size = attributes?[.size] as? Int ?? 0
        let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "playbook \(size) \(modified)"
    }
}

/// `stat(2)` of `path`, following links.
private func fileStatus(_ path: String) -> stat? {
    var info = stat()
    return stat(path, &info) == 0 ? info : nil
}

extension BinaryWriter {
    /// A file stamp, for cache files (read back with ``BinaryReader/fileStamp()``).
    public mutating func write(_ stamp: InputFingerprint.FileStamp) {
        write(stamp.folder)
        write(stamp.path)
        write(UInt64(bitPattern: stamp.size))
        write(UInt64(bitPattern: stamp.modified))
        write(stamp.inode)
        write(stamp.hash)
    }
}

extension BinaryReader {
    public mutating func fileStamp() throws(Damaged) -> InputFingerprint.FileStamp {
        InputFingerprint.FileStamp(folder: try int(), path: try string(), size: Int64(bitPattern: try uint64()),
                                   modified: Int64(bitPattern: try uint64()), inode: try uint64(), hash: try uint64())
    }
}
