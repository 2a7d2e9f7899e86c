import Foundation

/// Runs the built `playbook` binary and captures what it prints.
struct CLIRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        /// True when the process exited normally (not killed by a signal such as a trap or crash).
        var exitedNormally: Bool
        /// True when the runner had to kill the process because it ran past its time limit.
        var timedOut: Bool
    }

    /// The folder holding the built products (next to the test bundle).
    static var productsDirectory: URL {
        Bundle.main.bundleURL.lastPathComponent.hasSuffix(".xctest")
            ? Bundle.main.bundleURL.deletingLastPathComponent()
            : Bundle.main.bundleURL
    }

    static var binary: URL { productsDirectory.appendingPathComponent("playbook") }

    /// The environment of every `playbook` the tests start: this process's, with the drill's
    /// deck cache in a folder of this test run (never the user's `~/.cache`).
    static let environment: [String: String] = {
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CACHE_HOME"] = deckCacheRoot.path
        return environment
    }()

    static let deckCacheRoot = FileManager.default.temporaryDirectory
        .appendingPathComponent("playbook-test-cache-\(ProcessInfo.processInfo.processIdentifier)", isDirectory: true)

    /// Runs `playbook ARGUMENTS` in `directory`; a run longer than `timeout` seconds is killed
    /// (and reported with `timedOut`), so a hang fails the test instead of blocking the suite.
    static func run(_ arguments: [String], in directory: URL? = nil, stdin: String? = nil,
                    environment: [String: String] = CLIRunner.environment, timeout: TimeInterval = 120,
                    english: Bool = true) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = english ? englishUnlessAsked(arguments) : arguments
        process.environment = environment
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()

        let watchdog = Watchdog(process)
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { watchdog.fire() }

        // Drain standard error on another thread while standard output is read here, so a
        // large output on either pipe cannot fill it and block the child.
        let errorData = DataBox()
        let errorHandle = err.fileHandleForReading
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { errorData.set(errorHandle.readDataToEndOfFile()) }
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try? input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        watchdog.disarm()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errorData.get(), as: UTF8.self),
                      exitedNormally: process.terminationReason == .exit,
                      timedOut: watchdog.didFire)
    }

    /// The commands whose messages the tests read in English (the drill's tests read the
    /// playbook's language, as the drill always spoke it).
    static let speakingCommands: Set<String> = ["check", "build", "new", "serve", "stats", "export", "scheduler", "score"]

    /// `arguments` with `--lang en` added when the command speaks and no language was asked
    /// for, so tests written against the English messages read English whatever the fixture's
    /// locale; tests of the other languages pass `--lang` or pass `english: false`.
    static func englishUnlessAsked(_ arguments: [String]) -> [String] {
        guard let command = arguments.first, speakingCommands.contains(command),
              !arguments.contains(where: { $0 == "--lang" || $0.hasPrefix("--lang=") || $0 == "--help" || $0 == "-h" })
        else { return arguments }
        return arguments + ["--lang", "en"]
    }

    private final class DataBox: @unchecked Sendable {
        private let lock = NSLock()
        private var data = Data()
        func set(_ value: Data) { lock.withLock { data = value } }
        func get() -> Data { lock.withLock { data } }
    }

    /// Kills a process that is still running when its time is up.
    private final class Watchdog: @unchecked Sendable {
        private let lock = NSLock()
        private let process: Process
        private var armed = true
        private var fired = false

        init(_ process: Process) { self.process = process }

        func fire() {
            lock.withLock {
                guard armed, process.isRunning else { return }
                fired = true
                // SIGKILL, not `terminate()`: SIGTERM can be blocked in the signal mask the child
                // inherits from the test runner, and then a hung binary would never stop.
                kill(process.processIdentifier, SIGKILL)
            }
        }

        func disarm() { lock.withLock { armed = false } }

        var didFire: Bool { lock.withLock { fired } }
    }
}
