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

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
}

/// Reads a playbook folder into a ``Playbook``, reporting every authoring mistake.
public enum PlaybookLoader {
    public struct Options: Sendable {
        /// The day review dates are checked against.
        public var today: CalendarDay

        public init(today: CalendarDay) { self.today = today }

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
        // Files are independent until the cross-file checks: read them on every core.
        let results = ParallelMap.map(documentFiles) { file -> (ReadDocument?, DiagnosticLog) in
            var fileLog = DiagnosticLog()
            guard let text = ContentReader.read(file, log: &fileLog) else { return (nil, fileLog) }
            let read = DocumentReader.read(file, text: text, settings: settings, log: &fileLog)
            return (read, fileLog)
        }
        var documents: [ReadDocument] = []
        for (read, fileLog) in results {
            log.append(contentsOf: fileLog)
            if let read { documents.append(read) }
        }

        var checks = CrossChecks(documents: documents, files: files, log: log)
        checks.checkDuplicateIDs()
        checks.checkReferences()
        checks.checkLinks()
        checks.resolveParties()
        checks.checkReviewDates(today: options.today)

        var playbook = checks.playbook(settings: settings)
        playbook.cards = CardBuilder.cards(for: playbook)
        return LoadResult(playbook: playbook, diagnostics: checks.log.sorted)
    }
}
