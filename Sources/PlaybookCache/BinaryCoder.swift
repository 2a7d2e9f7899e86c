import PlaybookCore

/// A compact binary form of any `Codable` value, for caches and digests: values are written in
/// the order their `encode(to:)` writes them, without keys, so a type decodes only with the same
/// program that encoded it (caches are keyed by the program). Optionals carry a presence byte,
/// arrays and dictionaries a count; dictionaries (whose keys must be `Comparable`) are written in
/// key order, so equal values always give equal bytes.
package enum BinaryCoder {
    package static func encode(_ value: some Encodable) throws -> [UInt8] {
        let encoder = BinaryEncoderState()
        try encoder.encodeValue(value)
        return encoder.writer.bytes
    }

    /// Appends the binary form of `value` to `writer`.
    package static func encode(_ value: some Encodable, into writer: inout BinaryWriter) throws {
        let encoder = BinaryEncoderState()
        encoder.writer = writer
        writer = BinaryWriter()  // handed over, not copied
        defer { writer = encoder.writer }
        try encoder.encodeValue(value)
    }

    package static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        var reader = BinaryReader(bytes)
        let value = try decode(type, from: &reader)
        guard reader.isAtEnd else { throw BinaryReader.Damaged() }
        return value
    }

    /// Reads one value of `type` from `reader`, leaving it after the value.
    package static func decode<T: Decodable>(_ type: T.Type, from reader: inout BinaryReader) throws -> T {
        let decoder = BinaryDecoderState(reader)
        reader = BinaryReader([])
        defer { reader = decoder.reader }
        return try decoder.decodeValue(type)
    }
}

// MARK: - Values with a form of their own

/// Optionals, arrays and dictionaries: written with a presence byte or a count, since
/// positional containers have no `isAtEnd` or keys to go by.
private protocol BinaryEncodableWrapper {
    /// Writes `value`, which is of this type. (Static, so that finding the conformance needs
    /// the type alone: a value cast to a protocol is copied into a box first.)
    static func encodeBinary<Value>(_ value: Value, _ encoder: BinaryEncoderState) throws
}

private protocol BinaryDecodableWrapper {
    static func decodeBinary(_ decoder: BinaryDecoderState) throws -> Self
}

extension Optional: BinaryEncodableWrapper where Wrapped: Encodable {
    fileprivate static func encodeBinary<Value>(_ value: Value, _ encoder: BinaryEncoderState) throws {
        let optional = value as! Self
        encoder.writer.write(optional != nil)
        if let optional { try encoder.encodeValue(optional) }
    }
}

extension Optional: BinaryDecodableWrapper where Wrapped: Decodable {
    fileprivate static func decodeBinary(_ decoder: BinaryDecoderState) throws -> Self {
        try decoder.reader.bool() ? try decoder.decodeValue(Wrapped.self) : nil
    }
}

extension Array: BinaryEncodableWrapper where Element: Encodable {
    fileprivate static func encodeBinary<Value>(_ value: Value, _ encoder: BinaryEncoderState) throws {
        let array = value as! Self
        encoder.writer.write(array.count)
        for element in array { try encoder.encodeValue(element) }
    }
}

extension Array: BinaryDecodableWrapper where Element: Decodable {
    fileprivate static func decodeBinary(_ decoder: BinaryDecoderState) throws -> Self {
        let count = try decoder.reader.count()
        var values: [Element] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try decoder.decodeValue(Element.self)) }
        return values
    }
}

extension Dictionary: BinaryEncodableWrapper where Key: Encodable & Comparable, Value: Encodable {
    fileprivate static func encodeBinary<Entry>(_ value: Entry, _ encoder: BinaryEncoderState) throws {
        let dictionary = value as! Self
        encoder.writer.write(dictionary.count)
        // String keys in the order of their bytes: the same order on every run, without
        // Unicode-aware comparisons (tables of thousands of paths).
        let keys = Key.self == String.self
            ? (Array(dictionary.keys) as! [String]).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) } as! [Key]
            : dictionary.keys.sorted()
        for key in keys {
            try encoder.encodeValue(key)
            try encoder.encodeValue(dictionary[key]!)
        }
    }
}

extension Dictionary: BinaryDecodableWrapper where Key: Decodable, Value: Decodable {
    fileprivate static func decodeBinary(_ decoder: BinaryDecoderState) throws -> Self {
        let count = try decoder.reader.count()
        var values: [Key: Value] = [:]
        values.reserveCapacity(count)
        for _ in 0..<count { values[try decoder.decodeValue(Key.self)] = try decoder.decodeValue(Value.self) }
        return values
    }
}

// MARK: - Encoding

private final class BinaryEncoderState: Encoder, SingleValueEncodingContainer {
    var writer = BinaryWriter()
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func encodeValue<T: Encodable>(_ value: T) throws {
        if T.self == String.self { return writer.write(value as! String) }
        if T.self == Int.self { return writer.write(value as! Int) }
        if T.self == Bool.self { return writer.write(value as! Bool) }
        if T.self == UInt64.self { return writer.write(value as! UInt64) }
        if T.self == [String].self { return writer.write(value as! [String]) }
        if T.self == [Int].self { return writer.write(value as! [Int]) }
        if T.self == [UInt8].self { return writer.write(block: value as! [UInt8]) }
        if let wrapper = T.self as? BinaryEncodableWrapper.Type { return try wrapper.encodeBinary(value, self) }
        try value.encode(to: self)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(KeyedBinaryEncoder<Key>(encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        // Only the wrappers above may write a sequence (they know the count before the elements):
        // a type that asks for a container of its own gets one that refuses every value.
        RefusingUnkeyedEncoder()
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { self }

    func encodeNil() { writer.write(false) }
    func encode(_ value: Bool) { writer.write(value) }
    func encode(_ value: String) { writer.write(value) }
    func encode(_ value: Double) { writer.write(value) }
    func encode(_ value: Float) { writer.write(Double(value)) }
    func encode(_ value: Int) { writer.write(value) }
    func encode(_ value: Int8) { writer.write(Int(value)) }
    func encode(_ value: Int16) { writer.write(Int(value)) }
    func encode(_ value: Int32) { writer.write(Int(value)) }
    func encode(_ value: Int64) { writer.write(UInt64(bitPattern: value)) }
    func encode(_ value: UInt) { writer.write(UInt64(value)) }
    func encode(_ value: UInt8) { writer.write(UInt64(value)) }
    func encode(_ value: UInt16) { writer.write(UInt64(value)) }
    func encode(_ value: UInt32) { writer.write(UInt64(value)) }
    func encode(_ value: UInt64) { writer.write(value) }
    func encode<T: Encodable>(_ value: T) throws { try encodeValue(value) }

}

/// What a type that encodes itself as a sequence gets: every value is refused with an error.
private struct RefusingUnkeyedEncoder: UnkeyedEncodingContainer {
    var codingPath: [any CodingKey] { [] }
    var count: Int { 0 }

    private func refuse(_ value: Any) -> EncodingError {
        EncodingError.invalidValue(value, .init(codingPath: [], debugDescription:
            "BinaryCoder writes only arrays, optionals and dictionaries with comparable keys as sequences"))
    }

    mutating func encodeNil() throws { throw refuse(Optional<Int>.none as Any) }
    mutating func encode<T: Encodable>(_ value: T) throws { throw refuse(value) }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(KeyedBinaryEncoder<NestedKey>(encoder: BinaryEncoderState()))
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { self }
    mutating func superEncoder() -> any Encoder { BinaryEncoderState() }
}

private struct KeyedBinaryEncoder<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: BinaryEncoderState
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) { encoder.writer.write(false) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try encoder.encodeValue(value) }
    // The common scalars directly, without the generic path's type checks.
    mutating func encode(_ value: String, forKey key: Key) { encoder.writer.write(value) }
    mutating func encode(_ value: Int, forKey key: Key) { encoder.writer.write(value) }
    mutating func encode(_ value: Bool, forKey key: Key) { encoder.writer.write(value) }
    mutating func encode(_ value: UInt64, forKey key: Key) { encoder.writer.write(value) }
    mutating func encode(_ value: Double, forKey key: Key) { encoder.writer.write(value) }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws { try present(value) }
    // Every optional gets its presence byte: the protocol's defaults would write nothing for nil.
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { encoder.writer.write(value) }
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try present(value) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try present(value) }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try present(value) }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try present(value) }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try present(value) }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try present(value) }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try present(value) }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try present(value) }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try present(value) }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try present(value) }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try present(value) }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try present(value) }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try present(value) }

    private func present<T: Encodable>(_ value: T?) throws {
        encoder.writer.write(value != nil)
        if let value { try encoder.encode(value) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                        forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        encoder.container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer { encoder.unkeyedContainer() }
    mutating func superEncoder() -> any Encoder { encoder }
    mutating func superEncoder(forKey key: Key) -> any Encoder { encoder }
}

// MARK: - Decoding

private final class BinaryDecoderState: Decoder, SingleValueDecodingContainer {
    var reader: BinaryReader
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(_ reader: BinaryReader) { self.reader = reader }

    func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self == String.self { return try reader.string() as! T }
        if T.self == Int.self { return try reader.int() as! T }
        if T.self == Bool.self { return try reader.bool() as! T }
        if T.self == UInt64.self { return try reader.uint64() as! T }
        if T.self == [String].self { return try reader.strings() as! T }
        if T.self == [Int].self { return try reader.ints() as! T }
        if T.self == [UInt8].self { return try reader.block() as! T }
        if let wrapper = T.self as? BinaryDecodableWrapper.Type { return try wrapper.decodeBinary(self) as! T }
        return try T(from: self)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(KeyedBinaryDecoder<Key>(decoder: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch([Any].self, .init(codingPath: [], debugDescription: "BinaryCoder reads arrays as values"))
    }

    func singleValueContainer() -> any SingleValueDecodingContainer { self }

    /// True, reading it, when the next byte is an absence marker (only meaningful where an
    /// optional was written).
    func decodeNil() -> Bool {
        guard let next = reader.peek(), next == 0 else { return false }
        _ = try? reader.bool()
        return true
    }
    func decode(_ type: Bool.Type) throws -> Bool { try reader.bool() }
    func decode(_ type: String.Type) throws -> String { try reader.string() }
    func decode(_ type: Double.Type) throws -> Double { try reader.double() }
    func decode(_ type: Float.Type) throws -> Float { Float(try reader.double()) }
    func decode(_ type: Int.Type) throws -> Int { try reader.int() }
    func decode(_ type: Int8.Type) throws -> Int8 { try narrow(try reader.int()) }
    func decode(_ type: Int16.Type) throws -> Int16 { try narrow(try reader.int()) }
    func decode(_ type: Int32.Type) throws -> Int32 { try narrow(try reader.int()) }
    func decode(_ type: Int64.Type) throws -> Int64 { Int64(bitPattern: try reader.uint64()) }
    func decode(_ type: UInt.Type) throws -> UInt { try narrow(try reader.uint64()) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try narrow(try reader.uint64()) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try narrow(try reader.uint64()) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try narrow(try reader.uint64()) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try reader.uint64() }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decodeValue(type) }

    private func narrow<Wide: BinaryInteger, Narrow: BinaryInteger>(_ value: Wide) throws -> Narrow {
        guard let narrow = Narrow(exactly: value) else { throw BinaryReader.Damaged() }
        return narrow
    }
}

private struct KeyedBinaryDecoder<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: BinaryDecoderState
    var codingPath: [any CodingKey] { [] }
    /// Positional: no key is known by name.
    var allKeys: [Key] { [] }

    func contains(_ key: Key) -> Bool { true }
    func decodeNil(forKey key: Key) throws -> Bool { decoder.decodeNil() }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try decoder.decodeValue(type) }
    // The common scalars directly, without the generic path's type checks.
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try decoder.reader.string() }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decoder.reader.int() }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decoder.reader.bool() }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try decoder.reader.uint64() }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decoder.reader.double() }
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        try decoder.reader.bool() ? try decoder.decodeValue(type) : nil
    }
    // Every optional has its presence byte (see the encoder): the protocol's defaults would not read it.
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try decoder.reader.optionalString() }
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try present(type) }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try present(type) }
    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? { try present(type) }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? { try present(type) }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? { try present(type) }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try present(type) }
    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? { try present(type) }
    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? { try present(type) }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? { try present(type) }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? { try present(type) }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? { try present(type) }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try present(type) }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? { try present(type) }

    private func present<T: Decodable>(_ type: T.Type) throws -> T? {
        try decoder.reader.bool() ? try decoder.decode(type) : nil
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type,
                                               forKey key: Key) -> KeyedDecodingContainer<NestedKey> {
        decoder.container(keyedBy: type)
    }
    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { try decoder.unkeyedContainer() }
    func superDecoder() -> any Decoder { decoder }
    func superDecoder(forKey key: Key) -> any Decoder { decoder }
}
