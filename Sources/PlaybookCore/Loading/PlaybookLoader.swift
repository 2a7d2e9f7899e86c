import Foundation

/// A problem that stops a playbook from being read at all (exit code 2), as opposed to
/// authoring problems, which are ``Diagnostic``s.
public struct PlaybookIOError: Error, CustomStringConvertible, Sendable {
    public var path: String
    /// What went wrong and what to do, naming the path.
    public var text: Message
    public var description: String { text.text(in: .en) }

    public init(path: String, _ text: Message) {
        self.path = path
        self.text = text
    }

    /// The error in `locale`.
    public func localized(in locale: PlaybookLocale) -> String { text.text(in: locale) }
}

/// The result of reading a content folder: the model and every diagnostic, sorted.
public struct LoadResult: Sendable {
    public var playbook: Playbook
    public var diagnostics: [Diagnostic]
    /// The competitors comparison parties can name, for reading one document again later.
    package var directory = PartyDirectory(documents: [])
    /// Content-relative path → the warnings of that file that depend on nothing but the file
    /// and ``directory`` (all but overdue reviews).
    package var documentWarnings: [String: Int] = [:]

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
}

/// Reads a playbook folder into a ``Playbook``, reporting every authoring mistake.
public enum PlaybookLoader {
    public struct Options: Sendable {
        /// The day review dates are checked against.
        public var today: CalendarDay
        /// How files are read: each parsed anew, or through a cache of earlier parses.
        package var reading: any DocumentReading = FreshReading()
        /// Derive the cards (the site does not show them; `check`, the drill and exports do).
        public var deriveCards = true

        public init(today: CalendarDay) {
            self.today = today
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
            throw PlaybookIOError(path: contentPath, Message(.noSuchFolder, contentPath))
        }
        guard isDirectory.boolValue else {
            throw PlaybookIOError(path: contentPath, Message(.notAFolder, contentPath))
        }
        var log = DiagnosticLog()
        let files = ContentDiscovery.files(in: contentPath, displayRoot: contentPath, log: &log)
        let settingsFile = files.first { $0.relativePath == "playbook.md" }
        let settingsText = settingsFile.flatMap { ContentReader.read($0, log: &log) }
        let settings = SettingsReader.read(settingsFile, text: settingsText, displayRoot: contentPath, log: &log)

        let documentFiles = files.filter { $0.relativePath != "playbook.md" }
        let generation = generation(contentPath: contentPath, settingsText: settingsText)
        let (parses, finish) = options.reading.parses(of: documentFiles, generation: generation) { file, text in
            parse(file, text: text, settings: settings)
        }
        var documents: [ReadDocument] = []
        for parse in parses {
            for diagnostic in parse.diagnostics { log.append(diagnostic) }
            if let read = parse.read { documents.append(read) }
        }
        PhaseTimer.mark("read documents")
        // Storing what was read and the cross-file checks are independent: run them together.
        let (read, readLog) = (documents, log)
        let (_, checks) = Concurrently.run(finish, {
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

    /// Names what, besides a file's text, its parse depends on: the content path as given
    /// (diagnostics show it) and `playbook.md`.
    package static func generation(contentPath: String, settingsText: String?) -> String {
        var hash = FNV1a()
        hash.mix(settingsText ?? "\u{0}")
        return "\(contentPath)|\(hash.hex)"
    }

    /// One document file's parse.
    package static func parse(_ file: ContentFile, text: String, settings: PlaybookSettings) -> FileParse {
        var log = DiagnosticLog()
        let read = DocumentReader.read(file, text: text, settings: settings, log: &log)
        return FileParse(read: read, diagnostics: log.diagnostics)
    }

    /// Counts the warnings of each file, but overdue reviews (they depend on the day).
    package static func documentWarnings(_ diagnostics: [Diagnostic], files: [ContentFile]) -> [String: Int] {
        var byDisplayPath: [String: Int] = [:]
        for diagnostic in diagnostics where diagnostic.severity == .warning && diagnostic.code != .reviewOverdue {
            byDisplayPath[diagnostic.path, default: 0] += 1
        }
        var counts: [String: Int] = [:]
        for file in files { counts[file.relativePath] = byDisplayPath[file.displayPath] ?? 0 }
        return counts
    }
}
