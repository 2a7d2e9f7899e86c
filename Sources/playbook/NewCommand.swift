import ArgumentParser
import Foundation
import PlaybookCore

extension DocumentType: ExpressibleByArgument {
    /// `product` or `products`, `objection` or `objections`, `异议` … (see ``DocumentType/init(name:)``).
    public init?(argument: String) { self.init(name: argument) }

    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new document with every section of its type and a hint under each.",
        discussion: "Writes CONTENT/FOLDER/NAME.md in the playbook's language and prints its path. Never overwrites a file (exit 2).")

    @Argument(help: "product, competitor, objection, self, segment or case (plural and Chinese names work too: 产品, 竞品, 异议 …).")
    var type: DocumentType

    @Argument(help: "The document's ID and file name (letters, digits, - and _).")
    var name: String

    @Option(help: "The title (default: the name).")
    var title: String?

    @OptionGroup var folder: ContentFolderOption

    func validate() throws {
        let id = name.hasSuffix(".md") ? String(name.dropLast(3)) : name
        guard Identifier.isValid(id) else {
            throw ValidationError(Message(.newInvalidID, name).text(in: folder.locale))
        }
    }

    func run() throws {
        let id = name.hasSuffix(".md") ? String(name.dropLast(3)) : name
        try folder.requireFolder()
        let content = folder.content
        let settings = PlaybookLoader.settings(contentPath: content)
        let locale = self.folder.locale
        let folder = content + "/" + type.folder
        let path = folder + "/" + id + ".md"
        if FileManager.default.fileExists(atPath: path) {
            Terminal.printFailure(Message(.newExists, path).text(in: locale), in: locale)
            throw ExitCode(2)
        }
        let today = CalendarDay(secondsSince1970: Int64(Date().timeIntervalSince1970))
        let text = DocumentScaffold.text(type: type, id: id, title: title ?? id, locale: settings.locale, today: today)
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            // `.withoutOverwriting` closes the gap between the check above and the write.
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
        } catch {
            Terminal.printFailure(Message(.newCannotWrite, path, error.localizedDescription).text(in: locale), in: locale)
            throw ExitCode(2)
        }
        Terminal.printOut(path)
    }
}
