import Foundation
import PlaybookCache
import PlaybookCore
import Testing

/// The fingerprint that decides whether a cached site or deck is still current.
@Suite struct InputFingerprintTests {
    final class Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fingerprint-\(UUID().uuidString)")
        init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: url) }
        func write(_ path: String, _ text: String) throws {
            let file = url.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        func fingerprint(reusing stamps: [FileStamp] = []) -> (fingerprint: String, stamps: [FileStamp]) {
            InputFingerprint.compute(folders: [url.path], program: "test", reusing: stamps)
        }
    }

    @Test func changesWithContentPathsAndProgramButNotHiddenFiles() throws {
        let folder = try Folder()
        try folder.write("playbook.md", "---\ntitle: 手册\n---\n")
        try folder.write("products/fund.md", "产品")
        let base = folder.fingerprint()
        #expect(base.stamps.map(\.path) == ["playbook.md", "products/fund.md"])
        #expect(folder.fingerprint().fingerprint == base.fingerprint, "stable")
        #expect(InputFingerprint.compute(folders: [folder.url.path], program: "other") != base.fingerprint)

        try folder.write(".git/index", "x")
        try folder.write("products/.fund.md.swp", "x")
        #expect(folder.fingerprint().fingerprint == base.fingerprint, "hidden files and folders are not inputs")

        try folder.write("products/fund.md", "产品！")
        let edited = folder.fingerprint()
        #expect(edited.fingerprint != base.fingerprint)

        try FileManager.default.moveItem(at: folder.url.appendingPathComponent("products/fund.md"),
                                         to: folder.url.appendingPathComponent("products/fund2.md"))
        #expect(folder.fingerprint().fingerprint != edited.fingerprint, "a rename changes it")
    }

    @Test func reusingStampsGivesTheSameFingerprintAndNoticesEdits() throws {
        let folder = try Folder()
        try folder.write("a.md", "一")
        try folder.write("b.md", "二")
        let first = folder.fingerprint()
        let reused = folder.fingerprint(reusing: first.stamps)
        #expect(reused.fingerprint == first.fingerprint)
        #expect(reused.stamps == first.stamps)

        // A stale stamp (wrong hash) is trusted only while size, time and inode match.
        var forged = first.stamps
        forged[0].hash = 1
        #expect(folder.fingerprint(reusing: forged).fingerprint != first.fingerprint, "a matching stamp is reused")
        try folder.write("a.md", "壹")  // same size, new modification time
        #expect(folder.fingerprint(reusing: forged).fingerprint == folder.fingerprint().fingerprint,
                "a file whose time changed is read again")
    }
}
