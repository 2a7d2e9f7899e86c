import Foundation
import PlaybookCore

/// The one form of every cache file playbook writes: a magic string naming the kind of cache and
/// its format version, the body, and a checksum of all before it. Files are replaced whole (a
/// temporary file renamed into place), so a reader never sees half of one. A missing, damaged or
/// other-format file reads as nil; one that cannot be written only costs time.
package enum CacheFile {
    /// A writer with the magic written; fill in the body, then ``write(_:to:)`` it.
    package static func writer(magic: String) -> BinaryWriter {
        var writer = BinaryWriter()
        writer.write(magic)
        return writer
    }

    /// Seals `writer` and replaces the file at `path` with it.
    package static func write(_ writer: consuming BinaryWriter, to path: String) {
        FileSystem.replace(path, with: seal(writer))
    }

    /// The file's bytes: the writer's, then their checksum.
    package static func seal(_ writer: consuming BinaryWriter) -> [UInt8] {
        var writer = writer  // taken over, not copied: cache files run to tens of megabytes
        writer.write(checksum(writer.bytes, count: writer.bytes.count))
        return writer.bytes
    }

    /// A reader of the body of the file at `path`; nil if the file is missing, damaged or of
    /// another format.
    package static func open(_ path: String, magic: String) -> BinaryReader? {
        FileSystem.readBytes(path).flatMap { open(bytes: $0, magic: magic) }
    }

    /// A reader of the body of a cache file's `bytes`; nil if they are damaged or of another format.
    package static func open(bytes: [UInt8], magic: String) -> BinaryReader? {
        guard bytes.count > 8 else { return nil }
        let body = bytes.count - 8
        guard var tail = try? BinaryReader(bytes, at: body), (try? tail.uint64()) == checksum(bytes, count: body),
              var reader = try? BinaryReader(bytes, at: 0, end: body), (try? reader.string()) == magic else { return nil }
        return reader
    }

    /// A 64-bit checksum of `bytes[..<count]`, a word per step.
    static func checksum(_ bytes: [UInt8], count: Int) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(count)
        var index = 0
        // Words are read little-endian, whatever the machine, so a file checks out anywhere.
        bytes.withUnsafeBytes { raw in
            while index + 8 <= count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                hash = (hash ^ word) &* 0x100_0000_01b3
                hash ^= hash >> 31
                index += 8
            }
        }
        while index < count {
            hash = (hash ^ UInt64(bytes[index])) &* 0x100_0000_01b3
            index += 1
        }
        return hash
    }
}
