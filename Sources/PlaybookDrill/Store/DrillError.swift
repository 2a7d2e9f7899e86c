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

    public var description: String {
        switch self {
        case .corrupt(let path, let detail):
            return "\(path): the progress database is damaged (\(detail)); it was left untouched. Move it aside to start afresh, or pass another file with --db"
        case .newerVersion(let path):
            return "\(path): the progress database was written by a newer version of playbook; update playbook, or pass another file with --db"
        case .locked(let path):
            return "\(path): the progress database is locked by another program (another drill session?); close it and try again"
        case .readOnly(let path):
            return "\(path): the progress database cannot be written (read-only file or folder); fix its permissions or pass another file with --db"
        case .unavailable(let path, let detail):
            return "\(path): cannot open the progress database (\(detail)); check the path or pass another file with --db"
        }
    }
}
