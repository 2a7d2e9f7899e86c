/// One content file's parse: the document (nil when the file could not be read or is not a
/// document) and the file's own diagnostics.
package struct FileParse: Sendable, Codable {
    package var read: ReadDocument?
    package var diagnostics: [Diagnostic]

    package init(read: ReadDocument?, diagnostics: [Diagnostic]) {
        self.read = read
        self.diagnostics = diagnostics
    }
}

/// How the loader gets each content file's parse: by reading and parsing every file
/// (``FreshReading``), or by keeping the parses of files unchanged since an earlier run (the
/// parse cache, outside this module).
package protocol DocumentReading: Sendable {
    /// The parse of each of `files`, in order, made on every core. `parse` makes one from a
    /// file's text; `generation` names everything besides that text a parse depends on.
    /// `finish` is run once the parses are used (it may store them), beside the cross-file checks.
    func parses(of files: [ContentFile], generation: String,
                parse: @escaping @Sendable (ContentFile, String) -> FileParse) -> (parses: [FileParse], finish: @Sendable () -> Void)
}

/// Reads and parses every file.
package struct FreshReading: DocumentReading {
    package init() {}

    package func parses(of files: [ContentFile], generation: String,
                        parse: @escaping @Sendable (ContentFile, String) -> FileParse) -> (parses: [FileParse], finish: @Sendable () -> Void) {
        (ParallelMap.map(files) { file in FreshReading.parse(file, with: parse) }, {})
    }

    /// The parse of `file`: its text parsed, or the diagnostic that says why it cannot be read.
    package static func parse(_ file: ContentFile, with parse: (ContentFile, String) -> FileParse) -> FileParse {
        var log = DiagnosticLog()
        guard let text = ContentReader.read(file, log: &log) else { return FileParse(read: nil, diagnostics: log.diagnostics) }
        return parse(file, text)
    }
}
