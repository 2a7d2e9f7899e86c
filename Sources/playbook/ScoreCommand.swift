import ArgumentParser
import Foundation
import PlaybookCore
import PlaybookDrill

/// `playbook score`: scores a trainee's answer to an objection and shows why.
struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score a typed answer to an objection, with the evidence for each key point.",
        discussion: """
            playbook score fee-too-high "我理解您在意费用，我们一起算一笔账"
            --batch reads JSON lines on standard input, each {"objection": ID, "answer": TEXT} or
            {"keyPoints": [...], "alternatives": [[...]], "avoid": [...], "answer": TEXT}, and prints one
            JSON result per line (with --plan, the scoring plan of each line instead). Pass: at least two key points and at least half of them covered, and
            no never-say phrase.
            """)

    @OptionGroup var content: ContentOptions

    @Argument(help: ArgumentHelp("The objection's ID (`fee-too-high`, `price/fee-too-high` or its card ID).", valueName: "objection"))
    var objection: String?

    @Argument(help: "The answer to score.")
    var answer: String?

    @Flag(help: "Print the result as JSON.")
    var json = false

    @Flag(help: "Read JSON lines from standard input; print one JSON result per line.")
    var batch = false

    @Flag(help: "Print the scoring plan (each key point's words, synonyms and weights) as JSON instead.")
    var plan = false

    @Flag(help: "Print the playbook's own synonym groups (JSON) that answers are scored with, besides the bundled ones.")
    var groups = false

    func validate() throws {
        if !batch && !groups && (objection == nil || (answer == nil && !plan)) {
            throw ValidationError(Message(.scoreUsage).text(in: content.locale))
        }
    }

    func run() throws {
        let result = try content.loadWithoutErrors()
        let locale = content.locale
        if groups {
            Terminal.printOut(try ScoreCommand.encode(Language.playbookGroups(result.playbook), pretty: true))
            return
        }
        let playbookScorer = AnswerScorer(language: Language(playbook: result.playbook))
        let cards = result.playbook.cards.filter { $0.kind == .objection }
        if batch {
            try runBatch(cards: cards, scorer: playbookScorer, locale: locale)
            return
        }
        guard let objection, let card = ScoreCommand.card(objection, in: cards) else {
            let example = cards.first.map { ScoreCommand.shortID($0) } ?? "fee-too-high"
            Terminal.printFailure(Message(.scoreNoObjection, objection ?? "", example).text(in: locale), in: locale)
            throw ExitCode(2)
        }
        let scoringPlan = playbookScorer.plan(keyPoints: card.keyPoints, alternatives: card.keyPointAlternatives, avoid: card.avoid)
        if plan {
            Terminal.printOut(try ScoreCommand.encode(scoringPlan, pretty: true))
            return
        }
        let scored = playbookScorer.score(answer: answer ?? "", plan: scoringPlan)
        let report = ScoreReport(objection: card.id, answer: answer ?? "", result: scored)
        if json {
            Terminal.printOut(try ScoreCommand.encode(report, pretty: true))
        } else {
            for line in ScoreLines.lines(scored, answer: answer ?? "") { Terminal.printOut(line) }
            Terminal.printOut(Message(report.pass ? .scorePassed : .scoreFailed, "\(scored.score)"), in: locale)
        }
    }

    private func runBatch(cards: [Card], scorer: AnswerScorer, locale: PlaybookLocale) throws {
        let standard = AnswerScorer()
        let decoder = JSONDecoder()
        var number = 0
        var plans: [String: ScoringPlan] = [:]  // per card: answers to one objection come in runs
        while let line = readLine() {
            number += 1
            guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            let request: BatchRequest
            do {
                request = try decoder.decode(BatchRequest.self, from: Data(line.utf8))
            } catch {
                Terminal.printFailure(Message(.scoreBadLine, "\(number)", "\(error)").text(in: locale), in: locale)
                throw ExitCode(2)
            }
            if plan {
                Terminal.printOut(try ScoreCommand.encode(batchPlan(request, cards: cards, scorer: scorer, standard: standard,
                                                                    line: number, locale: locale), pretty: false))
                continue
            }
            let report: ScoreReport
            if let id = request.objection {
                guard let card = ScoreCommand.card(id, in: cards) else {
                    Terminal.printFailure(Message(.scoreLineNoObjection, "\(number)", id).text(in: locale), in: locale)
                    throw ExitCode(2)
                }
                let plan = plans[card.id] ?? scorer.plan(keyPoints: card.keyPoints, alternatives: card.keyPointAlternatives,
                                                         avoid: card.avoid)
                plans[card.id] = plan
                let scored = scorer.score(answer: request.answer, plan: plan)
                report = ScoreReport(objection: card.id, answer: request.answer, result: scored)
            } else {
                let scored = standard.score(answer: request.answer, keyPoints: request.keyPoints ?? [],
                                            alternatives: request.alternatives ?? [], avoid: request.avoid ?? [])
                report = ScoreReport(objection: nil, answer: request.answer, result: scored)
            }
            Terminal.printOut(try ScoreCommand.encode(report, pretty: false))
        }
    }

    /// With `--plan`: the plan a batch line would be scored against.
    private func batchPlan(_ request: BatchRequest, cards: [Card], scorer: AnswerScorer, standard: AnswerScorer,
                           line: Int, locale: PlaybookLocale) throws -> ScoringPlan {
        guard let id = request.objection else {
            return standard.plan(keyPoints: request.keyPoints ?? [], alternatives: request.alternatives ?? [],
                                 avoid: request.avoid ?? [])
        }
        guard let card = ScoreCommand.card(id, in: cards) else {
            Terminal.printFailure(Message(.scoreLineNoObjection, "\(line)", id).text(in: locale), in: locale)
            throw ExitCode(2)
        }
        return scorer.plan(keyPoints: card.keyPoints, alternatives: card.keyPointAlternatives, avoid: card.avoid)
    }

    struct BatchRequest: Decodable {
        var objection: String?
        var answer: String
        var keyPoints: [String]?
        var alternatives: [[String]]?
        var avoid: [String]?
    }

    /// The objection card with this ID, `file/ID` or card ID.
    static func card(_ id: String, in cards: [Card]) -> Card? {
        cards.first { $0.id == id } ?? cards.first { $0.id.hasSuffix("/" + id) }
    }

    static func shortID(_ card: Card) -> String { String(card.id.split(separator: "/").last ?? "") }

    static func encode<T: Encodable>(_ value: T, pretty: Bool) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

/// What `playbook score --json` prints.
struct ScoreReport: Encodable {
    var objection: String?
    var answer: String
    var score: Int
    var pass: Bool
    var covered: [Bool]
    var flagged: [String]
    var keyPoints: [KeyPointResult]
    var flags: [FlaggedPhrase]
    var answerWords: [String]

    init(objection: String?, answer: String, result: AnswerScorer.Result) {
        self.objection = objection
        self.answer = answer
        score = result.score
        pass = result.passes
        covered = result.covered
        flagged = result.flagged
        keyPoints = result.keyPoints
        flags = result.flags
        answerWords = result.answerWords
    }
}
