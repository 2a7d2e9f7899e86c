import Foundation
import GRDB

/// The drill's progress: one row per card that has been reviewed and a log of every answer,
/// in SQLite (WAL mode). Each answer is written in its own transaction, so a session killed at
/// any moment loses at most the card on screen and never leaves a damaged file.
public final class ReviewStore: Sendable {
    public let path: String
    /// Progress of different playbooks can share one file; each is a deck.
    public let deck: String
    let database: DatabaseQueue

    /// The default file: `$XDG_DATA_HOME/playbook/progress.sqlite`, else `~/.local/share/playbook/…`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return data + "/playbook/progress.sqlite"
        }
        let home = environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path
        return home + "/.local/share/playbook/progress.sqlite"
    }

    /// Opens (creating if needed) the database at `path`, migrating it to the current schema.
    public init(path: String, deck: String, readOnly: Bool = false) throws(DrillError) {
        self.path = path
        self.deck = deck
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        configuration.readonly = readOnly
        configuration.label = "playbook.progress"
        do {
            let folder = (path as NSString).deletingLastPathComponent
            if !readOnly {
                if !folder.isEmpty {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                }
            } else if !FileManager.default.fileExists(atPath: path) {
                throw DrillError.unavailable(path: path, detail: "no such file; run a drill session first")
            }
            database = try DatabaseQueue(path: path, configuration: configuration)
            try database.inDatabase { db in
                // Reading anything validates the header: a file that is not SQLite fails here.
                _ = try Int.fetchOne(db, sql: "PRAGMA schema_version")
                if !readOnly { try db.execute(sql: "PRAGMA journal_mode = WAL") }
            }
            let migrator = ReviewStore.migrator
            if try database.read({ try migrator.hasBeenSuperseded($0) }) {
                throw DrillError.newerVersion(path: path)
            }
            if !readOnly {
                try migrator.migrate(database)
                // Find out now, not when the first answer is lost, whether the file can be written:
                // a real change, rolled back. (Taking the write lock alone is not enough: in WAL mode
                // SQLite grants it on a database it opened read-only, such as an immutable file.)
                try database.inDatabase { db in
                    do {
                        try db.execute(sql: "BEGIN IMMEDIATE; CREATE TABLE playbook_write_probe(x); ROLLBACK")
                    } catch {
                        if db.isInsideTransaction { try? db.execute(sql: "ROLLBACK") }
                        throw error
                    }
                }
            } else if try !database.read({ try migrator.hasCompletedMigrations($0) }) {
                // Written by an older version: bring it up to date once, then read as asked.
                var writable = configuration
                writable.readonly = false
                try migrator.migrate(DatabaseQueue(path: path, configuration: writable))
            }
        } catch let error as DrillError {
            throw error
        } catch {
            throw ReviewStore.translate(error, path: path)
        }
    }

    static func translate(_ error: Error, path: String) -> DrillError {
        guard let error = error as? DatabaseError else {
            let nsError = error as NSError
            if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
               let reason = String(validatingCString: strerror(Int32(underlying.code))) {
                return .unavailable(path: path, detail: reason)
            }
            return .unavailable(path: path, detail: nsError.localizedDescription)
        }
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return .corrupt(path: path, detail: error.message ?? "not a database")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .locked(path: path)
        case .SQLITE_READONLY, .SQLITE_PERM:
            return .readOnly(path: path)
        case .SQLITE_CANTOPEN where !FileManager.default.isWritableFile(atPath: (path as NSString).deletingLastPathComponent):
            return .readOnly(path: path)
        default:
            return .unavailable(path: path, detail: error.message ?? "\(error.resultCode)")
        }
    }

    /// Runs database work, turning SQLite errors into ``DrillError``s.
    func run<T>(_ work: () throws -> T) throws(DrillError) -> T {
        do {
            return try work()
        } catch {
            throw ReviewStore.translate(error, path: path)
        }
    }

    /// The first schema (migration "v1"), frozen: later changes are migrations of their own.
    static let version1Schema = """
        CREATE TABLE card (
            deck TEXT NOT NULL, card_id TEXT NOT NULL, content_hash TEXT NOT NULL,
            state INTEGER NOT NULL, step INTEGER, stability REAL, difficulty REAL,
            due INTEGER NOT NULL, last_review INTEGER, reps INTEGER NOT NULL, lapses INTEGER NOT NULL,
            changed INTEGER NOT NULL DEFAULT 0, orphaned_at INTEGER, first_seen INTEGER NOT NULL,
            PRIMARY KEY (deck, card_id)
        ) WITHOUT ROWID;
        CREATE INDEX card_due ON card (deck, due);
        CREATE TABLE review (
            id INTEGER PRIMARY KEY, deck TEXT NOT NULL, card_id TEXT NOT NULL, content_hash TEXT NOT NULL,
            reviewed_at INTEGER NOT NULL, rating INTEGER NOT NULL, mode TEXT NOT NULL, score INTEGER,
            state_before INTEGER NOT NULL, state_after INTEGER NOT NULL, stability REAL, difficulty REAL,
            due INTEGER NOT NULL, duration_ms INTEGER
        );
        CREATE INDEX review_card ON review (deck, card_id, reviewed_at);
        CREATE INDEX review_time ON review (deck, reviewed_at);
        CREATE TABLE exam (
            id INTEGER PRIMARY KEY, deck TEXT NOT NULL, taken_at INTEGER NOT NULL, cards INTEGER NOT NULL,
            score REAL NOT NULL, pass REAL NOT NULL, passed INTEGER NOT NULL
        );
        """

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in try db.execute(sql: version1Schema) }
        // The second schema, for progress files and the terminal drill. Reviews and exams get a
        // stable `uid`, unique per deck, so progress files merge by union; existing rows get a random
        // one (so two devices' old rows never collide). Reviews keep the typed answer; exams their
        // start and finish and per-card scores (`exam_card`). Cards can be suspended.
        migrator.registerMigration("v2-progress") { db in
            try db.execute(sql: """
                ALTER TABLE review ADD COLUMN uid TEXT;
                ALTER TABLE review ADD COLUMN answer TEXT;
                UPDATE review SET uid = lower(hex(randomblob(16)));
                CREATE UNIQUE INDEX review_uid ON review (deck, uid);
                ALTER TABLE exam ADD COLUMN uid TEXT;
                ALTER TABLE exam ADD COLUMN started_at INTEGER;
                ALTER TABLE exam ADD COLUMN finished_at INTEGER;
                UPDATE exam SET uid = lower(hex(randomblob(16))), started_at = taken_at, finished_at = taken_at;
                CREATE UNIQUE INDEX exam_uid ON exam (deck, uid);
                CREATE TABLE exam_card (
                    exam_id INTEGER NOT NULL REFERENCES exam(id) ON DELETE CASCADE, position INTEGER NOT NULL,
                    card_id TEXT NOT NULL, score REAL NOT NULL, PRIMARY KEY (exam_id, position)
                ) WITHOUT ROWID;
                CREATE TABLE suspended (
                    deck TEXT NOT NULL, card_id TEXT NOT NULL, suspended_at INTEGER NOT NULL, PRIMARY KEY (deck, card_id)
                ) WITHOUT ROWID;
                """)
        }
        return migrator
    }
}
