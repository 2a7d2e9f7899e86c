import Foundation

/// Parsed documents kept between runs, so `check`, `build`, `serve` and the drill read only
/// the files that changed. One file per content folder (see ``CacheLocation``); each entry
/// holds a file's stamp (size, modification time, inode, hash of its bytes) and what reading
/// it produced (the document and its own diagnostics) with a checksum. An entry is used while
/// its file has the same stamp, or the same bytes, and its checksum matches. Cross-file checks
/// always run again.
///
/// Everything that changes how files are read keys the whole cache (the program, the
/// content path as given, `playbook.md`): when it differs, the cache is ignored and rewritten.
/// A missing, damaged or unwritable cache only costs time.
struct DocumentCache {
    static let formatVersion = 4
    private static let magic = "playbook-parsed"

    struct Entry {
        var stamp: InputFingerprint.FileStamp
        /// ``encode(_:diagnostics:)`` output.
        var block: [UInt8]
        /// ``DocumentCache/checksum(_:)`` of `block` as stored (checked before decoding).
        var checksum: UInt64

        init(stamp: InputFingerprint.FileStamp, block: [UInt8], checksum: UInt64? = nil) {
            self.stamp = stamp
            self.block = block
            self.checksum = checksum ?? DocumentCache.checksum(block)
        }
    }

    static func checksum(_ block: [UInt8]) -> UInt64 {
        var hash = FNV1a()
        hash.mix(block)
        return hash.value
    }

    let file: String

    /// Identifies everything besides a file's own bytes that reading it depends on.
    static func generation(contentPath: String, settingsText: String?) -> String {
        var hash = FNV1a()
        hash.mix(settingsText ?? "\u{0}")
        return "\(InputFingerprint.program)|\(contentPath)|\(hash.hex)"
    }

    /// The entries stored for `generation`, by relative path (none if the file is missing,
    /// damaged or of another generation).
    func load(generation: String) -> [String: Entry] {
        guard let bytes = SealedFile.readBytes(file) else { return [:] }
        var reader = BinaryReader(bytes)
        var entries: [String: Entry] = [:]
        do throws(BinaryReader.Damaged) {
            guard try reader.string() == Self.magic, try reader.int() == Self.formatVersion,
                  try reader.string() == generation else { return [:] }
            let count = try reader.count()
            entries.reserveCapacity(count)
            for _ in 0..<count {
                let stamp = try reader.fileStamp()
                let block = try reader.block()
                entries[stamp.path] = Entry(stamp: stamp, block: block, checksum: try reader.uint64())
            }
            guard reader.isAtEnd else { return [:] }
        } catch {
            return [:]
        }
        return entries
    }

    func store(generation: String, entries: [Entry]) {
        var writer = BinaryWriter()
        writer.write(Self.magic)
        writer.write(Self.formatVersion)
        writer.write(generation)
        writer.write(entries.count)
        for entry in entries.sorted(by: { $0.stamp.path < $1.stamp.path }) {
            writer.write(entry.stamp)
            writer.write(block: entry.block)
            writer.write(entry.checksum)
        }
        CacheLocation.replace(file, with: writer.bytes)
    }

    /// One file's parse as stored: the document (nil when the file could not be read) and its own diagnostics.
    struct Parse: Codable {
        var read: ReadDocument?
        var diagnostics: [Diagnostic]
    }

    static func encode(_ read: ReadDocument?, diagnostics: [Diagnostic]) -> [UInt8] {
        try! BinaryCoder.encode(Parse(read: read, diagnostics: diagnostics))
    }

    static func decode(_ entry: Entry) -> Parse? {
        guard checksum(entry.block) == entry.checksum else { return nil }
        return try? BinaryCoder.decode(Parse.self, from: entry.block)
    }
}
