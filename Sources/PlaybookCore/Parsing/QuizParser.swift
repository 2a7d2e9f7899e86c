/// Reads quiz items: `问：…` with `答：…` on a following line or in a nested paragraph, or
/// nested options `[ ]` / `[x]`.
enum QuizParser {
    private static let questionPrefixes = ["问", "問", "q", "question", "题", "題"]
    private static let answerPrefixes = ["答", "a", "answer"]

    static func parse(_ blocks: [MarkdownNode], context: inout DocumentContext) -> [QuizItem] {
        var ids = IDAllocator()
        var result: [QuizItem] = []
        for block in blocks where block.kind != .list {
            if block.kind == .paragraph || block.kind == .blockQuote {
                context.log.warning(.malformedQuiz, at: context.location(block),
                                    Message(.quizStrayText))
            }
        }
        for item in ListReader.items(in: blocks) {
            if let quiz = parseItem(item, context: &context, ids: &ids) { result.append(quiz) }
        }
        return result
    }

    private static func parseItem(_ item: MarkdownNode, context: inout DocumentContext, ids: inout IDAllocator) -> QuizItem? {
        let location = context.location(item)
        guard let paragraph = item.firstChild, paragraph.kind == .paragraph else {
            context.log.error(.malformedQuiz, at: location, Message(.quizItemNoQuestion))
            return nil
        }
        let lines = textLines(of: paragraph)
        guard let questionStart = stripPrefix(lines.first ?? "", prefixes: questionPrefixes) else {
            context.log.error(.malformedQuiz, at: location,
                              Message(.quizItemNoPrefix))
            return nil
        }
        var questionLines = [questionStart]
        var answerLines: [String] = []
        var inAnswer = false
        for line in lines.dropFirst() {
            if !inAnswer, let answer = stripPrefix(line, prefixes: answerPrefixes) {
                inAnswer = true
                answerLines.append(answer)
            } else if inAnswer {
                answerLines.append(line)
            } else {
                questionLines.append(line)
            }
        }
        var choices: [QuizChoice] = []
        for block in item.children.dropFirst() {
            if block.kind == .paragraph, answerLines.isEmpty, let answer = stripPrefix(block.plainText, prefixes: answerPrefixes) {
                answerLines.append(answer)
            } else if block.kind == .list {
                for option in block.children {
                    let text = option.plainText
                    guard let (checked, label) = checkbox(text) else {
                        context.log.error(.malformedQuiz, at: context.location(option),
                                          Message(.quizOptionMalformed))
                        continue
                    }
                    choices.append(QuizChoice(text: label, correct: checked))
                }
            }
        }
        let heading = HeadingText(questionLines.joined(separator: " ").trimmingWhitespace())
        let answer = answerLines.joined(separator: "\n").trimmingWhitespace()
        if heading.title.isEmpty {
            context.log.error(.malformedQuiz, at: location, Message(.quizQuestionEmpty))
            return nil
        }
        if answer.isEmpty && choices.isEmpty {
            context.log.error(.malformedQuiz, at: location,
                              Message(.quizNoAnswer, heading.title))
            return nil
        }
        if !choices.isEmpty && !choices.contains(where: \.correct) {
            context.log.error(.malformedQuiz, at: location,
                              Message(.quizNoCorrectOption, heading.title))
            return nil
        }
        let id = heading.explicitID.map { ids.claim($0) ? $0 : ids.unique($0) }
            ?? ids.unique(Identifier.slug(heading.title, maxLength: 24))
        return QuizItem(id: id, question: heading.title, answer: answer.isEmpty ? nil : answer, choices: choices,
                        line: location.line)
    }

    /// The paragraph's text split at its line breaks.
    private static func textLines(of paragraph: MarkdownNode) -> [String] {
        var lines: [[MarkdownNode]] = [[]]
        for inline in paragraph.children {
            if inline.kind == .softBreak || inline.kind == .lineBreak {
                lines.append([])
            } else {
                lines[lines.count - 1].append(inline)
            }
        }
        return lines.map { MarkdownNode.plainText(of: $0) }
    }

    /// `问：text` → `text` (half- or full-width colon, any case).
    static func stripPrefix(_ line: String, prefixes: [String]) -> String? {
        let trimmed = line.trimmingWhitespace()
        for prefix in prefixes {
            guard trimmed.lowercased().hasPrefix(prefix) else { continue }
            let rest = trimmed.dropFirst(prefix.count).drop { $0 == " " }
            if let colon = rest.first, colon == ":" || colon == "：" {
                return rest.dropFirst().trimmingWhitespace()
            }
        }
        return nil
    }

    /// `[x] label` → (true, label); `[ ] label` → (false, label).
    static func checkbox(_ text: String) -> (Bool, String)? {
        let trimmed = text.trimmingWhitespace()
        guard trimmed.hasPrefix("["), trimmed.count >= 3 else { return nil }
        let chars = Array(trimmed.prefix(3))
        guard chars[2] == "]" else { return nil }
        let mark = chars[1]
        guard mark == " " || mark == "x" || mark == "X" || mark == "\u{3000}" else { return nil }
        return (mark == "x" || mark == "X", trimmed.dropFirst(3).trimmingWhitespace())
    }
}
