/// What a hub user may do: learners sync and read their own progress, trainers read the team's.
public enum HubRole: String, Sendable, Codable, CaseIterable {
    case learner
    case trainer
}

/// One person known to the hub.
public struct HubUser: Sendable, Equatable, Codable {
    public var id: Int64
    /// Unique across the hub; what `--learner` and the dashboard name.
    public var name: String
    public var role: HubRole
    public var team: String?
    public var createdAt: Int64
    /// When the user was disabled; a disabled user's tokens and password no longer sign in.
    public var disabledAt: Int64?

    public var isDisabled: Bool { disabledAt != nil }

    /// 1–64 letters (any script), digits, `.`, `_` or `-`.
    public static func isValidName(_ name: String) -> Bool {
        (1...64).contains(name.count) && name.allSatisfy { $0.isLetter || $0.isNumber || "._-".contains($0) }
    }
}
