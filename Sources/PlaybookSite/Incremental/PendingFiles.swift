import Foundation
import PlaybookCache
import PlaybookCore

/// The files an in-place update (``SiteUpdate``) changes in a site: kept in memory until every
/// one is rendered, then written beside the site and renamed over the old files one by one.
/// A file whose page keys or bytes match what the last build recorded, and which is on disk
/// as recorded, is left alone.
final class PendingFiles: SiteSink, @unchecked Sendable {
    private let output: URL
    private let lock = NSLock()
    private(set) var records: [String: SiteWriter.FileRecord]
    private var pending: [String: (data: Data, keys: PageKeys)] = [:]
    /// Pages rendered (their values built) for the update.
    private(set) var renderedCount = 0

    init(output: URL, records: [String: SiteWriter.FileRecord]) {
        self.output = output
        self.records = records
    }

    /// The recorded file at `path` if it is on disk as recorded.
    private func intact(_ path: String) -> SiteWriter.FileRecord? {
        guard let record = lock.withLock({ records[path] }),
              let now = FileStamp.stat(output.path + "/" + path, relative: path),
              now.sameFile(as: record.stamp) else { return nil }
        return record
    }

    func reuse(_ path: String, keys: PageKeys) throws -> Bool {
        guard let record = intact(path), record.keys.matches(keys) else { return false }
        lock.withLock { records[path]?.keys = record.keys.kept(for: keys) }
        return true
    }

    func put(_ path: String, _ data: Data, keys: PageKeys) throws {
        var hash = FNV1a()
        hash.mix([UInt8](data))
        if path.hasSuffix(".html") { lock.withLock { renderedCount += 1 } }
        if let record = intact(path), record.stamp.hash == hash.value, record.stamp.size == Int64(data.count) {
            lock.withLock { records[path]?.keys = keys }
            return
        }
        lock.withLock { pending[path] = (data, keys) }
    }

    /// The text of the site's file at `path`, if it is on disk as the last build recorded it.
    func currentText(_ path: String) -> String? {
        guard intact(path) != nil, let data = FileManager.default.contents(atPath: output.path + "/" + path) else { return nil }
        return String(data: data, encoding: .utf8)
    }

    /// The paths to be written, sorted.
    var paths: [String] { lock.withLock { pending.keys.sorted() } }

    /// Writes every pending file into `scratch` (a folder on the output's file system), then
    /// renames each over its old file and records its new stamp. A failure before the renames
    /// leaves the site as it was; one during them leaves each file whole, old or new, and
    /// the records unchanged, so the next build finds the difference and rebuilds.
    func write(through scratch: URL) throws {
        let manager = FileManager.default
        let files = lock.withLock { pending }.sorted { $0.key < $1.key }
        var staged: [(path: String, temporary: String, keys: PageKeys, hash: UInt64)] = []
        defer { for file in staged { try? manager.removeItem(atPath: file.temporary) } }
        do {
            try manager.createDirectory(at: scratch, withIntermediateDirectories: true)
            for (index, (path, file)) in files.enumerated() {
                let temporary = scratch.path + "/update-\(ProcessInfo.processInfo.processIdentifier)-\(index)"
                try file.data.write(to: URL(fileURLWithPath: temporary))
                var hash = FNV1a()
                hash.mix([UInt8](file.data))
                staged.append((path, temporary, file.keys, hash.value))
            }
        } catch {
            throw SiteError(path: output.path, Message(.outputUnwritable, error.localizedDescription))
        }
        var renamed: [String: SiteWriter.FileRecord] = [:]
        for file in staged {
            let target = output.path + "/" + file.path
            guard rename(file.temporary, target) == 0 else {
                throw SiteError(path: output.path, message: "cannot replace \(file.path) (\(String(cString: strerror(errno)))); build again with --force")
            }
            var stamp = FileStamp.stat(target, relative: file.path)
                ?? FileStamp(folder: 0, path: file.path, size: 0, modified: 0, inode: 0, hash: 0)
            stamp.hash = file.hash
            renamed[file.path] = SiteWriter.FileRecord(stamp: stamp, keys: file.keys)
        }
        staged = []
        lock.withLock {
            records.merge(renamed) { $1 }
            pending = [:]
        }
    }
}
