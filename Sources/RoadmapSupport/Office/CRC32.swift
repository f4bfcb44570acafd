/// CRC-32 (ISO 3309, the polynomial 0xEDB88320 reflected) as zip archives use it for every entry.
///
/// One table-driven implementation shared by the zip reader (which checks each inflated entry)
/// and the zip writer (which stamps each entry it stores).
enum CRC32 {
    /// The 256-entry table of the reflected polynomial.
    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 {
            value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1
        }
        return value
    }

    /// The checksum of `bytes`; pass a previous result as `initial` to continue over more bytes.
    static func checksum<Bytes: Sequence>(_ bytes: Bytes, continuing initial: UInt32 = 0) -> UInt32
    where Bytes.Element == UInt8 {
        var crc = ~initial
        for byte in bytes {
            crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
        }
        return ~crc
    }
}
