/// JSON text with some values set apart as shared: a shard's script defines each shared value
/// once, in a table, and refers to it wherever it comes back (``PracticeScripts/shard(_:cards:)``).
/// A value used once stays where it is.
struct SharedJSON: Sendable, Equatable {
    enum Piece: Sendable, Equatable {
        case text(String)
        /// A JSON value that other cards may hold too.
        case shared(String)
    }

    private(set) var pieces: [Piece] = []

    init(_ text: String = "") {
        if !text.isEmpty { pieces = [.text(text)] }
    }

    mutating func append(_ text: String) {
        if case .text(let last)? = pieces.last {
            pieces[pieces.count - 1] = .text(last + text)
        } else {
            pieces.append(.text(text))
        }
    }

    mutating func append(shared json: String) { pieces.append(.shared(json)) }

    mutating func append(_ other: SharedJSON) {
        for piece in other.pieces {
            switch piece {
            case .text(let text): append(text)
            case .shared(let json): append(shared: json)
            }
        }
    }

    /// The shared values, in order of use.
    var shared: [String] {
        pieces.compactMap { if case .shared(let json) = $0 { return json } else { return nil } }
    }

    /// Bytes of the text besides the shared values.
    var textBytes: Int {
        pieces.reduce(0) { total, piece in if case .text(let text) = piece { return total + text.utf8.count } else { return total } }
    }

    /// The text with each shared value written out.
    var inlined: String { written { $0 } }

    /// The text with each shared value replaced by what `reference` gives for it.
    func written(_ reference: (String) -> String) -> String {
        pieces.map { piece -> String in
            switch piece {
            case .text(let text): return text
            case .shared(let json): return reference(json)
            }
        }.joined()
    }
}
