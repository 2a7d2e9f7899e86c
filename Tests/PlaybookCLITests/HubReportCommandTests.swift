import Foundation
import Testing

/// `playbook hub report`: the dashboard as files, in the playbook's language, replacing only a
/// folder it wrote itself.
@Suite struct HubReportCommandTests {
    @Test func writesTheDashboardAndRefusesAFolderOfSomeoneElsesFiles() throws {
        let playbook = try TempPlaybook(["products/fund.md": HubCommandTests.product])
        defer { playbook.remove() }
        let data = playbook.root.appendingPathComponent("hub-data").path
        let out = playbook.root.appendingPathComponent("report").path
        for (name, role) in [("lin", "learner"), ("王芳", "learner"), ("zhou", "trainer")] {
            let added = try CLIRunner.run(["hub", "user", "add", name, "--role", role, "--team", "北区", "--data", data])
            #expect(added.status == 0, "\(added.stderr)")
        }

        let first = try CLIRunner.run(["hub", "report", "--content", playbook.content.path, "--data", data, "--out", out,
                                       "--as-of", "2026-11-23", "--date", "2026-12-01", "--lang", "zh-Hans"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("2 learners"))
        let files = Set(try FileManager.default.subpathsOfDirectory(atPath: out))
        for file in ["index.html", "hub.css", "forecast.html", "team-learners.csv", "learners/lin.html", "learners/王芳.html",
                     "learners/王芳-days.csv"] {
            #expect(files.contains(file), "\(file) in \(files.sorted())")
        }
        #expect(!files.contains("learners/zhou.html"), "trainers are not learners")
        let index = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
        #expect(index.contains("<html lang=\"zh-Hans\">") && index.contains("培训看板"))
        #expect(index.contains("href=\"learners/%E7%8E%8B%E8%8A%B3.html\""))
        #expect(index.contains("<footer>2026-11-23</footer>"))
        let forecast = try String(contentsOfFile: out + "/forecast.html", encoding: .utf8)
        #expect(forecast.contains("2026-12-01"))
        let csv = try Data(contentsOf: URL(fileURLWithPath: out + "/team-learners.csv"))
        #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF])

        // Its own folder is replaced; a folder with someone's files is not touched.
        #expect(try CLIRunner.run(["hub", "report", "--content", playbook.content.path, "--data", data, "--out", out]).status == 0)
        let theirs = playbook.root.appendingPathComponent("theirs").path
        try FileManager.default.createDirectory(atPath: theirs, withIntermediateDirectories: true)
        try "keep me".write(toFile: theirs + "/notes.txt", atomically: true, encoding: .utf8)
        let refused = try CLIRunner.run(["hub", "report", "--content", playbook.content.path, "--data", data, "--out", theirs])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains(theirs))
        #expect(try String(contentsOfFile: theirs + "/notes.txt", encoding: .utf8) == "keep me")
        #expect(try FileManager.default.contentsOfDirectory(atPath: theirs) == ["notes.txt"])

        let badDate = try CLIRunner.run(["hub", "report", "--content", playbook.content.path, "--data", data, "--out", out,
                                         "--date", "2026-13-01"])
        #expect(badDate.status != 0)
    }
}
