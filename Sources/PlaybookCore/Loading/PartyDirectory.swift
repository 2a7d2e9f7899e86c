/// Who a comparison party can name: every competitor by ID, name, alias (lower-cased) and by
/// the path of its file. Built from all documents by the cross-file checks, and kept by an
/// incremental build to resolve a re-read document's comparison the same way.
public struct PartyDirectory: Sendable, Equatable, Codable {
    /// Lower-cased ID, name or alias → competitor ID (the first competitor to claim it wins).
    private(set) var byName: [String: String] = [:]
    /// Content-relative file path → competitor ID.
    private(set) var byPath: [String: String] = [:]
    /// What front-matter references may name, by ID, name or alias.
    private(set) var references = ReferenceNames()

    init(documents: [ReadDocument]) {
        references = ReferenceNames(documents: documents)
        for read in documents {
            guard let competitor = read.document as? Competitor else { continue }
            byPath[read.file.relativePath] = competitor.id
            for key in [competitor.id, competitor.name] + competitor.aliases {
                byName[key.lowercased()] = byName[key.lowercased()] ?? competitor.id
            }
        }
    }

    /// Turns the comparison parties of `read` into competitor IDs: by link, ID, name or alias.
    /// A party that is neither 我行 nor a known competitor is left unresolved, with a warning.
    /// Front-matter references written as a name or alias become IDs too.
    package func resolve(_ read: inout ReadDocument, log: inout DiagnosticLog) {
        references.resolve(&read)
        let folder = read.file.relativePath.split(separator: "/").dropLast().map(String.init)
        // Only the warnings a file lists need a suggestion (see ``DiagnosticLog/perCodeLimit``).
        var suggestionsLeft = DiagnosticLog.perCodeLimit
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
                        suggestionsLeft -= 1
                        let suggestion = suggestionsLeft >= 0
                            ? NearestName.nearest(to: entry.party, among: references.names(of: .competitor)) : nil
                        log.warning(.unknownParty, at: location, suggestion.map {
                            Message(.unknownPartyDidYouMean, entry.party, row.dimension, $0)
                        } ?? Message(.unknownParty, entry.party, row.dimension))
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
