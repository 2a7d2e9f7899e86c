import Foundation
import Testing
@testable import PlaybookSite

/// A page's render key changes with anything its bytes depend on, and only with that.
@Suite struct RenderKeyTests {
    let base = RenderKey.base(templates: .defaults)

    @Test func equalValuesGiveEqualKeysWhateverTheDictionaryOrder() {
        var first: [String: Any] = [:]
        var second: [String: Any] = [:]
        for index in 0..<50 { first["key\(index)"] = "值\(index)" }
        for index in (0..<50).reversed() { second["key\(index)"] = "值\(index)" }
        #expect(RenderKey.key(base: base, values: first) == RenderKey.key(base: base, values: second))
    }

    @Test func anyChangeChangesTheKey() {
        let values: [String: Any] = ["title": "稳盈理财", "tags": ["费用"], "count": 3, "isHome": false,
                                     "items": [["name": "风险低", "href": "a.html"]]]
        let key = RenderKey.key(base: base, values: values)
        let variants: [[String: Any]] = [
            values.merging(["title": "稳盈理财 "]) { $1 },
            values.merging(["tags": ["费用", "利率"]]) { $1 },
            values.merging(["count": 4]) { $1 },
            values.merging(["isHome": true]) { $1 },
            values.merging(["items": [["name": "风险低", "href": "b.html"]]]) { $1 },
            values.merging(["extra": ""]) { $1 },
            // The same characters split differently between two values.
            values.merging(["title": "稳盈", "tags": ["理财费用"]]) { $1 },
        ]
        for variant in variants { #expect(RenderKey.key(base: base, values: variant) != key, "\(variant)") }
        #expect(RenderKey.key(base: base &+ 1, values: values) != key, "another program or template set")
    }

    @Test func sharedValuesAreLeftOutAndUnknownKindsGiveNoKey() {
        let values: [String: Any] = ["title": "x", "t": ["menu": "菜单"]]
        #expect(RenderKey.key(base: base, values: values, shared: ["t"])
                == RenderKey.key(base: base, values: ["title": "x", "t": ["menu": "目录"]], shared: ["t"]))
        #expect(RenderKey.key(base: base, values: ["when": Date()]) == nil, "a value it cannot hash: render every time")
    }

    @Test func templateChangesChangeTheBase() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try Data("<h1>{{title}}</h1>".utf8).write(to: root.appendingPathComponent("product.mustache"))
        let overridden = try TemplateSet.load(overridesAt: root.path)
        #expect(RenderKey.base(templates: overridden) != base)
    }
}
