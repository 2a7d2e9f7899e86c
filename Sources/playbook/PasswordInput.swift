import Foundation
import PlaybookCore
import PlaybookHub

/// A new password from standard input, never from the command line (where `ps` and shell history
/// would show it): typed twice without echo on a terminal, or the first line of a pipe.
enum PasswordInput {
    /// Why no password was read.
    enum Failure: Error {
        case missing
        case mismatch
    }

    /// The password for `name`; prompts go to standard error in `locale`.
    static func read(for name: String, in locale: PlaybookLocale) throws(Failure) -> String {
        guard isatty(STDIN_FILENO) == 1 else {
            guard let line = readLine(strippingNewline: true), !line.isEmpty else { throw .missing }
            return line.hasSuffix("\r") ? String(line.dropLast()) : line
        }
        let prompt = Message(.hubPasswordPrompt, name, "\(HubStore.minimumPasswordLength)").text(in: locale)
        guard let first = silentLine(prompt: prompt), !first.isEmpty else { throw .missing }
        guard let second = silentLine(prompt: Message(.hubPasswordRepeat).text(in: locale)) else { throw .missing }
        guard first == second else { throw .mismatch }
        return first
    }

    /// The failure in `locale`.
    static func message(_ failure: Failure) -> Message {
        switch failure {
        case .missing: Message(.hubPasswordMissing)
        case .mismatch: Message(.hubPasswordMismatch)
        }
    }

    /// One line read from the terminal with echo off (restored afterwards, also when input ends).
    private static func silentLine(prompt: String) -> String? {
        FileHandle.standardError.write(Data(prompt.utf8))
        var saved = termios()
        tcgetattr(STDIN_FILENO, &saved)
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet)
        defer {
            tcsetattr(STDIN_FILENO, TCSANOW, &saved)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        return readLine(strippingNewline: true)
    }
}
