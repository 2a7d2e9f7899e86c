import Foundation
import Testing

@Suite struct SmokeTests {
    @Test func helpListsCommands() throws {
        let result = try CLIRunner.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("check"))
    }
}
