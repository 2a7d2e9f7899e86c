import Foundation
import PlaybookCache
import PlaybookCore

/// What a page's bytes depend on, as one number: the program, the templates and the page's
/// model. A build whose key for a page equals the key recorded when the page was last written
/// can keep that file instead of rendering it again.
enum RenderKey {
    /// The part shared by every page of a build: the program and every template and asset.
    static func base(templates: TemplateSet) -> UInt64 {
        var hash = FNV1a()
        hash.mix(InputFingerprint.program)
        for (path, data) in templates.files.sorted(by: { $0.key < $1.key }) {
            hash.mix(path)
            hash.mix(CollectionOfOne(0))
            hash.mix([UInt8](data))
        }
        return hash.value
    }

    /// `base` combined with a page's model and frame (without the interface text, which the
    /// caller mixed into `base` because every page shows it).
    static func key(base: UInt64, model: any PageModel, frame: PageFrame) -> UInt64 {
        var hash = FNV1a()
        hash.mix(base)
        hash.mix(type(of: model).template)
        model.mix(into: &hash)
        var frame = frame
        frame.t = [:]
        frame.content = nil
        frame.mix(into: &hash)
        return hash.value
    }

    /// Mixes a value every page shares (the interface text) into `base`.
    static func mix(_ value: some RenderKeyValue, into base: UInt64) -> UInt64 {
        var hash = FNV1a()
        hash.mix(base)
        value.mix(into: &hash)
        return hash.value
    }
}
