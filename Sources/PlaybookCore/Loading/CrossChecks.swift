import Foundation

/// Checks that need every document: duplicate IDs, references, links, comparison parties
/// and review dates; then assembles the published ``Playbook``.
package struct CrossChecks {
    private(set) var documents: [ReadDocument]
    let files: [ContentFile]
    var log: DiagnosticLog
    /// The competitors comparison parties can name, once ``resolveParties()`` ran.
    private(set) var directory = PartyDirectory(documents: [])

    init(documents: [ReadDocument], files: [ContentFile], log: DiagnosticLog) {
        self.documents = documents
        self.files = files
        self.log = log
    }

    private func ids(of type: DocumentType) -> Set<String> {
        Set(documents.filter { $0.document.info.type == type }.map(\.document.info.id))
    }

    mutating func checkDuplicateIDs() {
        var seen: [String: SourceReference] = [:]
        for read in documents {
            let info = read.document.info
            let key = "\(info.type.rawValue)/\(info.id)"
            if let first = seen[key] {
                log.error(.duplicateID, at: read.idLocation,
                          "\(info.type.rawValue) ID “\(info.id)” is already used by \(first.path); rename the file or set a different `id:`")
            } else {
                seen[key] = info.source
            }
        }
        var objectionIDs: [String: SourceReference] = [:]
        for read in documents {
            guard let set = read.document as? ObjectionSet else { continue }
            for objection in set.objections {
                if let first = objectionIDs[objection.id], first != objection.source {
                    log.error(.duplicateID, at: SourceLocation(path: objection.source.path, line: objection.source.line),
                              "objection ID “\(objection.id)” is already used at \(first.path):\(first.line); objection IDs are unique across files, so add a different `{#id}`")
                } else {
                    objectionIDs[objection.id] = objection.source
                }
            }
        }
    }

    mutating func checkReferences() {
        var known: [DocumentType: Set<String>] = [:]
        for type in DocumentType.allCases { known[type] = ids(of: type) }
        for read in documents {
            // A file lists only its first unknown references (see ``DiagnosticLog``): only they
            // need the suggestion, which compares the name with every ID of its type.
            var unknown = 0
            for list in read.references {
                for (value, location) in list.entries.map({ ($0.value, $0.location) }) where !(known[list.target]?.contains(value) ?? false) {
                    unknown += 1
                    let suggestion = unknown > DiagnosticLog.perCodeLimit ? "" : closest(value, in: known[list.target] ?? [])
                        .map { " Did you mean “\($0)”?" } ?? ""
                    log.error(.unknownReference, at: location,
                              "`\(list.key)` names “\(value)”, but there is no \(list.target.rawValue) with that ID.\(suggestion) IDs are file names without .md")
                }
            }
        }
    }

    mutating func checkLinks() {
        let paths = Set(files.map(\.relativePath))
        for read in documents { CrossChecks.checkLinks(of: read, paths: paths, log: &log) }
    }

    /// Reports every link of `read` that points to no file in `paths` (content-relative).
    package static func checkLinks(of read: ReadDocument, paths: Set<String>, log: inout DiagnosticLog) {
        let folder = read.file.relativePath.split(separator: "/").dropLast().map(String.init)
        for link in read.links where ContentPath.resolve(link.destination, from: folder).map(paths.contains) != true {
            log.error(.brokenLink, at: link.location,
                      "link to “\(link.destination)” points to no file in the content folder; fix the path (it is relative to this file)")
        }
    }

    /// Turns comparison parties into competitor IDs (see ``PartyDirectory``).
    mutating func resolveParties() {
        directory = PartyDirectory(documents: documents)
        for index in documents.indices { directory.resolve(&documents[index], log: &log) }
    }

    mutating func checkReviewDates(today: CalendarDay) {
        for read in documents {
            let info = read.document.info
            guard let due = info.reviewDue, let reviewed = info.reviewed, let every = info.reviewEvery, due < today else {
                continue
            }
            let owner = info.owner.map { " (owner: \($0))" } ?? ""
            log.warning(.reviewOverdue, at: read.reviewLocation,
                        "content was reviewed \(reviewed) and was due for review on \(due) (every \(every))\(owner); review it and update `reviewed:`")
        }
    }

    /// The published playbook: drafts are checked but left out.
    func playbook(settings: PlaybookSettings) -> Playbook {
        let published = documents.map(\.document).filter { !$0.info.draft }
        return Playbook(
            settings: settings,
            products: published.compactMap { $0 as? Product },
            competitors: published.compactMap { $0 as? Competitor },
            objectionSets: published.compactMap { $0 as? ObjectionSet },
            selfAnalyses: published.compactMap { $0 as? SelfAnalysis },
            segments: published.compactMap { $0 as? Segment },
            cases: published.compactMap { $0 as? CaseStudy })
    }

    /// The known ID nearest to a misspelt one, if it is close.
    ///
    /// IDs whose length differs by more than the distance allowed cannot be close and are not
    /// compared; the comparisons of one load share a budget, so thousands of long unknown names
    /// against thousands of files cannot take hours (the budget is far above any real playbook's).
    private mutating func closest(_ value: String, in candidates: Set<String>) -> String? {
        let length = value.count, limit = max(2, length / 3)
        let near = candidates.map { ($0, $0.count) }.filter { abs($0.1 - length) <= limit }
        let cost = near.reduce(0) { $0 + $1.1 * length }
        guard cost <= suggestionBudget else { return nil }
        suggestionBudget -= cost
        let scored = near.map { ($0.0, EditDistance.between(value, $0.0)) }.filter { $0.1 <= limit }
        return scored.min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
    }

    /// Edit-distance cells the suggestions of one load may compute.
    private var suggestionBudget = 50_000_000
}

/// Resolving relative links between content files.
public enum ContentPath {
    /// `../competitors/cmb.md` seen from `["products"]` → `competitors/cmb.md`; nil if the
    /// link leaves the content folder.
    public static func resolve(_ destination: String, from folder: [String]) -> String? {
        let decoded = destination.removingPercentEncoding ?? destination
        var parts = decoded.hasPrefix("/") ? [] : folder
        for component in decoded.split(separator: "/") {
            switch component {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(component))
            }
        }
        return parts.joined(separator: "/")
    }
}

/// Levenshtein distance over characters, for "did you mean" suggestions.
enum EditDistance {
    static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
