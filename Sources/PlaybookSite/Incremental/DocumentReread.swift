import Foundation
import PlaybookCache
import PlaybookCore

/// A document read again after an edit, checked against the rest of the playbook as the last
/// full load saw it.
struct DocumentReread: Sendable {
    /// The document, its comparison parties resolved.
    var document: any DocumentModel
    /// Its warnings, counted as ``LoadResult/documentWarnings`` counts them.
    var warnings: Int

    /// Reads `relativePaths` (content-relative) again, on every core, for an incremental build
    /// that has the rest of the playbook from an earlier full load: links are checked against
    /// `knownFiles` (every content-relative file) and comparison parties resolved with `directory`.
    ///
    /// The checks that need every document (duplicate IDs, references, review dates) are not
    /// run: they depend only on documents' outlines (``DocumentOutline``), so the caller must
    /// fall back to a full load unless each outline is what it was. Throws when a file cannot be
    /// read or has an error: a full load reports it. Files whose parse cache entry is current
    /// are decoded from it instead of parsed.
    static func read(_ relativePaths: [String], contentPath: String, settings: PlaybookSettings,
                     knownFiles: Set<String>, directory: PartyDirectory, cache: ParseCache?) throws(FullBuildReason) -> [DocumentReread] {
        let files = relativePaths.map { ContentFile(relativePath: $0, contentPath: contentPath) }
        let reading: any DocumentReading = cache ?? FreshReading()
        let settingsFile = ContentFile(relativePath: "playbook.md", contentPath: contentPath)
        var ignored = DiagnosticLog()
        let settingsText = FileManager.default.fileExists(atPath: settingsFile.absolutePath)
            ? ContentReader.read(settingsFile, log: &ignored) : nil
        let parses = reading.parses(of: files, generation: PlaybookLoader.generation(contentPath: contentPath, settingsText: settingsText)) {
            file, text in PlaybookLoader.parse(file, text: text, settings: settings)
        }.parses
        var rereads: [DocumentReread] = []
        for (file, parse) in zip(files, parses) {
            guard var read = parse.read else { throw FullBuildReason(Message(.reasonUnreadable, file.relativePath)) }
            var log = DiagnosticLog()
            for diagnostic in parse.diagnostics { log.append(diagnostic) }
            CrossChecks.checkLinks(of: read, paths: knownFiles, log: &log)
            directory.resolve(&read, log: &log)
            try require(!log.hasErrors, Message(.reasonHasErrors, file.relativePath))
            let warnings = PlaybookLoader.documentWarnings(log.diagnostics, files: [file])[file.relativePath] ?? 0
            rereads.append(DocumentReread(document: read.document, warnings: warnings))
        }
        return rereads
    }
}
