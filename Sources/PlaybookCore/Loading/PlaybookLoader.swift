import Foundation

/// A problem that stops a playbook from being read at all (exit code 2), as opposed to
/// authoring problems, which are ``Diagnostic``s.
public struct PlaybookIOError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var message: String
    public var description: String { "\(path): \(message)" }
}

/// The result of reading a content folder: the model and every diagnostic, sorted.
public struct LoadResult: Sendable {
    public var playbook: Playbook
    public var diagnostics: [Diagnostic]
    /// The competitors comparison parties can name, for ``PlaybookLoader/reread(_:contentPath:settings:knownFiles:directory:)``.
    public var directory = PartyDirectory(documents: [])
    /// Content-relative path → the warnings of that file that depend on nothing but the file
    /// and ``directory`` (all but overdue reviews), for the same.
    public var documentWarnings: [String: Int] = [:]

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
}

/// Reads a playbook folder into a ``Playbook``, reporting every authoring mistake.
public enum PlaybookLoader {
    public struct Options: Sendable {
        /// The day review dates are checked against.
        public var today: CalendarDay
        /// The parse cache file (see ``CacheLocation``); nil reads every file.
        public var cacheFile: String?
        /// Derive the cards (the site does not show them; `check`, the drill and exports do).
        public var deriveCards = true

        public init(today: CalendarDay, cacheFile: String? = nil) {
            self.today = today
            self.cacheFile = cacheFile
        }

        /// Today in UTC.
        public static var current: Options {
            Options(today: CalendarDay(secondsSince1970: Int64(Date().timeIntervalSince1970)))
        }
    }

    /// Reads only `playbook.md` (title, locale, defaults), for commands that need no documents.
    public static func settings(contentPath: String) -> PlaybookSettings {
        var log = DiagnosticLog()
        let file = ContentFile(relativePath: "playbook.md",
                               displayPath: ContentDiscovery.displayPath(root: contentPath, relative: "playbook.md"),
                               absolutePath: contentPath + "/playbook.md")
        let exists = FileManager.default.fileExists(atPath: file.absolutePath)
        let text = exists ? ContentReader.read(file, log: &log) : nil
        return SettingsReader.read(exists ? file : nil, text: text, displayRoot: contentPath, log: &log)
    }

    /// Reads `contentPath` (as the user wrote it; diagnostics use it as the path prefix).
    public static func load(contentPath: String, options: Options = .current) throws -> LoadResult {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: contentPath, isDirectory: &isDirectory) else {
            throw PlaybookIOError(path: contentPath, message: "no such folder; pass the playbook folder with --content DIR")
        }
        guard isDirectory.boolValue else {
            throw PlaybookIOError(path: contentPath, message: "not a folder; pass the playbook folder with --content DIR")
        }
        var log = DiagnosticLog()
        let files = ContentDiscovery.files(in: contentPath, displayRoot: contentPath, log: &log)
        let settingsFile = files.first { $0.relativePath == "playbook.md" }
        let settingsText = settingsFile.flatMap { ContentReader.read($0, log: &log) }
        let settings = SettingsReader.read(settingsFile, text: settingsText, displayRoot: contentPath, log: &log)

        let documentFiles = files.filter { $0.relativePath != "playbook.md" }
        let cache = options.cacheFile.map(DocumentCache.init(file:))
        let generation = DocumentCache.generation(contentPath: contentPath, settingsText: settingsText)
        let cached = cache?.load(generation: generation) ?? [:]
        // Files are independent until the cross-file checks: read them on every core.
        let results = ParallelMap.map(documentFiles) { file in
            readFile(file, settings: settings, cached: cached[file.relativePath], keep: cache != nil)
        }
        var documents: [ReadDocument] = []
        for result in results {
            log.append(contentsOf: result.log)
            if let read = result.read { documents.append(read) }
        }
        let storeCache = cache != nil && (results.contains { !$0.fromCache } || cached.count != results.count)
        PhaseTimer.mark("read documents")
        // Storing the parse cache and the cross-file checks are independent: run them together.
        let (read, readLog) = (documents, log)
        let (_, checks) = Concurrently.run({
            if storeCache, let cache { cache.store(generation: generation, entries: results.compactMap(\.entry)) }
        }, {
            var checks = CrossChecks(documents: read, files: files, log: readLog)
            checks.checkDuplicateIDs()
            checks.checkReferences()
            checks.checkLinks()
            checks.resolveParties()
            checks.checkReviewDates(today: options.today)
            return checks
        })

        var playbook = checks.playbook(settings: settings)
        if options.deriveCards { playbook.cards = CardBuilder.cards(for: playbook) }
        return LoadResult(playbook: playbook, diagnostics: checks.log.sorted, directory: checks.directory,
                          documentWarnings: documentWarnings(checks.log.diagnostics, files: documentFiles))
    }

    /// Counts the warnings of each file, but overdue reviews (they depend on the day).
    static func documentWarnings(_ diagnostics: [Diagnostic], files: [ContentFile]) -> [String: Int] {
        var byDisplayPath: [String: Int] = [:]
        for diagnostic in diagnostics where diagnostic.severity == .warning && diagnostic.code != .reviewOverdue {
            byDisplayPath[diagnostic.path, default: 0] += 1
        }
        var counts: [String: Int] = [:]
        for file in files { counts[file.relativePath] = byDisplayPath[file.displayPath] ?? 0 }
        return counts
    }

    /// What reading one file gave, and its cache entry.
    struct FileResult: Sendable {
        var read: ReadDocument?
        var log: DiagnosticLog
        var entry: DocumentCache.Entry?
        var fromCache: Bool
    }

    /// Reads one file, or takes it from `cached` when the file has the same stamp or bytes.
    static func readFile(_ file: ContentFile, settings: PlaybookSettings, cached: DocumentCache.Entry?,
                         keep: Bool) -> FileResult {
        // Stat before reading: a file changed while it is read is read again next time.
        var stamp = keep ? InputFingerprint.FileStamp.stat(file.absolutePath, relative: file.relativePath) : nil
        if let cached, let current = stamp, current.sameFile(as: cached.stamp), let hit = fromCache(cached) { return hit }
        var log = DiagnosticLog()
        // Unreadable files are not cached: fixing permissions does not change the stamp.
        guard let text = ContentReader.read(file, log: &log) else { return FileResult(read: nil, log: log, fromCache: false) }
        if stamp != nil {
            var hash = FNV1a()
            hash.mix(text.utf8)
            stamp?.hash = hash.value
        }
        if let cached, let current = stamp, cached.stamp.hash == current.hash, var hit = fromCache(cached) {
            hit.entry?.stamp = current  // same bytes, touched: keep the new stamp
            hit.fromCache = false  // so the new stamp is stored
            return hit
        }
        let read = DocumentReader.read(file, text: text, settings: settings, log: &log)
        let entry = stamp.map { DocumentCache.Entry(stamp: $0, block: DocumentCache.encode(read, diagnostics: log.diagnostics)) }
        return FileResult(read: read, log: log, entry: entry, fromCache: false)
    }

    private static func fromCache(_ entry: DocumentCache.Entry) -> FileResult? {
        guard let decoded = DocumentCache.decode(entry) else { return nil }
        var log = DiagnosticLog()
        for diagnostic in decoded.diagnostics { log.append(diagnostic) }
        return FileResult(read: decoded.read, log: log, entry: entry, fromCache: true)
    }
}
