/// Why an edit cannot be applied to the site in place, so a full build does the work: shown by
/// `build --verbose` and by `serve` (`outline changed: products/payroll.md`).
package struct FullBuildReason: Error, CustomStringConvertible, Sendable {
    package var description: String

    package init(_ description: String) { self.description = description }
}

/// Throws `reason` unless `condition` holds.
package func require(_ condition: Bool, _ reason: @autoclosure () -> String) throws(FullBuildReason) {
    guard condition else { throw FullBuildReason(reason()) }
}
