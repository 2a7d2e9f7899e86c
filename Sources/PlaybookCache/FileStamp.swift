import PlaybookCore

/// What is known about one input file: where it is, what `stat` said, and its bytes' hash.
/// A cached result made from a file is used while the file has the same stamp, or the same bytes.
package struct FileStamp: Sendable, Hashable, Codable {
    /// The folder's index among the folders read, and the path inside it.
    package var folder: Int
    package var path: String
    package var size: Int64
    /// Modification time in nanoseconds since 1970.
    package var modified: Int64
    package var inode: UInt64
    /// FNV-1a 64 of the file's bytes.
    package var hash: UInt64

    package init(folder: Int, path: String, size: Int64, modified: Int64, inode: UInt64, hash: UInt64) {
        self.folder = folder
        self.path = path
        self.size = size
        self.modified = modified
        self.inode = inode
        self.hash = hash
    }

    /// The stamp of the regular file at `path` (links followed), with hash 0; nil for anything else.
    package static func stat(_ path: String, folder: Int = 0, relative: String) -> FileStamp? {
        FileSystem.status(path).flatMap { FileStamp(status: $0, folder: folder, relative: relative) }
    }

    /// The stamp `status` gives a regular file, with hash 0; nil for anything else.
    package init?(status: FileSystem.Status, folder: Int, relative: String) {
        guard status.isRegularFile else { return nil }
        self.init(folder: folder, path: relative, size: status.size, modified: status.modified, inode: status.inode, hash: 0)
    }

    /// Whether `other` describes the same file version (all but the hash agree).
    package func sameFile(as other: FileStamp) -> Bool {
        size == other.size && modified == other.modified && inode == other.inode
    }
}

extension BinaryWriter {
    /// A file stamp, for cache records (read back with ``BinaryReader/fileStamp()``).
    package mutating func write(_ stamp: FileStamp) {
        write(stamp.folder)
        write(stamp.path)
        write(UInt64(bitPattern: stamp.size))
        write(UInt64(bitPattern: stamp.modified))
        write(stamp.inode)
        write(stamp.hash)
    }
}

extension BinaryReader {
    package mutating func fileStamp() throws(Damaged) -> FileStamp {
        FileStamp(folder: try int(), path: try string(), size: Int64(bitPattern: try uint64()),
                  modified: Int64(bitPattern: try uint64()), inode: try uint64(), hash: try uint64())
    }
}
