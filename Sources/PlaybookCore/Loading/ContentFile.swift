import Foundation

/// A Markdown file found in the content folder.
package struct ContentFile: Sendable, Codable {
    /// Path relative to the content folder, with `/` separators (`products/fund.md`).
    package var relativePath: String
    /// Path shown in diagnostics (relative to the working directory, as the user named the folder).
    package var displayPath: String
    /// Absolute path for reading.
    package var absolutePath: String

    package init(relativePath: String, displayPath: String, absolutePath: String) {
        self.relativePath = relativePath
        self.displayPath = displayPath
        self.absolutePath = absolutePath
    }

    /// The file at `relativePath` in the content folder `contentPath` (as the user named it).
    package init(relativePath: String, contentPath: String) {
        self.init(relativePath: relativePath,
                  displayPath: ContentDiscovery.displayPath(root: contentPath, relative: relativePath),
                  absolutePath: contentPath + "/" + relativePath)
    }

    /// The first folder under the content root (`products`), if any.
    var folder: String? {
        let parts = relativePath.split(separator: "/")
        return parts.count > 1 ? String(parts[0]) : nil
    }

    /// The file name without `.md`.
    var baseName: String {
        let name = relativePath.split(separator: "/").last.map(String.init) ?? relativePath
        return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
    }
}

/// Finds the Markdown files of a content folder, in a stable order.
enum ContentDiscovery {
    /// Folders are not followed through symbolic links (a link could loop back to the
    /// folder itself); linked files are read. Hidden files and folders are skipped.
    static func files(in root: String, displayRoot: String, log: inout DiagnosticLog) -> [ContentFile] {
        var result: [ContentFile] = []
        walk(root, relative: "", displayRoot: displayRoot, log: &log, into: &result)
        return result.sorted { $0.relativePath.utf8.lexicographicallyPrecedes($1.relativePath.utf8) }
    }

    static func displayPath(root: String, relative: String) -> String {
        var base = root
        while base.count > 1 && base.hasSuffix("/") { base.removeLast() }
        if base == "." || base.isEmpty { return relative }
        return base + "/" + relative
    }

    private static func walk(_ directory: String, relative: String, displayRoot: String,
                             log: inout DiagnosticLog, into result: inout [ContentFile]) {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: directory) else {
            log.error(.unreadableFile, at: SourceLocation(path: displayPath(root: displayRoot, relative: relative), line: 1),
                      Message(.folderUnreadable))
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = directory + "/" + name
            let rel = relative.isEmpty ? name : relative + "/" + name
            let display = displayPath(root: displayRoot, relative: rel)
            // lstat, not FileManager attributes: this runs once per file of the playbook.
            var info = stat()
            let type = lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
            if type == S_IFLNK {
                var target = stat()
                if stat(path, &target) == 0, target.st_mode & S_IFMT == S_IFDIR {
                    log.warning(.skippedLink, at: SourceLocation(path: display, line: 1),
                                Message(.symlinkSkipped))
                    continue
                }
                if name.hasSuffix(".md") {
                    result.append(ContentFile(relativePath: rel, displayPath: display, absolutePath: path))
                }
            } else if type == S_IFDIR {
                walk(path, relative: rel, displayRoot: displayRoot, log: &log, into: &result)
            } else if name.hasSuffix(".md") {
                result.append(ContentFile(relativePath: rel, displayPath: display, absolutePath: path))
            }
        }
    }
}

/// Reads a content file as UTF-8 text, reporting unreadable, oversized and badly encoded files.
package enum ContentReader {
    /// Files above this size are refused: no real playbook page is this large, and a
    /// pasted image or export would make every build slow.
    static let maximumSize = 16 << 20

    package static func read(_ file: ContentFile, log: inout DiagnosticLog) -> String? {
        let start = SourceLocation(path: file.displayPath, line: 1)
        let data: Data
        do {
            guard let handle = FileHandle(forReadingAtPath: file.absolutePath) else {
                throw CocoaError(.fileReadNoSuchFile)
            }
            defer { try? handle.close() }
            // Read at most one byte over the limit, so a huge file is refused without loading it.
            data = try handle.read(upToCount: maximumSize + 1) ?? Data()
            if data.count > maximumSize {
                log.error(.fileTooLarge, at: start,
                          Message(.fileTooLarge, "\(maximumSize >> 20)"))
                return nil
            }
        } catch {
            log.error(.unreadableFile, at: start, Message(.fileUnreadable, describe(error, path: file.absolutePath)))
            return nil
        }
        if let (line, column) = firstInvalidUTF8(data) {
            log.error(.invalidUTF8, at: SourceLocation(path: file.displayPath, line: line, column: column),
                      Message(.invalidUTF8))
            return nil
        }
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }

    /// The system's reason a file cannot be opened ("Too many levels of symbolic links" …).
    private static func describe(_ error: Error, path: String) -> String {
        let descriptor = open(path, O_RDONLY)
        if descriptor < 0, let reason = String(validatingCString: strerror(errno)) { return reason }
        if descriptor >= 0 { close(descriptor) }
        return (error as NSError).localizedDescription
    }

    /// The line and column of the first byte that is not valid UTF-8, if any.
    static func firstInvalidUTF8(_ data: Data) -> (Int, Int)? {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let bytes = data.starts(with: bom) ? Array(data.dropFirst(3)) : Array(data)
        // Fast path: nearly every file is valid.
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var line = 1
        var column = 1
        var afterCR = false
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                let byte = encoded.count == 1 ? encoded.first! : 0
                if byte == 0x0A || byte == 0x0D {
                    // \r\n is one line end.
                    if !(byte == 0x0A && afterCR) { line += 1 }
                    column = 1
                } else {
                    column += 1
                }
                afterCR = byte == 0x0D
            case .error:
                return (line, column)
            case .emptyInput:
                return nil
            }
        }
    }
}
