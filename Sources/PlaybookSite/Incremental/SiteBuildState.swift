import Foundation
import PlaybookCache
import PlaybookCore

/// What a full build leaves beside the site for a later build that changes only document
/// bodies (``SiteUpdate``): the page keys' parts, the search index's
/// fold table and ideograph census, and the stamps of the site's folders (the playbook's
/// outline is in a file of its own, ``OutlineArchive``, which only a full build writes). Kept in the cache
/// folder beside the output, checksummed; a missing or damaged state only means a full build.
struct SiteBuildState: Sendable, Codable {
    private static let magic = "playbook-site-state 5"

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
    var fold: FoldTable
    var census: IdeographCensus
    var postingShards: Int
    var searchFiles: [[String]]
    /// The search corpus's words; the playbook's synonym groups the search language adds.
    var vocabulary: SearchVocabulary
    var searchGroups: [[String]]
    /// Content file → the digest of its cards (``PracticeDigests``): an edit that changes one patches the practice data.
    var practiceDigests: [String: UInt64]
    /// The ``PracticeArchive/generation`` of the practice archive that goes with this state.
    var practiceGeneration: String
    /// Site-relative folder ("" for the output folder) → its stamp (inode, modification time).
    var folders: [String: FolderStamp]

    /// The search index's fold table, coded as code points.
    struct FoldTable: Sendable, Codable {
        var scalars: [Unicode.Scalar: Unicode.Scalar]

        init(_ scalars: [Unicode.Scalar: Unicode.Scalar]) { self.scalars = scalars }

        init(from decoder: any Decoder) throws {
            let values = try decoder.singleValueContainer().decode([UInt32: UInt32].self)
            scalars = [:]
            for (from, to) in values {
                guard let from = Unicode.Scalar(from), let to = Unicode.Scalar(to) else {
                    throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "not a code point"))
                }
                scalars[from] = to
            }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(Dictionary(uniqueKeysWithValues: scalars.map { ($0.key.value, $0.value.value) }))
        }
    }

    struct FolderStamp: Sendable, Equatable, Codable {
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
            guard let status = FileSystem.status(folder.isEmpty ? output.path : output.path + "/" + folder) else { return nil }
            stamps[folder] = FolderStamp(inode: status.inode, modified: status.modified)
        }
        return stamps
    }

    /// The state as a sealed cache file.
    func encoded() -> [UInt8] {
        var writer = CacheFile.writer(magic: SiteBuildState.magic)
        // Strings, numbers and arrays only: encoding cannot fail.
        try! BinaryCoder.encode(self, into: &writer)
        return CacheFile.seal(writer)
    }

    static func load(from file: URL) -> SiteBuildState? {
        guard var reader = CacheFile.open(file.path, magic: magic),
              let state = try? BinaryCoder.decode(SiteBuildState.self, from: &reader), reader.isAtEnd else { return nil }
        return state
    }
}
