import PlaybookCore

extension HubStoreError {
    /// The refusal as a catalog message, for the language the command speaks.
    public var message: Message {
        switch self {
        case .unreachable(let engine, let location, let detail): return Message(.hubUnreachable, engine, location, detail)
        case .invalidDatabaseURL(let text, let reason): return Message(.hubInvalidDatabaseURL, text, reason)
        case .query(let engine, let detail): return Message(.hubQueryFailed, engine, detail)
        case .newerSchema(let version, let known): return Message(.hubNewerSchema, "\(version)", "\(known)")
        case .invalidUserName(let name): return Message(.hubInvalidUserName, name)
        case .userExists(let name): return Message(.hubUserExists, name)
        case .unknownUser(let name): return Message(.hubUnknownUser, name)
        case .passwordForLearner(let name): return Message(.hubPasswordForLearner, name)
        case .weakPassword(let minimumLength): return Message(.hubWeakPassword, "\(minimumLength)")
        case .progress(let error): return error.text
        }
    }
}
