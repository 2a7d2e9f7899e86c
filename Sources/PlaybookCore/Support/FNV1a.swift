/// FNV-1a, 64 bits: a fast, stable (unseeded) hash for fingerprints and cache keys.
/// Not for security: it only has to notice changes and keep names apart.
package struct FNV1a: Sendable {
    @usableFromInline var state: UInt64 = 0xcbf2_9ce4_8422_2325

    package init() {}

    /// The hash so far.
    package var value: UInt64 { state }

    // Inlinable so callers in other modules get a loop specialised for their byte sequence.
    @inlinable
    package mutating func mix<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
        var hash = state
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        state = hash
    }

    /// Mixes the bytes of `bytes`. (Not generic: a call from another module gets this loop
    /// compiled for bytes in memory, not an unspecialised one over any sequence.)
    package mutating func mix(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { mix(contentsOf: $0) }
    }

    /// Mixes the UTF-8 bytes of `text`.
    package mutating func mix(_ text: String) {
        var text = text
        text.withUTF8 { mix(contentsOf: $0) }
    }

    private mutating func mix(contentsOf buffer: UnsafeBufferPointer<UInt8>) {
        var hash = state
        for byte in buffer {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        state = hash
    }

    /// Mixes the 8 bytes of `number`, least significant first.
    package mutating func mix(_ number: UInt64) {
        var hash = state
        for shift in stride(from: 0, to: 64, by: 8) {
            hash ^= (number >> UInt64(shift)) & 0xff
            hash = hash &* 0x100_0000_01b3
        }
        state = hash
    }

    /// Mixes one byte.
    package mutating func mix(byte: UInt8) {
        state = (state ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    /// The hash as 16 lowercase hex digits.
    package var hex: String {
        let digits = String(state, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
