import Foundation
import PlaybookCore

/// What a full build leaves beside the site for a later build that changes only document
/// bodies (``SiteUpdate``): the page keys' parts, the search index's
/// fold table and ideograph census, and the stamps of the site's folders (the playbook's
/// outline is in a file of its own, ``OutlineArchive``, which only a full build writes). Kept in the cache
/// folder beside the output, checksummed; a missing or damaged state only means a full build.
struct SiteBuildState: Sendable {
    private static let magic = "playbook-site-state 1"

    /// The inputs fingerprint of the build that wrote the state (the `.inputs` file's).
    var fingerprint: String
    var program: String
    var contentPath: String
    var templatesPath: String
    /// The day overdue reviews were counted for.
    var today: CalendarDay
    /// ``RenderKey`` base, with the interface text.
    var base: UInt64
    var shared: UInt64
    var digests: [String: UInt64]
    var outlineDigests: [String: UInt64]
    var directory: PartyDirectory
    /// Every document file (content-relative) → its warnings (``LoadResult/documentWarnings``).
    var documentWarnings: [String: Int]
    var warningCount: Int
    /// The search index's fold table, census and shard count; each search document's files.
    var fold: [Unicode.Scalar: Unicode.Scalar]
    var census: IdeographCensus
    var postingShards: Int
    var searchFiles: [[String]]
    /// Site-relative folder ("" for the output folder) → its stamp (inode, modification time).
    var folders: [String: FolderStamp]

    struct FolderStamp: Sendable, Equatable {
        var inode: UInt64
        var modified: Int64
    }

    /// The folders holding `paths` (site-relative files), and "" for the output folder.
    static func folders(of paths: some Sequence<String>) -> Set<String> {
        var folders: Set<String> = [""]
        for path in paths {
            var folder = path
            while let slash = folder.lastIndex(of: "/") {
                folder = String(folder[..<slash])
                guard folders.insert(folder).inserted else { break }
            }
        }
        return folders
    }

    /// The stamps of `folders` (site-relative) as they are now; nil if one is missing.
    static func folderStamps(output: URL, folders: some Sequence<String>) -> [String: FolderStamp]? {
        var stamps: [String: FolderStamp] = [:]
        for folder in folders {
            var info = stat()
            guard stat(folder.isEmpty ? output.path : output.path + "/" + folder, &info) == 0 else { return nil }
            stamps[folder] = FolderStamp(inode: UInt64(info.st_ino),
                                         modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
        }
        return stamps
    }

    func store(at file: URL) {
        var w = SealedFile.writer(magic: SiteBuildState.magic)
        for text in [fingerprint, program, contentPath, templatesPath] { w.write(text) }
        w.write(today.daysSince1970)
        w.write(base)
        w.write(shared)
        // One row per document file; search documents name files by row.
        let files = Array(documentWarnings.keys)
        var rows: [String: Int] = [:]
        w.write(files.count)
        for (row, file) in files.enumerated() {
            rows[file] = row
            w.write(file)
            w.write(documentWarnings[file] ?? 0)
            let digests = (digests[file], outlineDigests[file])
            w.write(digests.0 != nil && digests.1 != nil)
            if let digest = digests.0, let outline = digests.1 { w.write(digest); w.write(outline) }
        }
        directory.write(to: &w)
        w.write(warningCount)
        w.write(fold.count)
        for (from, to) in fold.sorted(by: { $0.key.value < $1.key.value }) { w.write(Int(from.value)); w.write(Int(to.value)) }
        census.write(to: &w)
        w.write(postingShards)
        w.write(searchFiles) { w, files in w.write(files.map { rows[$0] ?? -1 }) }
        w.write(folders.count)
        for (folder, stamp) in folders.sorted(by: { $0.key < $1.key }) {
            w.write(folder)
            w.write(stamp.inode)
            w.write(UInt64(bitPattern: stamp.modified))
        }
        CacheLocation.replace(file.path, with: SealedFile.seal(consume w))
    }

    static func load(from file: URL) -> SiteBuildState? {
        guard var r = SealedFile.open(file.path, magic: magic) else { return nil }
        return try? read(&r)
    }

    private static func read(_ r: inout BinaryReader) throws(BinaryReader.Damaged) -> SiteBuildState {
        let texts = [try r.string(), try r.string(), try r.string(), try r.string()]
        let today = CalendarDay(daysSince1970: try r.int())
        let base = try r.uint64(), shared = try r.uint64()
        var files: [String] = []
        var warnings: [String: Int] = [:], digests: [String: UInt64] = [:], outlineDigests: [String: UInt64] = [:]
        for _ in 0..<(try r.count()) {
            let file = try r.string()
            files.append(file)
            warnings[file] = try r.int()
            if try r.bool() {
                digests[file] = try r.uint64()
                outlineDigests[file] = try r.uint64()
            }
        }
        let directory = try PartyDirectory.read(from: &r)
        let warningCount = try r.int()
        var fold: [Unicode.Scalar: Unicode.Scalar] = [:]
        for _ in 0..<(try r.count()) {
            guard let from = Unicode.Scalar(UInt32(truncatingIfNeeded: try r.int())),
                  let to = Unicode.Scalar(UInt32(truncatingIfNeeded: try r.int())) else { throw BinaryReader.Damaged() }
            fold[from] = to
        }
        let census = try IdeographCensus.read(from: &r)
        let postingShards = try r.int()
        let searchFiles = try r.array { (r: inout BinaryReader) throws(BinaryReader.Damaged) in
            try r.ints().map { (row: Int) throws(BinaryReader.Damaged) -> String in
                guard files.indices.contains(row) else { throw BinaryReader.Damaged() }
                return files[row]
            }
        }
        var folders: [String: FolderStamp] = [:]
        for _ in 0..<(try r.count()) {
            folders[try r.string()] = FolderStamp(inode: try r.uint64(), modified: Int64(bitPattern: try r.uint64()))
        }
        guard r.isAtEnd else { throw BinaryReader.Damaged() }
        return SiteBuildState(
            fingerprint: texts[0], program: texts[1], contentPath: texts[2], templatesPath: texts[3], today: today,
            base: base, shared: shared, digests: digests, outlineDigests: outlineDigests,
            directory: directory, documentWarnings: warnings, warningCount: warningCount, fold: fold, census: census,
            postingShards: postingShards, searchFiles: searchFiles, folders: folders)
    }
}
