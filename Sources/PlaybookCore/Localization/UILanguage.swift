/// Which language the command line speaks: `--lang` if given, else the playbook's `locale`,
/// else the user's POSIX locale (`LC_ALL`, then `LC_MESSAGES`, then `LANG`).
public enum UILanguage {
    /// The language for a command run with `option` (`--lang`, already validated), on a
    /// playbook whose `locale` is `playbook` (nil when there is no playbook.md), in `environment`.
    public static func choose(option: String?, playbook: PlaybookLocale?, environment: [String: String]) -> PlaybookLocale {
        if let option, let locale = PlaybookLocale(tag: option) { return locale }
        if let playbook { return playbook }
        return fromEnvironment(environment)
    }

    /// The language of a POSIX locale setting: the first of `LC_ALL`, `LC_MESSAGES`, `LANG`
    /// that is set; `zh_TW`, `zh_HK`, `zh_MO` and `zh-Hant` → Traditional, other `zh…` →
    /// Simplified, anything else (`C`, `en_US.UTF-8`, `fr_FR`) → English.
    public static func fromEnvironment(_ environment: [String: String]) -> PlaybookLocale {
        let setting = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        // zh_TW.UTF-8@euro → zh-tw
        let tag = setting.split(whereSeparator: { $0 == "." || $0 == "@" }).first.map(String.init) ?? ""
        let parts = tag.lowercased().split(whereSeparator: { $0 == "_" || $0 == "-" }).map(String.init)
        guard parts.first == "zh" else { return .en }
        let rest = Set(parts.dropFirst())
        return rest.isDisjoint(with: ["tw", "hk", "mo", "hant"]) ? .zhHans : .zhHant
    }
}
