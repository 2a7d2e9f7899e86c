import Foundation

/// `assets/practice/practice-app.js`: the practice app's scripts (``PracticePage/appScripts(assets:)``)
/// joined into one file in the order they run, so the page loads one script instead of one a
/// file. Made from the templates' assets on every build; the separate files stay in the site too
/// (the scorer's are loaded on demand, and tests run the app's one by one).
enum PracticeAppBundle {
    static let path = PracticePage.folder + "practice-app.js"

    /// The bundle's bytes. Each script is an IIFE; a `;` between them keeps one from calling the
    /// value of the one before.
    static func contents(assets: [(path: String, data: Data)]) -> Data {
        let data = Dictionary(assets.map { ($0.path, $0.data) }, uniquingKeysWith: { _, last in last })
        var bundle = Data("/* The practice app (playbook build): the scripts of assets/practice/ in the order they run. */\n".utf8)
        for script in PracticePage.appScripts(assets: assets.map(\.path)) {
            guard let bytes = data[script] else { continue }
            bundle.append(Data("\n/* \(script) */\n".utf8))
            bundle.append(bytes)
            bundle.append(Data("\n;\n".utf8))
        }
        return bundle
    }
}
