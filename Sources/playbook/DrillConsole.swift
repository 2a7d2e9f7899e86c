import Foundation
@preconcurrency import Rainbow

/// Terminal input and output for the drill: single-key answers and colours on a real
/// terminal; one line per answer, no colours, when input or output is not a terminal.
final class DrillConsole {
    /// Both standard input and output are terminals.
    let interactive: Bool
    private var saved = termios()
    private var raw = false

    init(plain: Bool) {
        interactive = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        let colours = interactive && !plain && !noColor
        // Rainbow's switch is a global; it is set once, before any output, on the main thread.
        Rainbow.enabled = colours
    }

    deinit { leaveRawMode() }

    func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    func line(_ text: String = "") { write(text + "\n") }

    /// Reads one line (without its end); nil at end of input.
    func readLine() -> String? {
        leaveRawMode()
        return Swift.readLine(strippingNewline: true)
    }

    /// One key on a terminal (Ctrl-C arrives as 0x03), or the first character of a line.
    /// Returns nil at end of input.
    func readKey() -> Character? {
        guard interactive else {
            return readLine().map { $0.trimmingCharacters(in: .whitespaces).first ?? "\n" }
        }
        enterRawMode()
        var byte: UInt8 = 0
        let count = read(STDIN_FILENO, &byte, 1)
        leaveRawMode()
        guard count == 1 else { return nil }
        return Character(Unicode.Scalar(byte))
    }

    private func enterRawMode() {
        guard interactive, !raw else { return }
        tcgetattr(STDIN_FILENO, &saved)
        var settings = saved
        // No line buffering, no echo, and Ctrl-C as a key so the session can end cleanly.
        settings.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG)
        tcsetattr(STDIN_FILENO, TCSANOW, &settings)
        raw = true
    }

    func leaveRawMode() {
        guard raw else { return }
        tcsetattr(STDIN_FILENO, TCSANOW, &saved)
        raw = false
    }
}
