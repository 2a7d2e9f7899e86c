import Foundation

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

    private static func run(_ action: String, _ folder: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [script.path, action, folder.path]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw HubTestFailure("postgres-test-cluster.sh \(action) \(folder.path) exited \(process.terminationStatus): \(errors)")
        }
        return output
    }
}
