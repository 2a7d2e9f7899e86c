import Foundation
import Testing

/// docs/cli.md `playbook progress export` and `playbook progress import`.
@Suite struct ProgressCommandTests {
    typealias F = DrillFixture

    func progress(_ pb: DrillPlaybook, _ arguments: [String], db: String) throws -> CLIRunner.Result {
        try CLIRunner.run(["progress"] + arguments + ["--content", pb.content.path, "--db", db, "--lang", "en"], in: pb.root,
                          environment: pb.environment, timeout: 30)
    }

    @Test func exportedProgressImportsIntoAnotherDatabaseOnceAndGivesTheSameStats() throws {
        let pb = try DrillPlaybook()
        defer { pb.remove() }
        #expect(try pb.drill(input: "1\n3\n4\n3\n").status == 0)
        let file = pb.root.appendingPathComponent("progress.jsonl").path
        let export = try progress(pb, ["export", "--out", file], db: pb.db)
        #expect(export.status == 0, "\(export.stderr)")
        let lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 5 && lines[0].contains(#""format":"playbook-progress""#))

        let other = pb.root.appendingPathComponent("other.sqlite").path
        let first = try progress(pb, ["import", file], db: other)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("reviews 4 added, 0 already there, 0 refused"), "\(first.stdout)")
        let second = try progress(pb, ["import", file], db: other)
        #expect(second.stdout.contains("reviews 0 added, 4 already there, 0 refused"), "\(second.stdout)")

        let stats = try CLIRunner.run(["stats", "--content", pb.content.path, "--db", other, "--now", F.now, "--json"],
                                      in: pb.root, timeout: 30)
        #expect(try JSONDecoder().decode(DrillStats.self, from: Data(stats.stdout.utf8)) == pb.stats())
    }

    @Test func anExamFromTheDrillTravelsWithItsPerCardScores() throws {
        let pb = try DrillPlaybook()
        defer { pb.remove() }
        let input = "\(F.feeFullAnswer)\n利率稳定\n不知道\n\(F.sellingPointFullAnswer)\n1\n"
        #expect(try pb.drill(["--exam", "--pass", "80"], input: input).status == 1)
        let drilled = try pb.stats().exams
        #expect(drilled.count == 1 && drilled[0].cards.count == 5)

        let exported = try progress(pb, ["export"], db: pb.db)
        let examLines = exported.stdout.split(separator: "\n").filter { $0.contains(#""type":"exam""#) }
        #expect(examLines.count == 1 && examLines[0].contains(#""card":"\#(F.fee)""#), "\(exported.stdout)")
        let file = pb.root.appendingPathComponent("exam.jsonl")
        try exported.stdout.write(to: file, atomically: true, encoding: .utf8)

        let other = pb.root.appendingPathComponent("other.sqlite").path
        let imported = try progress(pb, ["import", file.path], db: other)
        #expect(imported.stdout.contains("exams 1 added, 0 already there, 0 refused"), "\(imported.stdout)")
        let stats = try CLIRunner.run(["stats", "--content", pb.content.path, "--db", other, "--now", F.now, "--json"],
                                      in: pb.root, timeout: 30)
        #expect(try JSONDecoder().decode(DrillStats.self, from: Data(stats.stdout.utf8)).exams == drilled)
    }

    @Test func aBrokenLineIsReportedWithItsNumberAndTheRestImported() throws {
        let pb = try DrillPlaybook()
        defer { pb.remove() }
        #expect(try pb.drill(input: "3\n3\n").status == 0)
        let exported = try progress(pb, ["export"], db: pb.db)
        var lines = exported.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        lines.insert(#"{"type":"review","id":"#, at: 2)
        let file = pb.root.appendingPathComponent("broken.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)

        let other = pb.root.appendingPathComponent("other.sqlite").path
        let result = try progress(pb, ["import", file.path], db: other)
        #expect(result.status == 1)
        #expect(result.stderr.contains("broken.jsonl:3: not a JSON object"), "\(result.stderr)")
        #expect(result.stdout.contains("reviews 2 added, 0 already there, 1 refused"), "\(result.stdout)")
    }

    @Test func aFileFromAnotherPlaybookIsNamedAndStillImported() throws {
        let pb = try DrillPlaybook()
        defer { pb.remove() }
        #expect(try pb.drill(input: "3\n").status == 0)
        let exported = try progress(pb, ["export"], db: pb.db)
        let title = try #require(exported.stdout.split(separator: "\n").first.flatMap {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }?["playbook"] as? String)
        let file = pb.root.appendingPathComponent("other-playbook.jsonl")
        let renamed = exported.stdout.replacingOccurrences(of: #""playbook":"\#(title)""#, with: #""playbook":"青禾银行手册""#)
        try renamed.write(to: file, atomically: true, encoding: .utf8)

        let other = pb.root.appendingPathComponent("other.sqlite").path
        let result = try progress(pb, ["import", file.path], db: other)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("exported from the playbook “青禾银行手册”, not “\(title)”"), "\(result.stderr)")
        #expect(result.stdout.contains("reviews 1 added"), "\(result.stdout)")
        let same = try progress(pb, ["import", file.path], db: other)
        #expect(same.stdout.contains("reviews 0 added, 1 already there"), "\(same.stdout)")
    }

    @Test func aFileThatIsNotProgressImportsNothing() throws {
        let pb = try DrillPlaybook()
        defer { pb.remove() }
        let file = pb.root.appendingPathComponent("notes.jsonl")
        try "hello\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try progress(pb, ["import", file.path], db: pb.db)
        #expect(result.status == 2)
        #expect(result.stderr.contains("notes.jsonl:1: not a playbook progress file"), "\(result.stderr)")
    }
}
