import Foundation
import Testing

/// docs/drill.md: every answer is written in its own transaction, so an interrupted session loses at
/// most the card on screen and never leaves a damaged file. Also: a session on a real terminal.
@Suite struct DrillInterruptTests {
    typealias F = DrillFixture

    static let ratingLine = "1 重来 · 2 困难 · 3 良好 · 4 简单"

    /// Starts a flashcard session on a pipe, answers two cards, and waits until both are stored
    /// and the third card is on screen.
    static func answerTwo(_ pb: DrillPlaybook) throws -> LiveProcess {
        let live = try LiveProcess(pb.drillArguments(["--kind", "objection"]), in: pb.root)
        #expect(live.waitForOutput(ratingLine), "first card never shown: \(live.stdout) \(live.stderr)")
        live.send("3\n")
        #expect(live.waitForOutput(ratingLine, count: 2), "second card never shown: \(live.stdout)")
        live.send("1\n")
        #expect(live.waitForOutput(ratingLine, count: 3), "third card never shown: \(live.stdout)")
        let stored = LiveProcess.poll(timeout: 10) {
            FileManager.default.fileExists(atPath: pb.db) && (try? pb.reviewCount()) == 2
        }
        #expect(stored, "the two answers were not stored while the session runs")
        return live
    }

    @Test func ctrlCEndsTheSessionWithTheSummaryAndKeepsTheAnswers() throws {
        let pb = try DrillPlaybook()
        defer { pb.remove() }
        let live = try Self.answerTwo(pb)
        defer { live.stop() }

        live.signal(SIGINT)
        let ended = live.waitForExit(timeout: 10)
        #expect(ended, "SIGINT did not end the session")
        #expect(live.process.terminationReason == .exit, "the session should handle SIGINT, not die of it")
        #expect([0, 130].contains(live.process.terminationStatus), "status \(live.process.terminationStatus)")
        #expect(live.screen.contains("练习已中断，进度已保存。"))
        #expect(live.screen.contains("本次练习: 已复习 2 · 答对 1"))
        #expect(try pb.query("SELECT card_id, rating FROM review ORDER BY id") == [[F.fee, "3"], [F.rate, "1"]])
        #expect(try pb.query("PRAGMA integrity_check") == [["ok"]])
        #expect(try pb.query("SELECT COUNT(*) FROM card") == [["2"]])
    }

    @Test func sigkillLosesNothingAnsweredAndLeavesASoundFile() throws {
        let pb = try DrillPlaybook()
        defer { pb.remove() }
        let live = try Self.answerTwo(pb)
        defer { live.stop() }

        live.signal(SIGKILL)
        live.waitForExit(timeout: 10)
        #expect(live.process.terminationReason == .uncaughtSignal)
        #expect(try pb.query("PRAGMA integrity_check") == [["ok"]])
        #expect(try pb.reviewCount() == 2)
        #expect(try pb.query("SELECT card_id FROM card ORDER BY card_id") == [[F.fee], [F.rate]])

        // The next session opens the file (recovering its write-ahead log) and carries on.
        let next = try pb.drill(["--kind", "objection"], input: "3\n")
        #expect(next.status == 0, "\(next.stderr)")
        #expect(next.askedFronts == [F.thinkFront], "the answered cards are not asked again at the same time")
        #expect(try pb.reviewCount() == 3)
        #expect(try pb.stats().reviewsToday == 3)
    }

    @Test func endOfInputInTheMiddleOfASessionPrintsTheSummary() throws {
        let pb = try DrillPlaybook()
        defer { pb.remove() }
        let result = try pb.drill(["--kind", "objection"], input: "4\n")
        #expect(result.status == 0)
        #expect(result.askedFronts == [F.feeFront, F.rateFront])
        #expect(result.screen.contains("本次练习: 已复习 1 · 答对 1"))
        #expect(try pb.reviewCount() == 1)
    }

    // MARK: - A real terminal

    static var scriptTool: String? {
        #if os(Linux)
        return ["/usr/bin/script", "/bin/script"].first { FileManager.default.isExecutableFile(atPath: $0) }
        #else
        return nil
        #endif
    }

    static func shellQuoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: #"'\''"#) + "'" }

    /// The local modes (`c_lflag`) of the pseudo-terminal `script` (the process of `live`)
    /// runs the drill on: its child's standard input. Nil while there is no such child yet.
    static func terminalModes(_ live: LiveProcess) -> tcflag_t? {
        #if os(Linux)
        guard let children = try? String(contentsOfFile: "/proc/\(live.pid)/task/\(live.pid)/children", encoding: .utf8),
              let child = children.split(separator: " ").first,
              let tty = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(child)/fd/0"),
              tty.hasPrefix("/dev/pts/") else { return nil }
        let fd = open(tty, O_RDONLY | O_NOCTTY | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var settings = termios()
        guard tcgetattr(fd, &settings) == 0 else { return nil }
        return settings.c_lflag
        #else
        return nil
        #endif
    }

    /// Waits until the drill reads single keys (the terminal is out of line mode), so a key
    /// sent now reaches it at once: the readiness signal for a keystroke.
    static func waitForSingleKeys(_ live: LiveProcess, sourceLocation: SourceLocation = #_sourceLocation) {
        let ready = LiveProcess.poll(timeout: 10) { terminalModes(live).map { $0 & tcflag_t(ICANON) == 0 } ?? false }
        if !ready { Issue.record("the drill never switched the terminal to single keys: \(live.stdout)", sourceLocation: sourceLocation) }
    }

    /// Under a pseudo-terminal (util-linux `script`): a key reveals the answer, `3` rates it
    /// Good, Ctrl-C stops at the next card with the summary.
    @Test(.enabled(if: scriptTool != nil, "needs util-linux script"))
    func flashcardOnAPseudoTerminal() throws {
        let pb = try DrillPlaybook()
        defer { pb.remove() }
        let command = ([CLIRunner.binary.path] + pb.drillArguments(["--kind", "objection", "--plain"]))
            .map(Self.shellQuoted).joined(separator: " ")
        let live = try LiveProcess(["-qfec", command, "/dev/null"], executable: URL(fileURLWithPath: Self.scriptTool!),
                                   in: pb.root)
        defer { live.stop() }

        let reveal = "按任意键显示答案（q 退出"
        #expect(live.waitForOutput(reveal), "no reveal prompt on a terminal: \(live.stdout)")
        Self.waitForSingleKeys(live)
        live.send("x")
        #expect(live.waitForOutput(Self.ratingLine), "the answer was not revealed: \(live.stdout)")
        Self.waitForSingleKeys(live)
        live.send("3")
        #expect(live.waitForOutput(reveal, count: 2), "the second card did not follow the rating: \(live.stdout)")
        #expect(LiveProcess.poll(timeout: 10) { (try? pb.reviewCount()) == 1 })
        Self.waitForSingleKeys(live)
        live.send("\u{3}")
        #expect(live.waitForOutput("本次练习"), "Ctrl-C did not end with the summary: \(live.stdout)")
        live.closeInput()
        #expect(live.waitForExit(timeout: 10))

        let screen = live.screen
        #expect(screen.contains(F.feeFront))
        #expect(screen.contains("参考答案:"))
        #expect(screen.contains(Self.ratingLine))
        #expect(screen.contains("本次练习: 已复习 1 · 答对 1"))
        #expect(!screen.contains("\u{1B}["), "--plain prints no colours")
        #expect(try pb.query("SELECT card_id, rating, mode FROM review") == [[F.fee, "3", "flashcard"]])
        #expect(try pb.query("PRAGMA integrity_check") == [["ok"]])
    }

    /// Ctrl-C while an answer is being typed on a terminal: the line discipline sends SIGINT,
    /// the session prints the summary and leaves; answers already given are kept.
    @Test(.enabled(if: scriptTool != nil, "needs util-linux script"))
    func ctrlCWhileTypingOnAPseudoTerminal() throws {
        let pb = try DrillPlaybook()
        defer { pb.remove() }
        let command = ([CLIRunner.binary.path] + pb.drillArguments(["--kind", "objection", "--mode", "type", "--plain"]))
            .map(Self.shellQuoted).joined(separator: " ")
        let live = try LiveProcess(["-qfec", command, "/dev/null"], executable: URL(fileURLWithPath: Self.scriptTool!),
                                   in: pb.root)
        defer { live.stop() }

        let prompt = "请输入你的回答"
        #expect(live.waitForOutput(prompt), "no answer prompt: \(live.stdout)")
        live.send(F.feeFullAnswer + "\r")
        #expect(live.waitForOutput("建议评分: 4 简单"), "no suggested rating: \(live.stdout)")
        Self.waitForSingleKeys(live)
        live.send("\r")
        #expect(live.waitForOutput(prompt, count: 2), "second card not shown: \(live.stdout)")
        #expect(LiveProcess.poll(timeout: 10) { (try? pb.reviewCount()) == 1 })
        // The prompt follows the rating key, after which the terminal is back in line mode,
        // where Ctrl-C is SIGINT. The echo shows the line discipline has the typed text.
        let shown = live.screen.components(separatedBy: "利率").count - 1
        live.send("利率")
        #expect(live.waitForOutput("利率", count: shown + 1), "the typed text is not echoed: \(live.stdout)")
        live.send("\u{3}")
        #expect(live.waitForOutput("本次练习"), "Ctrl-C did not end with the summary: \(live.stdout)")
        live.closeInput()
        #expect(live.waitForExit(timeout: 10))
        #expect(try pb.query("SELECT card_id, rating, score FROM review") == [[F.fee, "4", "100"]])
        #expect(try pb.query("PRAGMA integrity_check") == [["ok"]])
    }
}
