import Dispatch
import Foundation
import PlaybookCore
import PlaybookDrill
import Rainbow

/// The drill's screen: shows each card, reads the answer, and prints the summary.
final class DrillRunner {
    let session: DrillSession
    let text: DrillText
    let console: DrillConsole
    let mode: DrillMode
    let now: Int64
    let sync: SyncReport
    /// Times on screen are in this zone (the user's; tests fix it).
    let timeZone: TimeZone
    private let synonymGroups: [SynonymGroup]
    /// Built on the first typed answer: flashcard sessions never load the language data.
    private lazy var scorer = AnswerScorer(language: Language(adding: synonymGroups))
    private var interrupt: DispatchSourceSignal?
    private var passMark: Double?
    /// Exam answers so far, and what each missed, for the record and the summary.
    private let exam = ExamSheet()
    private let startedWall = Date()
    /// Runs once the session has ended, also after Ctrl-C (before the process exits): `drill --hub` pushes here.
    var afterSession: (() -> Void)?

    init(session: DrillSession, text: DrillText, console: DrillConsole, mode: DrillMode, now: Int64, sync: SyncReport,
         timeZone: TimeZone = .current, synonymGroups: [SynonymGroup] = []) {
        self.session = session
        self.timeZone = timeZone
        self.synonymGroups = synonymGroups
        self.text = text
        self.console = console
        self.mode = mode
        self.now = now
        self.sync = sync
    }

    /// What the user did with a card.
    enum Step { case answered, quit, undo, suspend }

    /// Runs the session; returns whether an exam was passed (true outside exams).
    func run(passMark: Double?) throws(DrillError) -> Bool {
        self.passMark = passMark
        installInterruptHandler()
        defer { console.leaveRawMode() }
        if !sync.changed.isEmpty { console.line("\(sync.changed.count) \(text["changedCards"])".yellow) }
        if !sync.orphaned.isEmpty { console.line("\(sync.orphaned.count) \(text["orphans"])".dim) }
        var pending = Array(session.plan.entries.reversed())
        var total = pending.count
        if pending.isEmpty { console.line(text["nothingDue"]) }
        while let entry = pending.last {
            header(index: total - pending.count, of: total, entry: entry)
            let step: Step
            if entry.card.isMultipleChoice {
                step = try askChoice(entry)
            } else if session.isExam || mode == .type {
                step = try askTyped(entry)
            } else {
                step = try askFlashcard(entry)
            }
            switch step {
            case .answered:
                pending.removeLast()
            case .quit:
                return finish()
            case .suspend:
                try session.store.suspend(entry.card.id, at: now)
                console.line(text["suspended"].yellow)
                pending.removeLast()
                total -= 1
            case .undo:
                if let previous = try session.undoLast() {
                    if session.isExam { exam.removeLast() }
                    console.line("\(text.heading("undone"))\(previous.card.front)".yellow)
                    pending.append(previous)
                } else {
                    console.line(text["nothingToUndo"].dim)
                }
            }
        }
        return finish()
    }

    private func finish() -> Bool {
        let passed = printSummary()
        recordExam(passed: passed)
        return passed
    }

    // MARK: - Cards

    private func header(index: Int, of total: Int, entry: SessionPlan.Entry) {
        let width = 20
        let filled = total == 0 ? 0 : width * index / total
        let bar = String(repeating: "■", count: filled) + String(repeating: "□", count: width - filled)
        var tags = [entry.isNew ? text["new"] : text["due"], text.label(entry.card.kind)]
        if session.isExam { tags[0] = text["exam"] }
        if entry.changed { tags.append(text["changed"]) }
        console.line("")
        console.line("\(bar) \(index + 1)/\(total) · \(tags.joined(separator: " · "))".dim)
        if !entry.card.hint.isEmpty, entry.card.kind != .objection {
            console.line("\(text.heading("hint"))\(entry.card.hint)".dim)
        }
        console.line(entry.card.front.bold)
    }

    private func showAnswer(_ card: Card) {
        console.line(text.heading("answer").cyan)
        console.line(card.back)
        if !card.keyPoints.isEmpty, card.kind == .objection {
            console.line("\(text.heading("keyPoints"))\(card.keyPoints.joined(separator: " / "))".cyan)
        }
        if !card.avoid.isEmpty { console.line("\(text.heading("avoid"))\(card.avoid.joined(separator: " / "))".red) }
    }

    /// Flashcard: reveal, then rate 1–4.
    private func askFlashcard(_ entry: SessionPlan.Entry) throws(DrillError) -> Step {
        let started = Date()
        if console.interactive {
            console.line(text["reveal"].dim)
            guard let key = console.readKey() else { return .quit }
            switch key {
            case "\u{3}", "q", "Q": return .quit
            case "u", "U": return .undo
            case "s", "S": return .suspend
            default: break
            }
        }
        showAnswer(entry.card)
        let choice = readRating(suggested: nil)
        guard case .rate(let rating, let thenQuit) = choice else { return choice.step }
        try rate(entry, rating, mode: "flashcard", score: nil, started: started)
        return thenQuit ? .quit : .answered
    }

    /// Typed answer: scored by key points; the user accepts or changes the suggested rating.
    private func askTyped(_ entry: SessionPlan.Entry) throws(DrillError) -> Step {
        let started = Date()
        console.line(text["typeAnswer"].dim)
        guard let answer = console.readLine() else { return .quit }
        if let command = Self.command(answer) { return command }
        let card = entry.card
        let points = card.keyPoints.isEmpty ? [card.back] : card.keyPoints
        let result = scorer.score(answer: answer, keyPoints: points, alternatives: card.keyPointAlternatives, avoid: card.avoid)
        for point in result.keyPoints {
            let words = point.evidence.map(ScoreLines.describe).joined(separator: "  ")
            if point.covered {
                console.line("  ✓ \(point.keyPoint)".green + (words.isEmpty ? "" : "  \(words)".dim))
            } else {
                console.line("  ✗ \(point.keyPoint) (\(text["missed"]))".red + (words.isEmpty ? "" : "  \(words)".dim))
            }
        }
        for flag in result.flags {
            console.line("  ⚠ \(text.heading("flagged"))\(flag.phrase)".red.bold + "  “\(flag.stretch)”".red)
        }
        console.line("\(text.heading("score"))\(text.score(Double(result.score)))".bold)
        showAnswer(card)
        let missed = result.keyPoints.filter { !$0.covered }.map(\.keyPoint)
        return try settle(entry, suggested: AnswerScorer.suggestedRating(for: result), mode: "type", score: result.score,
                          missed: missed, started: started)
    }

    /// Exams take the suggested rating; otherwise the user accepts or changes it.
    private func settle(_ entry: SessionPlan.Entry, suggested: Rating, mode: String, score: Int, missed: [String],
                        started: Date) throws(DrillError) -> Step {
        if session.isExam || (mode == "choice" && !console.interactive) {
            try rate(entry, suggested, mode: mode, score: score, started: started)
            if session.isExam { exam.add(card: entry.card, score: Double(score), missed: missed) }
            return .answered
        }
        let choice = readRating(suggested: suggested)
        guard case .rate(let rating, let thenQuit) = choice else { return choice.step }
        try rate(entry, rating, mode: mode, score: score, started: started)
        return thenQuit ? .quit : .answered
    }

    /// Stores the answer and says when the card comes back.
    private func rate(_ entry: SessionPlan.Entry, _ rating: Rating, mode: String, score: Int?, started: Date) throws(DrillError) {
        let after = try session.answer(entry, rating: rating, mode: mode, score: score, at: now,
                                       durationMilliseconds: elapsed(since: started))
        if !session.isExam { console.line("\(text.heading("comesBack"))\(text.comesBack(after: after.due - now))".dim) }
    }

    /// `q`, `u` or `s` typed alone as an answer line: quit, undo, suspend.
    static func command(_ line: String) -> Step? {
        switch line.trimmingCharacters(in: .whitespaces).lowercased() {
        case "q": .quit
        case "u": .undo
        case "s": .suspend
        default: nil
        }
    }

    /// Multiple choice: the option's number (several as `1,3`); right scores 100, wrong 0.
    private func askChoice(_ entry: SessionPlan.Entry) throws(DrillError) -> Step {
        let started = Date()
        let card = entry.card
        for (number, choice) in card.choices.enumerated() { console.line("  \(number + 1). \(choice)") }
        console.line(text["chooseAnswer"].dim)
        guard let line = console.readLine() else { return .quit }
        if let command = Self.command(line) { return command }
        let picked = Set(line.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }.map { $0 - 1 })
        let correct = picked == Set(card.answers)
        let names = card.answers.map { "\($0 + 1). \(card.choices[$0])" }.joined(separator: "；")
        console.line(correct ? "✓ \(text["correctChoice"])".green : "✗ \(text.heading("wrongChoice"))\(names)".red)
        return try settle(entry, suggested: correct ? .good : .again, mode: "choice", score: correct ? 100 : 0,
                          missed: correct ? [] : [names], started: started)
    }

    /// What the rating prompt read.
    enum RatingChoice {
        /// A rating; `thenQuit` when Ctrl-C accepted the suggestion.
        case rate(Rating, thenQuit: Bool)
        case quit, undo, suspend

        var step: Step {
            switch self {
            case .rate: .answered
            case .quit: .quit
            case .undo: .undo
            case .suspend: .suspend
            }
        }
    }

    /// Reads 1–4 (Enter accepts the suggestion), or q, u, s. Ctrl-C keeps a suggested rating
    /// and ends the session; end of input ends it too.
    private func readRating(suggested: Rating?) -> RatingChoice {
        let labels = Rating.allCases.map { "\($0.rawValue) \(text.label($0))" }.joined(separator: " · ")
        if let suggested {
            console.line("\(text.heading("suggested"))\(suggested.rawValue) \(text.label(suggested)) — \(text["acceptOrChange"])".yellow)
            // Without a terminal the suggestion is taken: one line was read for the card already.
            if !console.interactive { return .rate(suggested, thenQuit: false) }
        } else {
            console.line("\(labels) · \(text["controls"])".dim)
        }
        while true {
            guard let key = console.readKey() else { return .quit }
            switch key {
            case "\u{3}": return suggested.map { .rate($0, thenQuit: true) } ?? .quit
            case "q", "Q": return .quit
            case "u", "U": return .undo
            case "s", "S": return .suspend
            case "\r", "\n", " ": if let suggested { return .rate(suggested, thenQuit: false) }
            default: if let value = key.wholeNumberValue, let rating = Rating(rawValue: value) { return .rate(rating, thenQuit: false) }
            }
            if !console.interactive { console.line("1–4?") }
        }
    }

    private func elapsed(since start: Date) -> Int { Int(Date().timeIntervalSince(start) * 1000) }

    // MARK: - Summary and Ctrl-C

    /// Prints the summary; returns whether an exam was passed (true outside exams).
    @discardableResult
    private func printSummary() -> Bool {
        let summary = session.summary
        console.line("")
        var parts = ["\(text["reviewed"]) \(summary.reviewed)", "\(text["correct"]) \(summary.correct)"]
        if let mean = summary.meanScore { parts.append("\(text["meanScore"]) \(text.score(mean))") }
        console.line("\(text.heading(session.isExam ? "examResult" : "summary"))\(parts.joined(separator: " · "))".bold)
        if !session.isExam, let due = nextDue() {
            console.line("\(text.heading("nextDue"))\(DrillClock.format(due, in: timeZone))")
        }
        guard let passMark else { return true }
        let missed = exam.missedCards
        if !missed.isEmpty {
            console.line(text.heading("missedCards").red)
            for card in missed {
                console.line("  ✗ \(card.front)  \(text.score(card.score))".red)
                if !card.missed.isEmpty { console.line("    \(text.heading("lacked"))\(card.missed.joined(separator: " / "))".dim) }
            }
        }
        let score = summary.meanScore ?? 0
        let total = session.plan.entries.count
        let finished = summary.reviewed == total
        let passed = score >= passMark && finished
        let verdict = passed ? text["passed"].green.bold : text["failed"].red.bold
        let unfinished = finished ? "" : " — \(summary.reviewed)/\(total) \(text["answeredOnly"])"
        console.line("\(verdict) \(text.score(score)) (\(text["passMark"]) \(text.score(passMark)))\(unfinished)")
        return passed
    }

    /// Stores the exam attempt (an unfinished one too: it failed).
    private func recordExam(passed: Bool) {
        guard session.isExam, let passMark else { return }
        let finishedAt = now + Int64(Date().timeIntervalSince(startedWall).rounded())
        let record = ExamRecord(startedAt: now, finishedAt: finishedAt, pass: passMark, score: session.summary.meanScore ?? 0,
                                passed: passed, cards: exam.scores)
        do {
            try session.store.recordExam(record)
        } catch {
            console.line(error.text.text(in: text.locale).red)
        }
    }

    private func nextDue() -> Int64? {
        let stored = (try? session.store.storedCards()) ?? [:]
        return stored.values.filter { $0.orphanedAt == nil && $0.scheduling.due > now }.map(\.scheduling.due).min()
    }

    /// Ctrl-C while a line is being typed: every answer is already saved, so print the
    /// summary (recording an exam attempt) and leave.
    private func installInterruptHandler() {
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { [weak self] in
            guard let self else { exit(130) }
            self.console.leaveRawMode()
            self.console.line("")
            self.console.line(self.text["interrupted"])
            _ = self.finish()
            self.afterSession?()
            exit(130)
        }
        source.resume()
        interrupt = source
    }
}
