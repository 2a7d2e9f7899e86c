import PlaybookDrill

/// Why the hub's store refused or failed, saying where and what to do.
public enum HubStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The database could not be opened or did not answer.
    case unreachable(engine: String, location: String, detail: String)
    /// `--database` is not a PostgreSQL URL the hub can use.
    case invalidDatabaseURL(text: String, reason: String)
    /// A statement failed (the unit of work was rolled back).
    case query(engine: String, detail: String)
    /// The database was written by a newer hub (a migration this one does not know).
    case newerSchema(version: Int64, known: Int64)
    case invalidUserName(String)
    case userExists(String)
    case unknownUser(String)
    /// Passwords are for trainers only.
    case passwordForLearner(String)
    /// A password shorter than the minimum.
    case weakPassword(minimumLength: Int)
    /// The progress text as a whole cannot be read (not UTF-8, or no header on line 1).
    case progress(ProgressFileError)

    public var description: String {
        switch self {
        case .unreachable(let engine, let location, let detail):
            return "\(engine) at \(location) cannot be reached: \(detail). Check that the database is running and the URL or folder is right."
        case .invalidDatabaseURL(let text, let reason):
            return "\(text): not a usable database URL: \(reason). Write postgres://USER:PASSWORD@HOST:PORT/DATABASE."
        case .query(let engine, let detail):
            return "\(engine): a statement failed and nothing was changed: \(detail)"
        case .newerSchema(let version, let known):
            return "the hub database is at schema version \(version), this playbook knows up to \(known): update playbook."
        case .invalidUserName(let name):
            return "\"\(name)\" is not a user name: use 1–64 letters, digits, '.', '_' or '-'."
        case .userExists(let name):
            return "a user named \(name) already exists: pick another name, or use `user token \(name)` for a new token."
        case .unknownUser(let name):
            return "no user named \(name): `user list` shows the users."
        case .passwordForLearner(let name):
            return "\(name) is a learner: only trainers sign in with a password; learners use their token."
        case .weakPassword(let minimumLength):
            return "the password is too short: use at least \(minimumLength) characters."
        case .progress(let error):
            return error.description
        }
    }
}
