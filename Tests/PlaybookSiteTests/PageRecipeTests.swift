import Foundation
import PlaybookCore
import Testing
@testable import PlaybookSite

/// `recipes(declaring:)` skips groups of pages it knows cannot declare the given files; it must
/// still give exactly the pages of `recipes()` that declare one of them.
@Suite struct PageRecipeTests {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Content").standardizedFileURL

    @Test func pagesDeclaringFilesAreThoseOfAllPagesThatDeclareThem() throws {
        let result = try PlaybookLoader.load(contentPath: Self.sample.path, options: .init(today: CalendarDay(iso: "2026-11-23")!))
        let context = PageContext(playbook: result.playbook)
        let all = context.recipes()
        let files = result.playbook.documents.map(\.info.file)
        #expect(files.count > 20)
        var selections = files.map { Set([$0]) }
        for type in DocumentType.allCases {
            selections.append(Set(result.playbook.documents.filter { $0.info.type == type }.map(\.info.file)))
        }
        selections.append(Set(files))
        for selection in selections {
            let expected = all.filter { !selection.isDisjoint(with: $0.documents) }
            let chosen = context.recipes(declaring: selection)
            #expect(chosen.map(\.path) == expected.map(\.path), "\(selection.sorted())")
            #expect(chosen.map(\.documents) == expected.map(\.documents), "\(selection.sorted())")
        }
        #expect(context.recipes(declaring: []).isEmpty)
    }
}
