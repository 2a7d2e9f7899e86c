import Foundation
import Testing

/// `scripts/compile-theme.py` stops, naming the file, line and column, on a template the
/// compiled theme cannot render as swift-mustache would: a name no model declares, an
/// interface text key that does not exist, a Mustache feature it does not handle.
@Suite struct ThemeCompilerTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../..").standardizedFileURL

    /// Compiles the built-in templates with `edit` applied to `file`; the exit status and what was printed.
    func compile(editing file: String, _ edit: (String) -> String) throws -> (status: Int32, message: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("theme-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let templates = Self.repository.appendingPathComponent("Templates")
        for name in try FileManager.default.contentsOfDirectory(atPath: templates.path) where name.hasSuffix(".mustache") {
            var text = try String(contentsOf: templates.appendingPathComponent(name), encoding: .utf8)
            if name == file { text = edit(text) }
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.repository.appendingPathComponent("scripts/compile-theme.py").path,
                             "--templates", folder.path, "--dry-run"]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let output = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    @Test func theBuiltInTemplatesCompile() throws {
        let result = try compile(editing: "") { $0 }
        #expect(result.status == 0, "\(result.message)")
    }

    @Test func aNameNoModelDeclaresStopsTheBuild() throws {
        let result = try compile(editing: "product.mustache") { $0.replacingOccurrences(of: "<h1>{{title}}</h1>", with: "<h1>{{titel}}</h1>") }
        #expect(result.status == 2)
        #expect(result.message.contains("product.mustache:3:5: `titel` is not a field of ProductPageModel or PageFrame"))
    }

    @Test func aFieldMissingInsideASectionNamesTheTemplateAndTheModels() throws {
        let result = try compile(editing: "item.mustache") { $0.replacingOccurrences(of: "{{name}}", with: "{{label}}") }
        #expect(result.status == 2)
        #expect(result.message.contains("item.mustache:2:"), "\(result.message)")
        #expect(result.message.contains("`label` is not a field of NamedItemView"), "\(result.message)")
    }

    @Test func anUnknownInterfaceTextKeyStopsTheBuild() throws {
        let result = try compile(editing: "tags.mustache") { $0 + "{{t.nosuchkey}}\n" }
        #expect(result.status == 2)
        #expect(result.message.contains("`t.nosuchkey` is not an interface text key"))
    }

    @Test func unsupportedMustacheFeaturesAreRefusedClearly() throws {
        let cases: [(String, String)] = [
            ("{{=<% %>=}}", "set delimiters and template inheritance are not supported"),
            ("{{<layout}}{{/layout}}", "set delimiters and template inheritance are not supported"),
            ("{{>*dynamic}}", "dynamic partials are not supported"),
            ("  {{> tags}}", "indented partials are not supported"),
            ("{{uppercased(title)}}", "transforms (uppercased(title)) are not supported"),
            ("{{% CONTENT_TYPE: TEXT }}", "pragma 'CONTENT_TYPE: TEXT' is not supported"),
            ("{{#tags}}{{.}}{{/tags}}", "{{.}} names TagLinkView, not a string or number"),
            ("{{#nav}}", "section nav is not closed"),
        ]
        for (text, message) in cases {
            let result = try compile(editing: "toc.mustache") { $0 + text + "\n" }
            #expect(result.status == 2, "\(text)")
            #expect(result.message.contains("toc.mustache:3:") && result.message.contains(message), "\(text): \(result.message)")
        }
    }
}
