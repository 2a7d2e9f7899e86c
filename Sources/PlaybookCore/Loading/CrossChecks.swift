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
                          Message(.duplicateDocumentID, info.type.rawValue, info.id, first.path))
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
                              Message(.duplicateObjectionIDAcross, objection.id, "\(first.path):\(first.line)"))
                } else {
                    objectionIDs[objection.id] = objection.source
                }
            }
        }
    }

    /// Resolves references written as a name or alias (see ``ReferenceNames``), then reports
    /// those that name nothing, with the closest ID, name or alias.
    mutating func checkReferences() {
        directory = PartyDirectory(documents: documents)
        let names = directory.references
        for index in documents.indices { names.resolve(&documents[index]) }
        var known: [DocumentType: Set<String>] = [:]
        for type in DocumentType.allCases { known[type] = ids(of: type) }
        for read in documents {
            // A file lists only its first unknown references (see ``DiagnosticLog``): only they
            // need the suggestion, which compares the name with every name of its type.
            var unknown = 0
            for list in read.references {
                for (value, location) in list.entries.map({ ($0.value, $0.location) }) where !(known[list.target]?.contains(value) ?? false) {
                    unknown += 1
                    let target = list.target.rawValue
                    let suggestion = unknown > DiagnosticLog.perCodeLimit ? nil : closest(value, in: names.names(of: list.target))
                    log.error(.unknownReference, at: location, suggestion.map {
                        Message(.unknownReferenceDidYouMean, list.key, value, target, $0)
                    } ?? Message(.unknownReference, list.key, value, target))
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
                      Message(.brokenLink, link.destination))
        }
    }

    /// Turns comparison parties into competitor IDs (see ``PartyDirectory``).
    mutating func resolveParties() {
        for index in documents.indices { directory.resolve(&documents[index], log: &log) }
    }

    mutating func checkReviewDates(today: CalendarDay) {
        for read in documents {
            let info = read.document.info
            guard let due = info.reviewDue, let reviewed = info.reviewed, let every = info.reviewEvery, due < today else {
                continue
            }
            log.warning(.reviewOverdue, at: read.reviewLocation, info.owner.map {
                Message(.reviewOverdueOwned, "\(reviewed)", "\(due)", "\(every)", $0)
            } ?? Message(.reviewOverdue, "\(reviewed)", "\(due)", "\(every)"))
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
    private mutating func closest(_ value: String, in candidates: [String]) -> String? {
        let length = value.count, limit = max(2, NearestName.allowedEdits(forLength: length))
        let near = candidates.map { ($0, $0.count) }.filter { abs($0.1 - length) <= limit }
        let cost = near.reduce(0) { $0 + $1.1 * length }
        guard cost <= suggestionBudget else { return nil }
        suggestionBudget -= cost
        let pinyin = PinyinTable.standard, key = value.lowercased()
        let scored = near.map { ($0.0, EditDistance.halfEdits(key, $0.0.lowercased(), soundAlike: pinyin.soundAlike)) }
            .filter { $0.1 <= 2 * limit }
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
