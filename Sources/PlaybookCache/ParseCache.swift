import Foundation
import PlaybookCore

/// Parsed documents kept between runs, so `check`, `build`, `serve` and the drill parse only the
/// files that changed. One cache file per content folder (see ``CacheLocation``); each entry
/// holds a file's stamp and its parse (document and own diagnostics). An entry is used while
/// its file has the same stamp, or the same bytes. Cross-file checks always run again.
///
/// The program and the loader's generation (content path, `playbook.md`) key the whole file:
/// when they differ, it is ignored and rewritten. A missing, damaged or unwritable cache only
/// costs time.
package struct ParseCache: DocumentReading {
    private static let magic = "playbook-parsed 5"

    /// The cache file.
    package let file: String

    package init(file: String) { self.file = file }

    /// The parse cache of the content folder at `contentPath`, in the user's cache folder.
    package init(contentPath: String) {
        self.init(file: CacheLocation.file(kind: "parsed", extension: "parsed", contentPath: contentPath))
    }

    struct Entry: Codable, Sendable {
        var stamp: FileStamp
        /// The parse's ``BinaryCoder`` form, decoded only when it is used.
        var parse: [UInt8]
    }

    private struct Contents: Codable {
        var generation: String
        var entries: [Entry]
    }

    package func parses(of files: [ContentFile], generation: String,
                        parse: @escaping @Sendable (ContentFile, String) -> FileParse) -> (parses: [FileParse], finish: @Sendable () -> Void) {
        let key = Self.key(generation)
        let stored = load(key: key)
        let results = ParallelMap.map(files) { file in Self.entry(for: file, stored: stored[file.relativePath], parse: parse) }
        let changed = results.contains { !$0.unchanged } || stored.count != results.count
        let entries = results.compactMap(\.entry)
        return (results.map(\.parse), { if changed { store(key: key, entries: entries) } })
    }

    private static func key(_ generation: String) -> String { "\(InputFingerprint.program)|\(generation)" }

    /// The entries stored under `key`, by content-relative path.
    func load(key: String) -> [String: Entry] {
        guard var reader = CacheFile.open(file, magic: Self.magic),
              let contents = try? BinaryCoder.decode(Contents.self, from: &reader), reader.isAtEnd,
              contents.generation == key else { return [:] }
        return Dictionary(contents.entries.map { ($0.stamp.path, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func store(key: String, entries: [Entry]) {
        var writer = CacheFile.writer(magic: Self.magic)
        guard (try? BinaryCoder.encode(Contents(generation: key, entries: entries), into: &writer)) != nil else { return }
        CacheFile.write(writer, to: file)
    }

    /// One file's parse, its entry to store (nil when it cannot be read), and whether the
    /// stored entry stands as it was.
    private struct Result: Sendable {
        var parse: FileParse
        var entry: Entry?
        var unchanged: Bool
    }

    /// Reads one file, or takes its stored parse when the file has the same stamp or bytes.
    private static func entry(for file: ContentFile, stored: Entry?,
                              parse: (ContentFile, String) -> FileParse) -> Result {
        // Stat before reading: a file changed while it is read is read again next time.
        guard var stamp = FileStamp.stat(file.absolutePath, relative: file.relativePath) else {
            return Result(parse: FreshReading.parse(file, with: parse), entry: nil, unchanged: false)
        }
        if let stored, stamp.sameFile(as: stored.stamp), let kept = try? BinaryCoder.decode(FileParse.self, from: stored.parse) {
            return Result(parse: kept, entry: stored, unchanged: true)
        }
        var log = DiagnosticLog()
        // Unreadable files are not stored: fixing permissions does not change the stamp.
        guard let text = ContentReader.read(file, log: &log) else {
            return Result(parse: FileParse(read: nil, diagnostics: log.diagnostics), entry: nil, unchanged: false)
        }
        var hash = FNV1a()
        hash.mix(text)
        stamp.hash = hash.value
        if let stored, stored.stamp.hash == stamp.hash, let kept = try? BinaryCoder.decode(FileParse.self, from: stored.parse) {
            // The same bytes, touched: keep the parse with the new stamp.
            return Result(parse: kept, entry: Entry(stamp: stamp, parse: stored.parse), unchanged: false)
        }
        let fresh = parse(file, text)
        let entry = (try? BinaryCoder.encode(fresh)).map { Entry(stamp: stamp, parse: $0) }
        return Result(parse: fresh, entry: entry, unchanged: false)
    }
}
