import Foundation
@testable import PlaybookCore
import Testing

/// `hub:` in playbook.md: the team hub's address, checked when the playbook loads.
@Suite struct HubSettingTests {
    func settings(_ yaml: String) throws -> LoadResult {
        try TestPlaybook([:], settings: "---\ntitle: 手册\n\(yaml)\n---\n介绍。\n").load()
    }

    @Test func anHTTPSAddressIsKeptWithATrailingSlash() throws {
        let plain = try settings("hub: https://hub.example.com")
        #expect(plain.diagnostics.isEmpty, "\(plain.diagnostics)")
        #expect(plain.playbook.settings.hub == "https://hub.example.com/")
        let proxied = try settings("hub: HTTP://10.0.0.5:8080/training/hub")
        #expect(proxied.playbook.settings.hub == "http://10.0.0.5:8080/training/hub/")
        #expect(try settings("title2: x").playbook.settings.hub == nil)
    }

    @Test(arguments: ["hub.example.com", "ftp://hub.example.com", "https://", "https://hub.example.com/?team=a", "https://u:p@hub.example.com"])
    func aBadAddressIsAnErrorOnItsLine(_ value: String) throws {
        let result = try settings("locale: zh-Hans\nhub: \(value)")
        let errors = result.diagnostics.filter { $0.code == .invalidField }
        #expect(errors.count == 1, "\(result.diagnostics)")
        #expect(errors.first?.location.line == 4)
        #expect(errors.first?.description(in: .en).contains("https://host") == true)
        #expect(result.playbook.settings.hub == nil)
    }
}
