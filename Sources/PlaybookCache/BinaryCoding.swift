/// A small length-prefixed binary format for caches: little-endian integers and UTF-8 strings.
/// Reading never traps: a short or damaged buffer makes the reader fail, and the cache is
/// then rebuilt from the content.
package struct BinaryWriter: Sendable {
    package private(set) var bytes: [UInt8] = []

    package init() {}

    package mutating func write(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    package mutating func write(_ value: Int) { write(UInt64(bitPattern: Int64(value))) }
    package mutating func write(_ value: Double) { write(value.bitPattern) }
    package mutating func write(_ value: Bool) { bytes.append(value ? 1 : 0) }

    package mutating func write(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            write(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    package mutating func write(_ value: String?) {
        write(value != nil)
        if let value { write(value) }
    }

    package mutating func write(_ values: [String]) {
        write(values.count)
        for value in values { write(value) }
    }

    package mutating func write(_ values: [Int]) {
        write(values.count)
        for value in values { write(value) }
    }

    /// A count, then each element written by `element`.
    package mutating func write<T>(_ values: [T], _ element: (inout BinaryWriter, T) -> Void) {
        write(values.count)
        for value in values { element(&self, value) }
    }

    /// Bytes as they are, for a form that delimits itself.
    package mutating func write(raw: [UInt8]) { bytes.append(contentsOf: raw) }

    /// A length-prefixed block of bytes (read back with ``BinaryReader/block()``).
    package mutating func write(block: [UInt8]) {
        write(block.count)
        bytes.append(contentsOf: block)
    }
}

/// Reads what ``BinaryWriter`` wrote; every read throws ``BinaryReader/Damaged`` past the end.
package struct BinaryReader: Sendable {
    package struct Damaged: Error { package init() {} }

    /// The bytes read from (shared, not copied, by readers made from them).
    package let bytes: [UInt8]
    private var offset = 0
    /// Where reading stops.
    private let end: Int

    package init(_ bytes: [UInt8]) {
        self.bytes = bytes
        end = bytes.count
    }

    /// A reader of `bytes[offset..<end]` (`end` defaults to all of them).
    package init(_ bytes: [UInt8], at offset: Int, end: Int? = nil) throws(Damaged) {
        let end = end ?? bytes.count
        guard offset >= 0, offset <= end, end <= bytes.count else { throw Damaged() }
        self.bytes = bytes
        self.offset = offset
        self.end = end
    }

    /// Where the next read starts.
    package var position: Int { offset }

    package var isAtEnd: Bool { offset == end }

    /// The next byte, not read; nil at the end.
    package func peek() -> UInt8? { offset < end ? bytes[offset] : nil }

    package mutating func uint64() throws(Damaged) -> UInt64 {
        guard end - offset >= 8 else { throw Damaged() }
        var value: UInt64 = 0
        for index in 0..<8 { value |= UInt64(bytes[offset + index]) << UInt64(index * 8) }
        offset += 8
        return value
    }

    package mutating func int() throws(Damaged) -> Int {
        let value = Int64(bitPattern: try uint64())
        guard let result = Int(exactly: value) else { throw Damaged() }
        return result
    }

    /// A count of items still to come: never more than the bytes left, so a damaged length
    /// cannot make the reader reserve gigabytes.
    package mutating func count() throws(Damaged) -> Int {
        let value = try int()
        guard value >= 0, value <= end - offset else { throw Damaged() }
        return value
    }

    package mutating func double() throws(Damaged) -> Double { Double(bitPattern: try uint64()) }

    package mutating func bool() throws(Damaged) -> Bool {
        guard offset < end, bytes[offset] <= 1 else { throw Damaged() }
        defer { offset += 1 }
        return bytes[offset] == 1
    }

    package mutating func string() throws(Damaged) -> String {
        let length = try count()
        defer { offset += length }
        // Decoding repairs bad bytes rather than rejecting them: the checksum has vouched for
        // the file, and a damaged length or count is still caught above.
        return String(decoding: bytes[offset..<offset + length], as: UTF8.self)
    }

    package mutating func optionalString() throws(Damaged) -> String? {
        try bool() ? try string() : nil
    }

    package mutating func strings() throws(Damaged) -> [String] {
        try array { (reader: inout BinaryReader) throws(Damaged) in try reader.string() }
    }

    /// A count, then that many elements read by `element`.
    package mutating func array<T>(_ element: (inout BinaryReader) throws(Damaged) -> T) throws(Damaged) -> [T] {
        let count = try count()
        var values: [T] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try element(&self)) }
        return values
    }

    /// A block written by ``BinaryWriter/write(block:)``.
    package mutating func block() throws(Damaged) -> [UInt8] {
        let length = try count()
        defer { offset += length }
        return Array(bytes[offset..<offset + length])
    }

    package mutating func ints() throws(Damaged) -> [Int] {
        try array { (reader: inout BinaryReader) throws(Damaged) in try reader.int() }
    }
}
