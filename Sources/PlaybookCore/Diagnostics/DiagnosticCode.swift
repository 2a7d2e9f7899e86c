/// The stable code of each kind of diagnostic, shown in brackets after the message.
public enum DiagnosticCode: String, Sendable, Codable, Hashable, CaseIterable {
    // Errors
    case unreadableFile = "unreadable-file"
    case invalidUTF8 = "invalid-utf8"
    case fileTooLarge = "file-too-large"
    case invalidFrontMatter = "invalid-front-matter"
    case unclosedFrontMatter = "unclosed-front-matter"
    case invalidField = "invalid-field"
    case unknownType = "unknown-type"
    case missingField = "missing-field"
    case missingSection = "missing-section"
    case missingPlaybook = "missing-playbook"
    case duplicateID = "duplicate-id"
    case unknownReference = "unknown-reference"
    case brokenLink = "broken-link"
    case unsafeID = "unsafe-id"
    case malformedQuiz = "malformed-quiz"
    // Warnings
    case unknownField = "unknown-field"
    case unknownSection = "unknown-section"
    case emptySection = "empty-section"
    case pipeTable = "pipe-table"
    case unknownParty = "unknown-party"
    case noKeyPoints = "no-key-points"
    case rawHTML = "raw-html"
    case reviewOverdue = "review-overdue"
    case skippedLink = "skipped-symlink"
    case emptyDocument = "empty-document"
    /// A key point's `（也可说：…）` holds an empty alternative or repeats the point.
    case emptyAlternative = "empty-alternative"
    /// A `synonyms:` group of fewer than two different words.
    case smallSynonymGroup = "small-synonym-group"
    /// A word written twice in one `synonyms:` group.
    case duplicateSynonym = "duplicate-synonym"
    // Either: the severity of the diagnostics it stands for
    /// More diagnostics of one kind in one file than are listed (see ``DiagnosticLog``).
    case tooManyDiagnostics = "too-many-diagnostics"
}
