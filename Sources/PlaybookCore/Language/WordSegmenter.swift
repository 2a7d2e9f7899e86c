import Foundation

/// Splits folded text into words: dictionary segmentation as jieba does it (every dictionary
/// word starting at each character forms a graph; the route with the highest product of word
/// probabilities wins), with runs of ASCII letters and digits kept as one word.
public struct WordSegmenter: Sendable {
    public private(set) var lexicon: Lexicon
    /// Words longer than this are not looked up (the dictionary's idioms are shorter).
    public var maximumWordLength = 12

    public init(lexicon: Lexicon = .standard) {
        self.lexicon = lexicon
    }

    /// Adds words (already folded) the segmenter must keep whole.
    public mutating func add<S: Sequence>(words: S) where S.Element == String {
        for word in words where !word.isEmpty && !word.contains(" ") {
            lexicon.add(word)
        }
    }

    /// The words of folded text, in order; spaces are not words.
    public func segment(_ folded: String) -> [Token] {
        segment(Array(folded))
    }

    /// The words of folded characters, in order.
    public func segment(_ characters: [Character]) -> [Token] {
        var tokens: [Token] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character.isWhitespace {
                index += 1
                continue
            }
            let kind = WordSegmenter.kind(of: character)
            var end = index + 1
            while end < characters.count, WordSegmenter.kind(of: characters[end]) == kind, !characters[end].isWhitespace {
                end += 1
            }
            if kind == .han {
                tokens += route(characters, from: index, to: end)
            } else {
                tokens.append(Token(text: String(characters[index..<end]), range: index..<end))
            }
            index = end
        }
        return tokens
    }

    private enum Kind { case han, latin, other }

    private static func kind(of character: Character) -> Kind {
        if character.isASCII { return character.isLetter || character.isNumber ? .latin : .other }
        guard let scalar = character.unicodeScalars.first else { return .other }
        if scalar.properties.isIdeographic { return .han }
        return scalar.properties.isAlphabetic ? .latin : .other
    }

    /// The best route through `characters[start..<end]`, right to left as jieba computes it.
    private func route(_ characters: [Character], from start: Int, to end: Int) -> [Token] {
        let count = end - start
        let logTotal = log(Double(lexicon.total))
        let longest = min(maximumWordLength, lexicon.longestWord)
        var best = Array(repeating: 0.0, count: count + 1)
        var next = Array(repeating: 0, count: count + 1)
        for i in stride(from: count - 1, through: 0, by: -1) {
            var bestScore = -Double.infinity
            var bestEnd = i + 1
            var word = ""
            for j in i..<min(count, i + longest) {
                word.append(characters[start + j])
                let frequency = lexicon.frequency(of: word)
                guard frequency != nil || j == i else { continue }
                let score = log(Double(max(frequency ?? 1, 1))) - logTotal + best[j + 1]
                if score > bestScore {
                    bestScore = score
                    bestEnd = j + 1
                }
            }
            best[i] = bestScore
            next[i] = bestEnd
        }
        var tokens: [Token] = []
        var i = 0
        while i < count {
            let j = next[i]
            tokens.append(Token(text: String(characters[(start + i)..<(start + j)]), range: (start + i)..<(start + j)))
            i = j
        }
        return tokens
    }
}
