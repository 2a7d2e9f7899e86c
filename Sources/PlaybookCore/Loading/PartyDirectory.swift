/// Who a comparison party can name: every competitor by ID, name, alias (lower-cased) and by
/// the path of its file. Built from all documents by the cross-file checks, and kept by an
/// incremental build to resolve a re-read document's comparison the same way.
public struct PartyDirectory: Sendable, Equatable, Codable {
    /// Lower-cased ID, name or alias → competitor ID (the first competitor to claim it wins).
    private(set) var byName: [String: String] = [:]
    /// Content-relative file path → competitor ID.
    private(set) var byPath: [String: String] = [:]

    init(documents: [ReadDocument]) {
        for read in documents {
            guard let competitor = read.document as? Competitor else { continue }
            byPath[read.file.relativePath] = competitor.id
            for key in [competitor.id, competitor.name] + competitor.aliases {
                byName[key.lowercased()] = byName[key.lowercased()] ?? competitor.id
            }
        }
    }

    private init(byName: [String: String], byPath: [String: String]) {
        self.byName = byName
        self.byPath = byPath
    }

    /// Turns the comparison parties of `read` into competitor IDs: by link, ID, name or alias.
    /// A party that is neither 我行 nor a known competitor is left unresolved, with a warning.
    package func resolve(_ read: inout ReadDocument, log: inout DiagnosticLog) {
        let folder = read.file.relativePath.split(separator: "/").dropLast().map(String.init)
        func resolve(_ rows: [ComparisonRow]) -> [ComparisonRow] {
            rows.map { row in
                var row = row
                row.entries = row.entries.map { entry in
                    var entry = entry
                    guard !entry.isUs, entry.competitor == nil else { return entry }
                    if let link = entry.partyLink, let path = ContentPath.resolve(link, from: folder) {
                        entry.competitor = byPath[path]
                    }
                    entry.competitor = entry.competitor ?? byName[entry.party.lowercased()]
                    if entry.competitor == nil, let location = entry.partyLocation {
                        log.warning(.unknownParty, at: location,
                                    "“\(entry.party)” in comparison “\(row.dimension)” is neither 我行 nor a known competitor; use a competitor's ID, name or alias, or add it to `aliases`")
                    }
                    return entry
                }
                return row
            }
        }
        if var product = read.document as? Product {
            product.comparison = resolve(product.comparison)
            read.document = product
        } else if var competitor = read.document as? Competitor {
            competitor.comparison = resolve(competitor.comparison)
            read.document = competitor
        }
    }
}
