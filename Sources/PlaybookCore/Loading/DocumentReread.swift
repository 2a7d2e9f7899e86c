extension PlaybookLoader {
    /// A document read again after an edit, checked against the rest of the playbook as the
    /// last full load saw it.
    public struct Reread: Sendable {
        /// The document, its comparison parties resolved.
        public var document: any DocumentModel
        /// Its warnings, counted as ``LoadResult/documentWarnings`` counts them.
        public var warnings: Int
    }

    /// Reads `relativePaths` (content-relative) again, on every core, for an incremental build that has the
    /// rest of the playbook from an earlier full load: links are checked against `knownFiles`
    /// (every content-relative file) and comparison parties resolved with `directory`.
    ///
    /// The checks that need every document (duplicate IDs, references, review dates) are not
    /// run: they depend only on documents' outlines (``DocumentOutline``), so the caller must
    /// fall back to ``load(contentPath:options:)`` unless each outline is what it was. Nil when
    /// a file cannot be read or has an error: a full load reports it.
    public static func reread(_ relativePaths: [String], contentPath: String, settings: PlaybookSettings,
                              knownFiles: Set<String>, directory: PartyDirectory) -> [Reread]? {
        let results = ParallelMap.map(relativePaths) { relative -> Reread? in
            let file = ContentFile(relativePath: relative,
                                   displayPath: ContentDiscovery.displayPath(root: contentPath, relative: relative),
                                   absolutePath: contentPath + "/" + relative)
            var log = DiagnosticLog()
            guard let text = ContentReader.read(file, log: &log),
                  var read = DocumentReader.read(file, text: text, settings: settings, log: &log) else { return nil }
            CrossChecks.checkLinks(of: read, paths: knownFiles, log: &log)
            directory.resolve(&read, log: &log)
            guard !log.hasErrors else { return nil }
            let warnings = documentWarnings(log.diagnostics, files: [file])[relative] ?? 0
            return Reread(document: read.document, warnings: warnings)
        }
        guard let rereads = results as? [Reread] else { return nil }
        return rereads
    }
}
