import Foundation
import Testing

/// `playbook build` through the real binary: exit codes, the site on disk, what it refuses.
@Suite struct BuildCommandTests {
    static let product = "---\ntitle: 维修资金专户\n---\n摘要。\n"

    @Test func buildsASiteAndRebuildsItInPlace() throws {
        let playbook = try TempPlaybook(["products/fund.md": Self.product])
        defer { playbook.remove() }
        let out = playbook.root.appendingPathComponent("Site").path
        let first = try CLIRunner.run(["build", "--content", playbook.content.path, "--out", out])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(FileManager.default.fileExists(atPath: out + "/products/fund.html"))
        #expect(FileManager.default.fileExists(atPath: out + "/.playbook-site"))
        #expect(first.stderr.contains("built"))
        let before = try Data(contentsOf: URL(fileURLWithPath: out + "/products/fund.html"))
        let second = try CLIRunner.run(["build", "--content", playbook.content.path, "--out", out])
        #expect(second.status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: out + "/products/fund.html")) == before)
    }

    @Test func contentErrorsStopTheBuildAndKeepTheOldSite() throws {
        let playbook = try TempPlaybook(["products/fund.md": Self.product])
        defer { playbook.remove() }
        let out = playbook.root.appendingPathComponent("Site").path
        #expect(try CLIRunner.run(["build", "--content", playbook.content.path, "--out", out]).status == 0)
        try playbook.write("products/broken.md", "---\ntitle: 坏\ncompetitors: [nope]\n---\n")
        let result = try CLIRunner.run(["build", "--content", playbook.content.path, "--out", out])
        #expect(result.status == 1)
        #expect(result.stderr.contains("unknown-reference"))
        #expect(FileManager.default.fileExists(atPath: out + "/products/fund.html"))
        #expect(!FileManager.default.fileExists(atPath: out + "/products/broken.html"))
    }

    @Test func refusesAFolderWithOtherFilesAndSaysWhy() throws {
        let playbook = try TempPlaybook(["products/fund.md": Self.product])
        defer { playbook.remove() }
        let out = playbook.root.appendingPathComponent("Docs")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: out.appendingPathComponent("report.docx"))
        let result = try CLIRunner.run(["build", "--content", playbook.content.path, "--out", out.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("did not generate"))
        #expect(try String(contentsOf: out.appendingPathComponent("report.docx"), encoding: .utf8) == "mine")
    }

    @Test func refusesToBuildOverTheContentFolder() throws {
        let playbook = try TempPlaybook(["products/fund.md": Self.product])
        defer { playbook.remove() }
        let result = try CLIRunner.run(["build", "--content", playbook.content.path, "--out", playbook.root.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("contains"))
        #expect(FileManager.default.fileExists(atPath: playbook.content.path + "/products/fund.md"))
    }

    @Test func worksWithoutATemplatesFolderAndUsesOverrides() throws {
        let playbook = try TempPlaybook(["products/fund.md": Self.product])
        defer { playbook.remove() }
        let out = playbook.root.appendingPathComponent("Site").path
        let templates = playbook.root.appendingPathComponent("MyTemplates")
        let plain = try CLIRunner.run(["build", "--content", playbook.content.path, "--out", out, "--templates", templates.path])
        #expect(plain.status == 0)
        try FileManager.default.createDirectory(at: templates.appendingPathComponent("assets"), withIntermediateDirectories: true)
        try Data("body { color: red }".utf8).write(to: templates.appendingPathComponent("assets/style.css"))
        let custom = try CLIRunner.run(["build", "--content", playbook.content.path, "--out", out, "--templates", templates.path])
        #expect(custom.status == 0)
        #expect(try String(contentsOfFile: out + "/assets/style.css", encoding: .utf8) == "body { color: red }")
    }

    @Test func anUnchangedRebuildIsSkippedAndAnyChangeRebuilds() throws {
        let playbook = try TempPlaybook(["products/fund.md": Self.product])
        defer { playbook.remove() }
        let out = playbook.root.appendingPathComponent("Site").path
        let build = ["build", "--content", playbook.content.path, "--out", out, "--templates", playbook.root.appendingPathComponent("T").path]
        #expect(try CLIRunner.run(build).stderr.contains("built"))
        let marker = try String(contentsOfFile: out + "/.playbook-site", encoding: .utf8)
        #expect(try CLIRunner.run(build).stderr.contains("nothing changed"))
        #expect(try String(contentsOfFile: out + "/.playbook-site", encoding: .utf8) == marker, "the site's bytes do not depend on the cache")
        try playbook.write("products/fund.md", Self.product + "新增一句。\n")
        #expect(try CLIRunner.run(build).stderr.contains("built"))
        #expect(try String(contentsOfFile: out + "/products/fund.html", encoding: .utf8).contains("新增一句"))
        try FileManager.default.removeItem(atPath: out + "/products/fund.html")
        #expect(try CLIRunner.run(build).stderr.contains("built"), "a damaged site is rebuilt")
        #expect(try CLIRunner.run(build + ["--force"]).stderr.contains("built"))
    }

    /// After an edit, pages whose values did not change are kept (not rendered, not written)
    /// and the site is byte for byte what a build from nothing gives.
    @Test func anEditRendersOnlyWhatChangedAndTheSiteEqualsAFreshBuild() throws {
        let other = "---\ntitle: 稳盈理财\n---\n另一个产品。\n"
        let playbook = try TempPlaybook(["products/fund.md": Self.product, "products/wealth.md": other,
                                         "competitors/cmb.md": TempPlaybook.competitorCMB])
        defer { playbook.remove() }
        let out = playbook.root.appendingPathComponent("Site").path
        #expect(try CLIRunner.run(["build", "--content", playbook.content.path, "--out", out]).status == 0)
        let untouched = out + "/competitors/cmb.html"
        let before = try FileManager.default.attributesOfItem(atPath: untouched)[.systemFileNumber] as? Int

        try playbook.write("products/fund.md", Self.product + "新增一句。\n")
        let rebuild = try CLIRunner.run(["build", "--content", playbook.content.path, "--out", out])
        #expect(rebuild.status == 0, "\(rebuild.stderr)")
        let notRendered = rebuild.stderr.firstMatch(of: /(\d+) of them not even rendered/).flatMap { Int($0.1) } ?? 0
        #expect(notRendered > 0, "\(rebuild.stderr)")
        #expect(try FileManager.default.attributesOfItem(atPath: untouched)[.systemFileNumber] as? Int == before,
                "a page the edit does not touch is the same file")

        let forced = try CLIRunner.run(["build", "--force", "--content", playbook.content.path, "--out", out])
        #expect(forced.stderr.contains(" 0 unchanged, 0 of them not even rendered"), "--force writes everything: \(forced.stderr)")

        let fresh = playbook.root.appendingPathComponent("Fresh").path
        #expect(try CLIRunner.run(["build", "--no-cache", "--content", playbook.content.path, "--out", fresh]).status == 0)
        let files = try FileManager.default.subpathsOfDirectory(atPath: fresh).sorted()
        #expect(try FileManager.default.subpathsOfDirectory(atPath: out).sorted() == files)
        for file in files where !file.hasSuffix("/") {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: fresh + "/" + file, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            #expect(FileManager.default.contents(atPath: out + "/" + file) == FileManager.default.contents(atPath: fresh + "/" + file),
                    "\(file) differs from a fresh build")
        }
    }
}
