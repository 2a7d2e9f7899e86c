import Foundation

extension PlaybookLoader {
    /// A document read again after an edit, checked against the rest of the playbook as the
    /// last full load saw it.
    public struct Reread: Sendable {
        /// The document, its comparison parties resolved.
        public var document: any DocumentModel
        /// Its warnings, counted as ``LoadResult/documentWarnings`` counts them.
        public var warnings: Int
    }

    /// Reads `relativePaths` (content-relative) again, on every core, for an incremental build
    /// that has the rest of the playbook from an earlier full load: links are checked against
    /// `knownFiles` (every content-relative file) and comparison parties resolved with `directory`.
    ///
    /// The checks that need every document (duplicate IDs, references, review dates) are not
    /// run: they depend only on documents' outlines (``DocumentOutline``), so the caller must
    /// fall back to ``load(contentPath:options:)`` unless each outline is what it was. Nil when
    /// a file cannot be read or has an error: a full load reports it.
    ///
    /// With `cacheFile` (the parse cache, ``CacheLocation``), a file whose entry there is
    /// current is decoded from it instead of parsed: for many files at once, such as every
    /// objection file an objection index shows.
    public static func reread(_ relativePaths: [String], contentPath: String, settings: PlaybookSettings,
                              knownFiles: Set<String>, directory: PartyDirectory, cacheFile: String? = nil) -> [Reread]? {
        let cached = cacheFile.map { cachedEntries($0, contentPath: contentPath) } ?? [:]
        let results = ParallelMap.map(relativePaths) { relative -> Reread? in
            let file = ContentFile(relativePath: relative,
                                   displayPath: ContentDiscovery.displayPath(root: contentPath, relative: relative),
                                   absolutePath: contentPath + "/" + relative)
            let result = readFile(file, settings: settings, cached: cached[relative], keep: cacheFile != nil)
            guard var read = result.read else { return nil }
            var log = result.log
            CrossChecks.checkLinks(of: read, paths: knownFiles, log: &log)
            directory.resolve(&read, log: &log)
            guard !log.hasErrors else { return nil }
            let warnings = documentWarnings(log.diagnostics, files: [file])[relative] ?? 0
            return Reread(document: read.document, warnings: warnings)
        }
        guard let rereads = results as? [Reread] else { return nil }
        return rereads
    }

    /// The parse cache's entries, if it was written for the content's current `playbook.md`.
    private static func cachedEntries(_ cacheFile: String, contentPath: String) -> [String: DocumentCache.Entry] {
        let settings = ContentFile(relativePath: "playbook.md",
                                   displayPath: ContentDiscovery.displayPath(root: contentPath, relative: "playbook.md"),
                                   absolutePath: contentPath + "/playbook.md")
        var log = DiagnosticLog()
        let text = FileManager.default.fileExists(atPath: settings.absolutePath) ? ContentReader.read(settings, log: &log) : nil
        return DocumentCache(file: cacheFile).load(generation: DocumentCache.generation(contentPath: contentPath, settingsText: text))
    }
}
