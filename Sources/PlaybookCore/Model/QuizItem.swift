/// A self-check question: written (`问：… 答：…`) or multiple choice (`[ ]` / `[x]` options).
public struct QuizItem: Sendable, Hashable, Codable {
    public var id: String
    public var question: String
    /// The model answer of a written question.
    public var answer: String?
    public var choices: [QuizChoice]
    public var line: Int

    public init(id: String, question: String, answer: String?, choices: [QuizChoice], line: Int) {
        self.id = id
        self.question = question
        self.answer = answer
        self.choices = choices
        self.line = line
    }

    public var isMultipleChoice: Bool { !choices.isEmpty }
}

/// One option of a multiple-choice question.
public struct QuizChoice: Sendable, Hashable, Codable {
    public var text: String
    public var correct: Bool

    public init(text: String, correct: Bool) {
        self.text = text
        self.correct = correct
    }
}
