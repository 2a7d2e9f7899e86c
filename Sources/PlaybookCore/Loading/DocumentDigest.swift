/// A stable 64-bit digest of everything a parsed document holds (its binary cache form,
/// hashed): equal digests mean equal models, so whatever was built from a document with the
/// same digest can be kept.
public enum DocumentDigest {
    public static func of(_ document: any DocumentModel) -> UInt64 {
        var writer = BinaryWriter()
        DocumentCodec.write(model: document, to: &writer)
        var hash = FNV1a()
        hash.mix(writer.bytes)
        return hash.value
    }
}
