/// JSON text with some values set apart as shared: a shard's script defines each shared value
/// once, in a table, and refers to it wherever it comes back (``PracticeScripts/shard(_:cards:)``).
/// A value used once stays where it is.
struct SharedJSON: Sendable, Equatable {
    enum Piece: Sendable, Equatable {
        case text(String)
        /// A JSON value that other cards may hold too, and a short key that names it (equal keys, equal values).
        case shared(key: String, json: String)
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

    mutating func append(shared json: String, key: String) { pieces.append(.shared(key: key, json: json)) }

    mutating func append(_ other: SharedJSON) {
        for piece in other.pieces {
            switch piece {
            case .text(let text): append(text)
            case .shared(let key, let json): append(shared: json, key: key)
            }
        }
    }

    /// The shared values, in order of use.
    var shared: [(key: String, json: String)] {
        pieces.compactMap { if case .shared(let key, let json) = $0 { return (key, json) } else { return nil } }
    }

    /// Bytes of the text besides the shared values.
    var textBytes: Int {
        pieces.reduce(0) { total, piece in if case .text(let text) = piece { return total + text.utf8.count } else { return total } }
    }

    /// The text with each shared value written out.
    var inlined: String { written { $1 } }

    /// The text with each shared value replaced by what `reference` gives for it (its key and value).
    func written(_ reference: (String, String) -> String) -> String {
        pieces.map { piece -> String in
            switch piece {
            case .text(let text): return text
            case .shared(let key, let json): return reference(key, json)
            }
        }.joined()
    }
}
