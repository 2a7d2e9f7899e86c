import PlaybookDrill

/// The lines that show a scored answer: per key point ✓ or ✗ with the words that matched and
/// how, then each never-say phrase found with the stretch that says it.
enum ScoreLines {
    static func lines(_ result: AnswerScorer.Result, answer: String) -> [String] {
        var lines: [String] = []
        for point in result.keyPoints {
            let via = point.alternative.map { " [\($0)]" } ?? ""
            let words = point.evidence.map(describe).joined(separator: "  ")
            lines.append("  \(point.covered ? "✓" : "✗") \(point.keyPoint)\(via)" + (words.isEmpty ? "" : "  — \(words)"))
        }
        for flag in result.flags {
            let words = flag.words.map(describe).joined(separator: "  ")
            lines.append("  ⚠ \(flag.phrase)  — \(flag.kind.rawValue): “\(flag.stretch)”" + (words.isEmpty ? "" : "  — \(words)"))
        }
        return lines
    }

    static func describe(_ evidence: MatchEvidence) -> String {
        switch evidence.kind {
        case .exact: return evidence.keyPointWord
        case .synonym: return "\(evidence.answerWord)≈\(evidence.keyPointWord)"
        case .alternative: return "“\(evidence.answerWord)”"
        case .bigram: return "\(evidence.answerWord)…\(evidence.keyPointWord)"
        case .pinyin: return "\(evidence.answerWord)→\(evidence.keyPointWord)"
        case .number: return "\(evidence.answerWord)=\(evidence.keyPointWord)"
        case .stem: return "\(evidence.answerWord)~\(evidence.keyPointWord)"
        }
    }
}
