import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A throwaway PostgreSQL cluster of one test (scripts/postgres-test-cluster.sh), for tests that
/// stop and start the server mid-run and so must not share the suite's cluster.
struct PostgresTestCluster: Sendable {
    /// The cluster's folder (data, socket, `url`).
    let folder: URL
    /// Its `playbook_test` database.
    let url: String

    static let script = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("scripts/postgres-test-cluster.sh")

    /// initdb's and starts a cluster in a new temporary folder.
    static func start() throws -> PostgresTestCluster {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hub-pg-\(UUID().uuidString)")
        let output = try run("start", folder)
        guard let url = output.split(separator: "\n").last.map(String.init), url.hasPrefix("postgres://") else {
            throw HubTestFailure("postgres-test-cluster.sh start printed no URL: \(output)")
        }
        return PostgresTestCluster(folder: folder, url: url)
    }

    /// Stops the server (fast shutdown: open sessions are ended, committed data kept).
    func stop() throws { _ = try Self.run("stop", folder) }

    /// Starts the stopped server again on the same port and data.
    func resume() throws { _ = try Self.run("resume", folder) }

    /// Stops the server and deletes the folder.
    func remove() {
        _ = try? Self.run("stop", folder)
        try? FileManager.default.removeItem(at: folder)
    }

    /// Runs the script with posix_spawn and waitpid rather than `Process`, whose
    /// `waitUntilExit()` was seen never to return in an async test after the script had exited.
    private static func run(_ action: String, _ folder: URL) throws -> String {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("hub-pg-script-\(UUID().uuidString).log")
        defer { try? FileManager.default.removeItem(at: output) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let arguments = ["/bin/bash", script.path, action, folder.path]
        var argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/bash", &actions, nil, &argv, environ)
        guard spawned == 0 else { throw HubTestFailure("cannot run \(script.path): error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        // WIFEXITED and WEXITSTATUS, spelled out (they are macros).
        guard status & 0x7f == 0, (status >> 8) & 0xff == 0 else {
            throw HubTestFailure("postgres-test-cluster.sh \(action) \(folder.path) failed (status \(status)): \(text)")
        }
        return text
    }
}
