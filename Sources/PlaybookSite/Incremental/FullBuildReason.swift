import PlaybookCore

/// Why an edit cannot be applied to the site in place, so a full build does the work: shown by
/// `build --verbose` and by `serve` (`outline changed: products/payroll.md`).
package struct FullBuildReason: Error, CustomStringConvertible, Sendable {
    /// The reason, in no language yet.
    package var text: Message

    package init(_ text: Message) { self.text = text }

    /// A reason with no catalog entry (shown as written in every language).
    package init(_ description: String) { self.init(.verbatim(description)) }

    package var description: String { text.text(in: .en) }

    /// The reason in `locale`.
    package func localized(in locale: PlaybookLocale) -> String { text.text(in: locale) }
}

/// Throws `reason` unless `condition` holds.
package func require(_ condition: Bool, _ reason: @autoclosure () -> Message) throws(FullBuildReason) {
    guard condition else { throw FullBuildReason(reason()) }
}

/// Throws a reason with no catalog entry unless `condition` holds.
package func require(_ condition: Bool, _ reason: @autoclosure () -> String) throws(FullBuildReason) {
    guard condition else { throw FullBuildReason(reason()) }
}
