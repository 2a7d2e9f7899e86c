import ArgumentParser
import Foundation
import PlaybookCore

/// `--lang`: the language messages are printed in, for every command.
struct LanguageOption: ParsableArguments {
    @Option(help: "Interface language: zh-Hans, zh-Hant or en (default: the playbook's locale, else LC_ALL/LC_MESSAGES/LANG).")
    var lang: String?

    func validate() throws {
        if let lang, PlaybookLocale(tag: lang) == nil {
            throw ValidationError(Message(.langInvalid).text(in: UILanguage.fromEnvironment(ProcessInfo.processInfo.environment)))
        }
    }

    /// The language for a playbook whose `locale` is `playbook` (nil: no playbook.md).
    func locale(playbook: PlaybookLocale?) -> PlaybookLocale {
        UILanguage.choose(option: lang, playbook: playbook, environment: ProcessInfo.processInfo.environment)
    }

    /// The language for the playbook in `content`, reading its playbook.md only when needed.
    func locale(content: String) -> PlaybookLocale {
        if let lang, let locale = PlaybookLocale(tag: lang) { return locale }
        let exists = FileManager.default.fileExists(atPath: content + "/playbook.md")
        return locale(playbook: exists ? PlaybookLoader.settings(contentPath: content).locale : nil)
    }
}
