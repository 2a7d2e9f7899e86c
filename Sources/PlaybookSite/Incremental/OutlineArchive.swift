import Foundation
import PlaybookCache
import PlaybookCore

/// The outline (``DocumentOutline``) of every published document, as the last full build saw
/// it, for ``SiteUpdate``: the pages it renders show these for every document but the edited
/// ones. Tied to its ``SiteBuildState`` by the page inputs' shared key, which hashes them.
struct OutlineArchive {
    private static let magic = "playbook-outlines 1"

    /// The archive of `outlines` (``DocumentDigest/encode(_:)`` forms, in playbook order), sealed.
    static func encode(_ outlines: [[UInt8]], shared: UInt64) -> [UInt8] {
        var writer = CacheFile.writer(magic: magic)
        writer.write(shared)
        var start = 0
        writer.write(outlines.map { outline in defer { start += outline.count }; return start })
        writer.write(start)
        for outline in outlines { writer.write(raw: outline) }
        return CacheFile.seal(writer)
    }

    /// The outlines stored for `shared`, decoded on every core; nil if missing or damaged.
    static func load(from file: URL, shared: UInt64) -> [any DocumentOutline]? {
        guard var reader = CacheFile.open(file.path, magic: magic), (try? reader.uint64()) == shared,
              let starts = try? reader.ints(), let length = try? reader.count() else { return nil }
        // The outlines follow: decode them where they are.
        let bytes = reader.bytes, base = reader.position
        guard base + length == bytes.count - 8 else { return nil }  // the checksum's 8 bytes end the file
        PhaseTimer.mark("outlines: open")
        let chunk = max(1, starts.count / 8 + 1)
        let decoded = ParallelMap.map(Array(stride(from: 0, to: starts.count, by: chunk))) { first -> [any DocumentOutline]? in
            var documents: [any DocumentOutline] = []
            for start in starts[first..<min(first + chunk, starts.count)] {
                guard start <= length, var reader = try? BinaryReader(bytes, at: base + start, end: base + length),
                      let document = try? DocumentDigest.decodeOutline(from: &reader) else { return nil }
                documents.append(document)
            }
            return documents
        }
        var documents: [any DocumentOutline] = []
        for part in decoded {
            guard let part else { return nil }
            documents += part
        }
        return documents
    }
}
