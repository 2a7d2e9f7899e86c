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
    private let synonymGroups: [SynonymGroup]
    /// Built on the first typed answer: flashcard sessions never load the language data.
    private lazy var scorer = AnswerScorer(language: Language(adding: synonymGroups))
    private var interrupt: DispatchSourceSignal?

    init(session: DrillSession, text: DrillText, console: DrillConsole, mode: DrillMode, now: Int64, sync: SyncReport,
         synonymGroups: [SynonymGroup] = []) {
        self.session = session
        self.synonymGroups = synonymGroups
        self.text = text
        self.console = console
        self.mode = mode
        self.now = now
        self.sync = sync
    }

    /// Runs the session; returns whether an exam was passed (true outside exams).
    func run(passMark: Double?) throws(DrillError) -> Bool {
        installInterruptHandler()
        defer { console.leaveRawMode() }
        if !sync.changed.isEmpty { console.line("\(sync.changed.count) \(text["changedCards"])".yellow) }
        if !sync.orphaned.isEmpty { console.line("\(sync.orphaned.count) \(text["orphans"])".dim) }
        let entries = session.plan.entries
        if entries.isEmpty { console.line(text["nothingDue"]) }
        for (index, entry) in entries.enumerated() {
            header(index: index, of: entries.count, entry: entry)
            let keepGoing: Bool
            if entry.card.isMultipleChoice {
                keepGoing = try askChoice(entry)
            } else if session.isExam || mode == .type {
                keepGoing = try askTyped(entry)
            } else {
                keepGoing = try askFlashcard(entry)
            }
            if !keepGoing { break }
        }
        return printSummary(passMark: passMark)
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

    /// Flashcard: reveal, then rate 1–4. Returns false when the user stops.
    private func askFlashcard(_ entry: SessionPlan.Entry) throws(DrillError) -> Bool {
        let started = Date()
        if console.interactive {
            console.line(text["reveal"].dim)
            guard let key = console.readKey(), key != "\u{3}" else { return false }
        }
        showAnswer(entry.card)
        guard let rating = readRating(suggested: nil) else { return false }
        try session.answer(entry, rating: rating, mode: "flashcard", score: nil, at: now, durationMilliseconds: elapsed(since: started))
        return true
    }

    /// Typed answer: scored by key points; the user accepts or changes the suggested rating.
    private func askTyped(_ entry: SessionPlan.Entry) throws(DrillError) -> Bool {
        let started = Date()
        console.line(text["typeAnswer"].dim)
        guard let answer = console.readLine() else { return false }
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
        console.line("\(text.heading("score"))\(result.score)".bold)
        showAnswer(card)
        let suggested = AnswerScorer.suggestedRating(for: result)
        let rating: Rating
        if session.isExam {
            rating = suggested
        } else {
            guard let chosen = readRating(suggested: suggested) else { return false }
            rating = chosen
        }
        try session.answer(entry, rating: rating, mode: "type", score: result.score, at: now, durationMilliseconds: elapsed(since: started))
        return true
    }

    /// Multiple choice: the option's number (several as `1,3`); right scores 100, wrong 0.
    private func askChoice(_ entry: SessionPlan.Entry) throws(DrillError) -> Bool {
        let started = Date()
        let card = entry.card
        for (number, choice) in card.choices.enumerated() { console.line("  \(number + 1). \(choice)") }
        console.line(text["chooseAnswer"].dim)
        guard let line = console.readLine() else { return false }
        let picked = Set(line.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }.map { $0 - 1 })
        let correct = picked == Set(card.answers)
        let names = card.answers.map { "\($0 + 1). \(card.choices[$0])" }.joined(separator: "；")
        console.line(correct ? "✓ \(text["correctChoice"])".green : "✗ \(text.heading("wrongChoice"))\(names)".red)
        let suggested: Rating = correct ? .good : .again
        let rating: Rating
        if session.isExam || !console.interactive {
            rating = suggested
        } else {
            guard let chosen = readRating(suggested: suggested) else { return false }
            rating = chosen
        }
        try session.answer(entry, rating: rating, mode: "choice", score: correct ? 100 : 0, at: now,
                           durationMilliseconds: elapsed(since: started))
        return true
    }

    /// Reads 1–4 (Enter accepts the suggestion). nil when the user stops (Ctrl-C, q, end of input).
    private func readRating(suggested: Rating?) -> Rating? {
        let labels = Rating.allCases.map { "\($0.rawValue) \(text.label($0))" }.joined(separator: " · ")
        if let suggested {
            console.line("\(text.heading("suggested"))\(suggested.rawValue) \(text.label(suggested)) — \(text["acceptOrChange"])".yellow)
            // Without a terminal the suggestion is taken: one line was read for the card already.
            if !console.interactive { return suggested }
        } else {
            console.line(labels.dim)
        }
        while true {
            guard let key = console.readKey() else { return nil }
            switch key {
            case "\u{3}", "q", "Q": return nil
            case "\r", "\n", " ": if let suggested { return suggested }
            default: if let value = key.wholeNumberValue, let rating = Rating(rawValue: value) { return rating }
            }
            if !console.interactive { console.line("1–4?") }
        }
    }

    private func elapsed(since start: Date) -> Int { Int(Date().timeIntervalSince(start) * 1000) }

    // MARK: - Summary and Ctrl-C

    @discardableResult
    private func printSummary(passMark: Double?) -> Bool {
        let summary = session.summary
        console.line("")
        var parts = ["\(text["reviewed"]) \(summary.reviewed)", "\(text["correct"]) \(summary.correct)"]
        if let mean = summary.meanScore { parts.append("\(text["meanScore"]) \(Int(mean.rounded()))") }
        console.line("\(text.heading(session.isExam ? "examResult" : "summary"))\(parts.joined(separator: " · "))".bold)
        if !session.isExam, let due = nextDue() { console.line("\(text.heading("nextDue"))\(DrillClock.format(due))") }
        guard let passMark else { return true }
        let score = summary.meanScore ?? 0
        let total = session.plan.entries.count
        let finished = summary.reviewed == total
        let passed = score >= passMark && finished
        let verdict = passed ? text["passed"].green.bold : text["failed"].red.bold
        let unfinished = finished ? "" : " — \(summary.reviewed)/\(total) \(text["answeredOnly"])"
        console.line("\(verdict) \(String(format: "%.1f", score)) / 100 (\(text["passMark"]) \(Int(passMark)))\(unfinished)")
        return passed
    }

    private func nextDue() -> Int64? {
        let stored = (try? session.store.storedCards()) ?? [:]
        return stored.values.filter { $0.orphanedAt == nil && $0.scheduling.due > now }.map(\.scheduling.due).min()
    }

    /// Ctrl-C while a line is being typed: every answer is already saved, so print the
    /// summary and leave.
    private func installInterruptHandler() {
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { [weak self] in
            guard let self else { exit(130) }
            self.console.leaveRawMode()
            self.console.line("")
            self.console.line(self.text["interrupted"])
            self.printSummary(passMark: nil)
            exit(130)
        }
        source.resume()
        interrupt = source
    }
}
