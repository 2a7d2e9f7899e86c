import Foundation
import Testing

/// docs/cli.md: exit 0 with no errors, 1 with content errors (or warnings under `--strict`),
/// 2 for usage and I/O problems.
@Suite struct ExitCodeTests {
    static let validProduct = """
        ---
        title: 住宅专项维修资金账户
        category: 对公
        ---

        为业主大会开立的专项账户。

        ## 核心卖点
        - **资金安全**：专户管理，专款专用

        """

    @Test func validMinimalPlaybookExitsZeroWithNoDiagnostics() throws {
        let playbook = try TempPlaybook()
        defer { playbook.remove() }
        let outcome = try playbook.check()
        #expect(outcome.status == 0)
        #expect(outcome.result.stdout.isEmpty)
        #expect(outcome.result.stderr.contains("0 error(s), 0 warning(s)"))
    }

    @Test func validPlaybookWithAProductExitsZero() throws {
        let playbook = try TempPlaybook(["products/fund.md": Self.validProduct])
        defer { playbook.remove() }
        let outcome = try playbook.check()
        #expect(outcome.status == 0)
        #expect(outcome.lines.isEmpty)
    }

    @Test func contentErrorExitsOne() throws {
        let playbook = try TempPlaybook(["products/fund.md": "---\ncategory: 对公\n---\n\n没有标题。\n"])
        defer { playbook.remove() }
        let outcome = try playbook.check()
        #expect(outcome.status == 1)
        #expect(outcome.spots == ["products/fund.md:1:1 error missing-field"])
        #expect(outcome.result.stderr.contains("1 error(s)"))
    }

    @Test func warningAloneExitsZero() throws {
        let playbook = try TempPlaybook(["products/fund.md": Self.validProduct + "\n## 奇怪的标题\n\n文字。\n"])
        defer { playbook.remove() }
        let outcome = try playbook.check()
        #expect(outcome.status == 0)
        #expect(outcome.spots == ["products/fund.md:11:1 warning unknown-section"])
    }

    @Test func strictWithOnlyAWarningExitsOne() throws {
        let playbook = try TempPlaybook(["products/fund.md": Self.validProduct + "\n## 奇怪的标题\n\n文字。\n"])
        defer { playbook.remove() }
        let outcome = try playbook.check(["--strict"])
        #expect(outcome.status == 1)
        // The warning is promoted and printed as an error.
        #expect(outcome.spots == ["products/fund.md:11:1 error unknown-section"])
    }

    @Test func strictWithoutDiagnosticsExitsZero() throws {
        let playbook = try TempPlaybook(["products/fund.md": Self.validProduct])
        defer { playbook.remove() }
        let outcome = try playbook.check(["--strict"])
        #expect(outcome.status == 0)
        #expect(outcome.lines.isEmpty)
    }

    @Test func missingContentFolderExitsTwoNamingThePath() throws {
        let playbook = try TempPlaybook()
        defer { playbook.remove() }
        let missing = playbook.root.appendingPathComponent("NoSuchContent").path
        let result = try CLIRunner.run(["check", "--content", missing, "--today", TempPlaybook.today])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(missing))
        #expect(result.stderr.contains("no such folder"))
    }

    @Test func fileGivenAsContentExitsTwo() throws {
        let playbook = try TempPlaybook()
        defer { playbook.remove() }
        let file = playbook.url("playbook.md").path
        let result = try CLIRunner.run(["check", "--content", file, "--today", TempPlaybook.today])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(file))
        #expect(result.stderr.contains("not a folder"))
    }

    @Test func exportWithMissingContentFolderExitsTwo() throws {
        let playbook = try TempPlaybook()
        defer { playbook.remove() }
        let missing = playbook.root.appendingPathComponent("NoSuchContent").path
        let result = try CLIRunner.run(["export", "json", "--content", missing])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(missing))
    }

    @Test func unknownOptionIsAUsageError() throws {
        let playbook = try TempPlaybook()
        defer { playbook.remove() }
        let result = try CLIRunner.run(["check", "--content", playbook.content.path, "--no-such-option"])
        #expect(result.exitedNormally)
        #expect(result.status == 2, "a usage error must not look like a content error")
        #expect(result.stderr.contains("--no-such-option"))
        #expect(result.stdout.isEmpty)
    }

    @Test func badTodayDateIsAUsageError() throws {
        let playbook = try TempPlaybook()
        defer { playbook.remove() }
        let result = try CLIRunner.run(["check", "--content", playbook.content.path, "--today", "2026-13-45"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("YYYY-MM-DD"))
    }

    @Test func unknownFormatIsAUsageError() throws {
        let playbook = try TempPlaybook()
        defer { playbook.remove() }
        let result = try CLIRunner.run(["check", "--content", playbook.content.path, "--format", "xml"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("xml"))
    }

    @Test func missingPlaybookFileIsAContentError() throws {
        let playbook = try TempPlaybook(["products/fund.md": Self.validProduct], settings: nil)
        defer { playbook.remove() }
        let outcome = try playbook.check()
        #expect(outcome.status == 1)
        #expect(outcome.spots == ["playbook.md:1:1 error missing-playbook"])
    }

    /// docs/cli.md: PATH is relative to the working directory, as the user named the folder.
    @Test func pathsAreShownAsTheContentFolderWasNamed() throws {
        let playbook = try TempPlaybook(["products/fund.md": "---\ncategory: 对公\n---\n"])
        defer { playbook.remove() }
        for (argument, directory, expected) in [
            ("Content", playbook.root, "Content/products/fund.md"),
            ("Content/", playbook.root, "Content/products/fund.md"),
            (".", playbook.content, "products/fund.md"),
        ] {
            let result = try CLIRunner.run(["check", "--content", argument, "--today", TempPlaybook.today], in: directory)
            #expect(result.status == 1)
            let diagnostics = result.stdout.split(separator: "\n").map { TextDiagnostic(line: String($0)) }
            #expect(diagnostics.map { $0?.spot } == ["\(expected):1:1 error missing-field"], "--content \(argument)")
        }
    }
}
