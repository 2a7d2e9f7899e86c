import Foundation

/// A cache file's envelope: a magic string naming the format, the body, and an FNV-1a
/// checksum of all before it, so a truncated, emptied or altered file is ignored.
public enum SealedFile {
    /// A writer that has the magic written; fill in the body, then ``seal(_:)`` it.
    public static func writer(magic: String) -> BinaryWriter {
        var writer = BinaryWriter()
        writer.write(magic)
        return writer
    }

    /// The file's bytes: the writer's, then their checksum.
    public static func seal(_ writer: BinaryWriter) -> [UInt8] {
        var writer = writer
        var checksum = FNV1a()
        checksum.mix(writer.bytes)
        writer.write(checksum.value)
        return writer.bytes
    }

    /// A reader of the body of the file at `path`, nil if it is missing, damaged or of another format.
    public static func open(_ path: String, magic: String) -> BinaryReader? {
        guard let data = FileManager.default.contents(atPath: path), data.count > 8 else { return nil }
        let bytes = [UInt8](data)
        var checksum = FNV1a()
        checksum.mix(bytes[..<(bytes.count - 8)])
        var tail = BinaryReader(Array(bytes[(bytes.count - 8)...]))
        guard (try? tail.uint64()) == checksum.value else { return nil }
        var reader = BinaryReader(Array(bytes[..<(bytes.count - 8)]))
        guard (try? reader.string()) == magic else { return nil }
        return reader
    }
}
