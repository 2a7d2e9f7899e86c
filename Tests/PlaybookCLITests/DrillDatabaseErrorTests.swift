import Foundation
import Testing

/// docs/drill.md and the exit codes: a progress database that cannot be used is a usage/I-O error
/// (exit 2) whose message names the file; the file itself is never changed.
@Suite struct DrillDatabaseErrorTests {
    typealias F = DrillFixture

    /// Files in the database's folder other than the content, sorted.
    static func filesBeside(_ pb: DrillPlaybook) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: pb.root.path)) ?? []).filter { $0 != "Content" }.sorted()
    }

    @Test func randomBytesAreReportedAsDamagedAndLeftAlone() throws {
        let pb = try DrillPlaybook()
        defer { pb.remove() }
        let noise = DrillFiles.noise(count: 8192)
        try noise.write(to: URL(fileURLWithPath: pb.db))

        let drill = try pb.drill(input: "")
        #expect(drill.status == 2)
        #expect(drill.stderr.contains(pb.db), "the message names the file: \(drill.stderr)")
        // The drill speaks the playbook's language (zh-Hans); stats below is run in English.
        #expect(drill.stderr.contains("练习进度数据库已损坏"), "\(drill.stderr)")
        #expect(!drill.stdout.contains(F.feeFront), "no card is asked")

        let stats = try CLIRunner.run(["stats", "--content", pb.content.path, "--db", pb.db, "--json"], in: pb.root, timeout: 30)
        #expect(stats.status == 2)
        #expect(stats.stderr.contains(pb.db) && stats.stderr.contains("damaged"), "\(stats.stderr)")

        #expect(DrillFiles.bytes(pb.db) == noise, "the damaged file must not be changed")
        #expect(Self.filesBeside(pb) == ["progress.sqlite"], "no journal or other file is left beside it")
    }

    @Test func databaseFromANewerVersionIsRefusedAndUnchanged() throws {
        let pb = try DrillPlaybook()
        defer { pb.remove() }
        #expect(try pb.drill(input: "3\n").status == 0)
        try SQLiteProbe.execute(pb.db, "INSERT INTO grdb_migrations (identifier) VALUES ('v99');")
        let before = try #require(DrillFiles.bytes(pb.db))

        let drill = try pb.drill(input: "")
        #expect(drill.status == 2)
        #expect(drill.stderr.contains(pb.db), "\(drill.stderr)")
        #expect(drill.stderr.contains("由更新版本的 playbook 写入"), "\(drill.stderr)")
        let stats = try CLIRunner.run(["stats", "--content", pb.content.path, "--db", pb.db, "--json"], in: pb.root, timeout: 30)
        #expect(stats.status == 2)
        #expect(stats.stderr.contains("newer version"), "\(stats.stderr)")

        #expect(DrillFiles.bytes(pb.db) == before, "the newer database must not be migrated or written")
        #expect(try SQLiteProbe.query(pb.db, "SELECT identifier FROM grdb_migrations ORDER BY identifier") == [["v1"], ["v2-progress"], ["v99"]])
    }

    @Test func databaseThatCannotBeCreatedNamesThePath() throws {
        let pb = try DrillPlaybook()
        defer { pb.remove() }
        // A folder in the way is a regular file.
        try Data("not a folder".utf8).write(to: pb.root.appendingPathComponent("blocker"))
        let path = pb.root.appendingPathComponent("blocker/progress.sqlite").path
        let result = try pb.drill(input: "", db: path)
        #expect(result.status == 2)
        #expect(result.stderr.contains(path), "\(result.stderr)")
    }

    #if os(Linux)
    /// /proc refuses new files, even for root.
    @Test func databaseInAnUnwritableLocationNamesThePath() throws {
        let pb = try DrillPlaybook()
        defer { pb.remove() }
        let path = "/proc/playbook-drill-test.sqlite"
        let result = try pb.drill(input: "", db: path)
        #expect(result.status == 2)
        #expect(result.stderr.contains(path), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: path))
    }
    #endif

    /// One way to make the database unwritable for the drill, with the command prefix that
    /// runs the drill under it (empty: the `playbook` binary as this user) and its undo.
    struct Unwritable {
        var name: String
        var prefix: [String]
        var undo: () -> Void
    }

    static let setpriv = ["/usr/bin/setpriv", "/bin/setpriv"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Every way to make `path` unwritable that works here, each applied by calling it (and
    /// undone before the next): the immutable flag (`chattr +i`, which binds root too, but needs
    /// CAP_LINUX_IMMUTABLE), and modes 444 on the file and 555 on its folder, with the drill run
    /// as `nobody` when the tests run as root (root ignores modes). Nil entries are not possible here.
    static func unwritableWays(_ path: String) -> [(name: String, apply: () -> Unwritable?)] {
        let folder = (path as NSString).deletingLastPathComponent
        let immutable = { () -> Unwritable? in
            guard let chattr = ["/usr/bin/chattr", "/bin/chattr"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }),
                  (try? SQLiteProbe.runTool(chattr, ["+i", path])) != nil else { return nil }
            return Unwritable(name: "chattr +i", prefix: [], undo: { _ = try? SQLiteProbe.runTool(chattr, ["-i", path]) })
        }
        let modes = { () -> Unwritable? in
            var prefix: [String] = []
            if getuid() == 0 {
                // Another user, so the modes apply; it can still read the file and the content.
                guard let setpriv, (try? SQLiteProbe.runTool(setpriv, ["--reuid=65534", "--regid=65534", "--clear-groups", "--", "/bin/true"])) != nil
                else { return nil }
                prefix = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", "--"]
            }
            chmod(path, 0o444)
            chmod(folder, 0o555)
            return Unwritable(name: "modes 444/555" + (prefix.isEmpty ? "" : " as nobody"), prefix: prefix, undo: {
                chmod(folder, 0o755)
                chmod(path, 0o644)
            })
        }
        return [("immutable", immutable), ("modes", modes)]
    }

    @Test func readOnlyDatabaseIsAnErrorNamingThePath() throws {
        let pb = try DrillPlaybook()
        defer { pb.remove() }
        #expect(try pb.drill(input: "3\n").status == 0)
        // Fold the write-ahead log into the file, so the file alone holds the progress.
        try SQLiteProbe.execute(pb.db, "PRAGMA wal_checkpoint(TRUNCATE);")
        let before = try #require(DrillFiles.bytes(pb.db))
        var tried: [String] = []
        for (_, apply) in Self.unwritableWays(pb.db) {
            guard let way = apply() else { continue }
            tried.append(way.name)
            defer { way.undo() }
            // The drill (as the user the way needs) against the unwritable file.
            let arguments = way.prefix + [CLIRunner.binary.path] + pb.drillArguments(now: F.time(plus: 3600))
            let live = try LiveProcess(Array(arguments.dropFirst()), executable: URL(fileURLWithPath: arguments[0]), in: pb.root)
            defer { live.stop() }
            live.send("3\n3\n3\n")
            live.closeInput()
            #expect(live.waitForExit(timeout: 30), "\(way.name): the drill did not end")
            #expect(live.process.terminationStatus == 2, "\(way.name): \(live.stdout) \(live.stderr)")
            #expect(live.stderr.contains(pb.db), "\(way.name): \(live.stderr)")
            #expect(live.stderr.contains("无法写入练习进度数据库"), "\(way.name): \(live.stderr)")
            #expect(!live.stdout.contains(F.feeFront), "\(way.name): a card was asked before the error, so its answer would be lost")
            #expect(DrillFiles.bytes(pb.db) == before, "\(way.name): the file changed")

            // Reading progress still works.
            let stats = try pb.stats(now: F.time(plus: 3600))
            #expect(stats.total == 5 && stats.new == 4, "\(way.name)")
        }
        // Never a silent pass: the database must have been made unwritable at least one way.
        if tried.isEmpty {
            Issue.record("could not make the database unwritable here (no chattr +i, no setpriv to drop root): untested")
        }
    }

    /// Another program holds the database's write lock for longer than the 5 s busy timeout.
    @Test(.enabled(if: SQLiteProbe.shell != nil, "needs the sqlite3 shell"))
    func lockedDatabaseIsAnErrorNamingThePath() throws {
        let pb = try DrillPlaybook()
        defer { pb.remove() }
        #expect(try pb.drill(input: "3\n").status == 0)
        let holder = try LiveProcess(["-batch", pb.db], executable: URL(fileURLWithPath: SQLiteProbe.shell!))
        defer { holder.stop() }
        holder.send("BEGIN EXCLUSIVE;\nSELECT 'held';\n")
        #expect(holder.waitForOutput("held"), "could not lock the database: \(holder.stderr)")

        let started = Date()
        let result = try pb.drill(input: "3\n", now: F.time(plus: 3600))
        #expect(result.status == 2)
        #expect(result.stderr.contains(pb.db), "\(result.stderr)")
        #expect(result.stderr.contains("被另一个程序锁定"), "\(result.stderr)")
        #expect(Date().timeIntervalSince(started) < 15)

        holder.send("ROLLBACK;\n.quit\n")
        holder.closeInput()
        holder.waitForExit(timeout: 5)
        #expect(try pb.reviewCount() == 1)
        #expect(try pb.query("PRAGMA integrity_check") == [["ok"]])
    }
}
