import Foundation
import PlaybookCache
import PlaybookCore

/// One build's writing of the site: files go into a staging folder beside the output as they
/// are rendered (from any thread), and ``commit()`` swaps the staging folder in, so a failed
/// build leaves the previous site as it was.
///
/// A file whose bytes equal what the previous build wrote there, and which nobody touched since
/// (same size, modification time and inode), is hard-linked into the staging folder instead of
/// written: an unchanged page keeps its bytes on disk and its modification time, and tools that
/// sync by time (rsync, a CDN upload) see only what changed.
public final class SiteTransaction: SiteSink, @unchecked Sendable {
    let writer: SiteWriter
    let staging: URL
    private let retired: URL
    private let previous: [String: SiteWriter.FileRecord]
    private let lock = NSLock()
    private var written: [String: SiteWriter.FileRecord] = [:]
    private var folders: Set<String> = []
    private var finished = false
    /// Files hard-linked from the previous site rather than written.
    public private(set) var unchangedCount = 0
    /// Pages kept from the previous site without being rendered (their inputs or values key matched).
    public private(set) var notRenderedCount = 0

    init(writer: SiteWriter, reusingPrevious: Bool) throws {
        self.writer = writer
        let manager = FileManager.default
        let parent = writer.output.deletingLastPathComponent()
        try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        let suffix = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        staging = parent.appendingPathComponent(".\(writer.output.lastPathComponent).tmp-\(suffix)")
        retired = parent.appendingPathComponent(".\(writer.output.lastPathComponent).old-\(suffix)")
        previous = reusingPrevious ? writer.storedFileRecords() : [:]
        try manager.createDirectory(at: staging, withIntermediateDirectories: false)
    }

    deinit { if !finished { try? FileManager.default.removeItem(at: staging) } }

    /// Stages `data` at the site-relative `path`.
    public func put(_ path: String, _ data: Data) throws { try put(path, data, keys: PageKeys()) }

    /// Stages `data` at `path`, remembering the keys it was rendered from.
    public func put(_ path: String, _ data: Data, keys: PageKeys) throws {
        var hasher = FNV1a()
        hasher.mix([UInt8](data))
        try makeFolder(for: path)
        if let old = lock.withLock({ previous[path] }), old.stamp.hash == hasher.value, old.stamp.size == Int64(data.count),
           linkPrevious(path, old) {
            lock.withLock {
                written[path] = SiteWriter.FileRecord(stamp: old.stamp, keys: keys)
                unchangedCount += 1
            }
            return
        }
        let target = staging.path + "/" + path
        do {
            try data.write(to: URL(fileURLWithPath: target))
        } catch {
            throw SiteError(path: writer.output.path, message: "cannot write \(path) (\(error.localizedDescription)); the previous site is unchanged")
        }
        var stamp = FileStamp.stat(target, relative: path)
            ?? FileStamp(folder: 0, path: path, size: Int64(data.count), modified: 0, inode: 0, hash: 0)
        stamp.hash = hasher.value
        lock.withLock { written[path] = SiteWriter.FileRecord(stamp: stamp, keys: keys) }
    }

    /// Keeps the previous build's page at `path` if it was rendered from the same inputs or
    /// values and is still on disk as written.
    public func reuse(_ path: String, keys: PageKeys) throws -> Bool {
        guard let old = lock.withLock({ previous[path] }), old.keys.matches(keys) else { return false }
        try makeFolder(for: path)
        guard linkPrevious(path, old) else { return false }
        lock.withLock {
            written[path] = SiteWriter.FileRecord(stamp: old.stamp, keys: old.keys.kept(for: keys))
            unchangedCount += 1
            notRenderedCount += 1
        }
        return true
    }

    /// Hard-links the previous site's file into the staging folder if nobody changed it since
    /// it was recorded (same size, modification time and inode).
    private func linkPrevious(_ path: String, _ old: SiteWriter.FileRecord) -> Bool {
        let existing = writer.output.path + "/" + path
        guard let now = FileStamp.stat(existing, relative: path), now.sameFile(as: old.stamp) else { return false }
        return link(existing, staging.path + "/" + path) == 0
    }

    /// Creates the staging folders `path` needs, once each.
    private func makeFolder(for path: String) throws {
        guard let slash = path.lastIndex(of: "/") else { return }
        let folder = String(path[..<slash])
        // Created under the lock: another thread must not write into a folder that is still being made.
        try lock.withLock {
            guard !folders.contains(folder) else { return }
            do {
                try FileManager.default.createDirectory(atPath: staging.path + "/" + folder, withIntermediateDirectories: true)
            } catch {
                throw SiteError(path: writer.output.path, message: "cannot write \(path) (\(error.localizedDescription)); the previous site is unchanged")
            }
            folders.insert(folder)
        }
    }

    /// The paths staged so far, sorted.
    public var paths: [String] { lock.withLock { written.keys.sorted() } }

    /// Bytes staged so far.
    public var byteCount: Int64 { lock.withLock { written.values.reduce(0) { $0 + $1.stamp.size } } }

    /// Writes the marker, swaps the staging folder in as the output folder and records the
    /// inputs' fingerprint (with their stamps) and the files written, for the next build, with
    /// the cache files `more` makes from the site's paths once it is in place.
    package func commit(inputs: (fingerprint: String, stamps: [FileStamp])? = nil,
                        more: (_ paths: [String]) -> [SiteWriter.CacheWrite] = { _ in [] }) throws {
        let manager = FileManager.default
        let files = lock.withLock { written }
        do {
            let manifest = SiteWriter.markerHeader + files.keys.sorted().joined(separator: "\n") + "\n"
            try Data(manifest.utf8).write(to: staging.appendingPathComponent(SiteWriter.markerName))
        } catch {
            throw SiteError(path: writer.output.path, message: "cannot write the site (\(error.localizedDescription)); the previous site is unchanged")
        }
        let hadOutput = manager.fileExists(atPath: writer.output.path)
        do {
            if hadOutput { try manager.moveItem(at: writer.output, to: retired) }
            do {
                try manager.moveItem(at: staging, to: writer.output)
            } catch {
                if hadOutput { try? manager.moveItem(at: retired, to: writer.output) }
                throw error
            }
        } catch {
            throw SiteError(path: writer.output.path, message: "cannot replace the site (\(error.localizedDescription)); the previous site is unchanged")
        }
        finished = true
        PhaseTimer.mark("swap folders")
        if hadOutput { try? manager.removeItem(at: retired) }
        PhaseTimer.mark("remove the previous site")
        writer.storeCache(inputs: inputs, files: Array(files.values), more: more(files.keys.sorted()))
    }
}
