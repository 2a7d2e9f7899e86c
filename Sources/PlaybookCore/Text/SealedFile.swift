import Foundation

/// A cache file's envelope: a magic string naming the format, the body, and a checksum of all
/// before it, so a truncated, emptied or altered file is ignored.
public enum SealedFile {
    /// A writer that has the magic written; fill in the body, then ``seal(_:)`` it.
    public static func writer(magic: String) -> BinaryWriter {
        var writer = BinaryWriter()
        writer.write(magic)
        return writer
    }

    /// The file's bytes: the writer's, then their checksum.
    public static func seal(_ writer: consuming BinaryWriter) -> [UInt8] {
        var writer = writer  // taken over, not copied: cache files run to tens of megabytes
        writer.write(checksum(writer.bytes, count: writer.bytes.count))
        return writer.bytes
    }

    /// A reader of the body of the file at `path` (its bytes are read once and not copied
    /// again); nil if the file is missing, damaged or of another format.
    public static func open(_ path: String, magic: String) -> BinaryReader? {
        guard let bytes = readBytes(path), bytes.count > 8 else { return nil }
        let body = bytes.count - 8
        guard var tail = try? BinaryReader(bytes, at: body), (try? tail.uint64()) == checksum(bytes, count: body),
              var reader = try? BinaryReader(bytes, at: 0, end: body), (try? reader.string()) == magic else { return nil }
        return reader
    }

    /// The bytes of the file at `path`, read straight into an array (through `Data` they were
    /// copied twice: a tenth of an incremental build for a cache of tens of megabytes).
    public static func readBytes(_ path: String) -> [UInt8]? {
        let descriptor = Glibc.open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        var failed = false
        // Read into uninitialised storage: zero-filling tens of megabytes first costs as much as reading them.
        let bytes = [UInt8](unsafeUninitializedCapacity: Int(info.st_size)) { buffer, initialised in
            while initialised < buffer.count {
                let count = read(descriptor, buffer.baseAddress! + initialised, buffer.count - initialised)
                guard count > 0 else { failed = count < 0; return }
                initialised += count
            }
        }
        return failed ? nil : bytes
    }

    /// A 64-bit checksum of `bytes[..<count]`, eight bytes per step (cache files run to tens
    /// of megabytes; FNV-1a's byte steps took a tenth of an incremental build).
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
