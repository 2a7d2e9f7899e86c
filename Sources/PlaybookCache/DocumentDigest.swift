import PlaybookCore
/// A stable 64-bit digest of everything a parsed document holds (its ``BinaryCoder`` form,
/// hashed): equal digests mean equal models, so whatever was built from a document with the
/// same digest can be kept. Every stored property counts, because the form is the model's own
/// `Codable` conformance.
package enum DocumentDigest {
    package static func of(_ document: any DocumentModel) -> UInt64 {
        of(encoded: encode(document))
    }

    /// The digest of a document's ``encode(_:)`` form.
    package static func of(encoded bytes: [UInt8]) -> UInt64 {
        var hash = FNV1a()
        hash.mix(bytes)
        return hash.value
    }

    /// A document's binary form, tagged with its type, which the digest hashes.
    package static func encode(_ document: any DocumentModel) -> [UInt8] {
        // The models hold strings, numbers and arrays only: encoding them cannot fail.
        try! BinaryCoder.encode(TaggedDocument(document))
    }

    /// An outline's binary form, tagged with its type.
    package static func encode(outline: any DocumentOutline) -> [UInt8] {
        try! BinaryCoder.encode(TaggedOutline(outline))
    }

    /// Reads one outline's ``encode(outline:)`` form from `reader`.
    package static func decodeOutline(from reader: inout BinaryReader) throws -> any DocumentOutline {
        try BinaryCoder.decode(TaggedOutline.self, from: &reader).outline
    }

    /// Reads one document's ``encode(_:)`` form from `reader`.
    package static func decode(from reader: inout BinaryReader) throws -> any DocumentModel {
        try BinaryCoder.decode(TaggedDocument.self, from: &reader).document
    }
}
