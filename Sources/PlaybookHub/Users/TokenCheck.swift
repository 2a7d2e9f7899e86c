/// What a presented access token turned out to be.
public enum TokenCheck: Sendable, Equatable {
    /// A current token of a user who may use the hub.
    case valid(HubUser)
    /// A current token whose user has been disabled: refused, but the caller is known.
    case disabled(HubUser)
    /// Malformed, unknown, revoked, or a secret that does not match.
    case invalid
}
