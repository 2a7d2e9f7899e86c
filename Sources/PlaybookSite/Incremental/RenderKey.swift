import Foundation
import PlaybookCache
import PlaybookCore

/// What a page's bytes depend on, as one number: the program, the templates and the page's
/// values. A build whose key for a page equals the key recorded when the page was last written
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

    /// `base` combined with `values` (strings, numbers, booleans, arrays and dictionaries of
    /// them; dictionaries in key order), leaving out the top-level keys in `shared` (values the
    /// caller mixed into `base` because every page has them). Nil if a value of another kind appears.
    static func key(base: UInt64, values: [String: Any], shared: Set<String> = []) -> UInt64? {
        var hash = FNV1a()
        hash.mix(base)
        var top = values
        for key in shared { top[key] = nil }
        return mix(top, into: &hash) ? hash.value : nil
    }

    /// Mixes a value into a hash being built (for `base` parts such as the interface text).
    static func mix(_ value: Any, into base: UInt64) -> UInt64 {
        var hash = FNV1a()
        hash.mix(base)
        _ = mix(value, into: &hash)
        return hash.value
    }

    private static func mix(_ value: Any, into hash: inout FNV1a) -> Bool {
        switch value {
        case let text as String:
            hash.mix(CollectionOfOne(1))
            hash.mix(UInt64(text.utf8.count))
            hash.mix(text)
        case let flag as Bool:
            hash.mix(CollectionOfOne(flag ? 2 : 3))
        case let number as Int:
            hash.mix(CollectionOfOne(4))
            hash.mix(UInt64(bitPattern: Int64(number)))
        case let number as Double:
            hash.mix(CollectionOfOne(5))
            hash.mix(number.bitPattern)
        case let dictionary as [String: Any]:
            hash.mix(CollectionOfOne(6))
            hash.mix(UInt64(dictionary.count))
            for key in dictionary.keys.sorted() {
                hash.mix(UInt64(key.utf8.count))
                hash.mix(key)
                guard mix(dictionary[key]!, into: &hash) else { return false }
            }
        case let array as [[String: Any]]:  // before [Any]: casting to [Any] copies the array
            hash.mix(CollectionOfOne(7))
            hash.mix(UInt64(array.count))
            for element in array {
                guard mix(element, into: &hash) else { return false }
            }
        case let array as [String]:
            hash.mix(CollectionOfOne(7))
            hash.mix(UInt64(array.count))
            for element in array {
                guard mix(element, into: &hash) else { return false }
            }
        case let array as [Any]:
            hash.mix(CollectionOfOne(7))
            hash.mix(UInt64(array.count))
            for element in array {
                guard mix(element, into: &hash) else { return false }
            }
        default:
            return false
        }
        return true
    }
}
