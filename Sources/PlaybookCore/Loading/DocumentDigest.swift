/// A stable 64-bit digest of everything a parsed document holds (its binary cache form,
/// hashed): equal digests mean equal models, so whatever was built from a document with the
/// same digest can be kept.
public enum DocumentDigest {
    public static func of(_ document: any DocumentModel) -> UInt64 {
        of(encoded: encode(document))
    }

    /// The digest of a document's ``encode(_:)`` form.
    public static func of(encoded bytes: [UInt8]) -> UInt64 {
        var hash = FNV1a()
        hash.mix(bytes)
        return hash.value
    }

    /// A document's binary form (the parse cache's), which the digest hashes.
    public static func encode(_ document: any DocumentModel) -> [UInt8] {
        var writer = BinaryWriter()
        DocumentCodec.write(model: document, to: &writer)
        return writer.bytes
    }

    /// Reads one document's ``encode(_:)`` form from `reader` (written there as a block).
    public static func decode(from reader: inout BinaryReader) throws(BinaryReader.Damaged) -> any DocumentModel {
        try DocumentCodec.model(&reader)
    }
}
