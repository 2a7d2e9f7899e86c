import PlaybookCore

/// A problem with the progress database. Each carries the database's path and says what to do;
/// the CLI exits with 2 for all of them. The file is never overwritten or deleted.
public enum DrillError: Error, CustomStringConvertible, Sendable, Equatable {
    case corrupt(path: String, detail: String)
    case newerVersion(path: String)
    case locked(path: String)
    case readOnly(path: String)
    case unavailable(path: String, detail: String)

    public var path: String {
        switch self {
        case .corrupt(let path, _), .newerVersion(let path), .locked(let path), .readOnly(let path),
             .unavailable(let path, _):
            return path
        }
    }

    /// What went wrong and what to do, naming the file, in no language yet.
    public var text: Message {
        switch self {
        case .corrupt(let path, let detail): return Message(.databaseCorrupt, path, detail)
        case .newerVersion(let path): return Message(.databaseNewer, path)
        case .locked(let path): return Message(.databaseLocked, path)
        case .readOnly(let path): return Message(.databaseReadOnly, path)
        case .unavailable(let path, let detail): return Message(.databaseUnavailable, path, detail)
        }
    }

    public var description: String { text.text(in: .en) }
}
