import Foundation
import Mustache
import PlaybookCore

/// A problem with the site's templates or output folder, with the path it concerns.
public struct SiteError: Error, CustomStringConvertible, Sendable {
    public var path: String
    /// What went wrong and what to do (after the path), in no language yet.
    public var text: Message

    public init(path: String, _ text: Message) {
        self.path = path
        self.text = text
    }

    /// An error whose message has no catalog entry yet (shown as written in every language).
    public init(path: String, message: String) {
        self.init(path: path, .verbatim(message))
    }

    /// The message in English, without the path.
    public var message: String { text.text(in: .en) }

    public var description: String { localized(in: .en) }

    /// `PATH: MESSAGE` in `locale`.
    public func localized(in locale: PlaybookLocale) -> String { "\(path): \(text.text(in: locale))" }
}

/// The templates and assets a site is built with: the built-in defaults, with any file of
/// the user's Templates/ folder replacing the default of the same name.
public struct TemplateSet: Sendable {
    /// Path relative to the templates folder → contents.
    public private(set) var files: [String: Data]
    /// Which files of the user's folder differ from the built-in ones.
    public private(set) var overridden: Set<String> = []

    /// The built-in templates only.
    public static var defaults: TemplateSet {
        TemplateSet(files: DefaultTemplates.files.mapValues { Data($0.utf8) })
    }

    /// Defaults overridden by the files in `directory`, if it exists.
    public static func load(overridesAt directory: String?) throws -> TemplateSet {
        var set = defaults
        guard let directory else { return set }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else { return set }
        guard isDirectory.boolValue else {
            throw SiteError(path: directory, Message(.templatesNotAFolder))
        }
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return set }
        for case let relative as String in enumerator {
            let path = directory + "/" + relative
            guard !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw SiteError(path: path, Message(.templateUnreadable))
            }
            // A copy of a built-in file (the repository's own Templates/, or one copied to edit
            // later) is no override: it keeps the compiled theme.
            if set.files[relative] != data {
                set.files[relative] = data
                set.overridden.insert(relative)
            }
        }
        return set
    }

    /// Every `.mustache` file, registered under its name without the extension.
    func library(displayRoot: String) throws -> MustacheLibrary {
        PlaybookHTMLEscaping.register
        var library = MustacheLibrary()
        for (path, data) in files.sorted(by: { $0.key < $1.key }) where path.hasSuffix(".mustache") {
            let name = String(path.dropLast(".mustache".count))
            guard let text = String(data: data, encoding: .utf8) else {
                throw SiteError(path: displayRoot + "/" + path, Message(.templateNotUTF8))
            }
            do {
                library.register(try MustacheTemplate(string: text), named: name)
            } catch {
                let origin = overridden.contains(path) ? displayRoot + "/" + path : "built-in " + path
                throw SiteError(path: origin, Message(.templateInvalid, "\(error)"))
            }
        }
        return library
    }

    /// Files copied to the site as they are (everything under `assets/`).
    var assets: [(path: String, data: Data)] {
        files.filter { $0.key.hasPrefix("assets/") }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
