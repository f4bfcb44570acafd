/// The Windows-1251 code page (Кириллица Windows), written out by hand.
///
/// Bytes 0x00–0x7F are ASCII, 0xC0–0xFF are А–я (U+0410–U+044F); the table below covers 0x80–0xBF.
enum Windows1251 {
    /// Unicode scalars for bytes 0x80...0xBF; 0x98 is unassigned (U+FFFD).
    static let upperHalf: [UInt32] = [
        0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021,  // 80–87
        0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F,  // 88–8F
        0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90–97
        0xFFFD, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F,  // 98–9F
        0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7,  // A0–A7
        0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,  // A8–AF
        0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7,  // B0–B7
        0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457,  // B8–BF
    ]

    /// The reverse of `upperHalf`.
    static let bytesByScalar: [UInt32: UInt8] = {
        var map = [UInt32: UInt8]()
        for (offset, value) in upperHalf.enumerated() where value != 0xFFFD {
            map[value] = UInt8(0x80 + offset)
        }
        return map
    }()

    /// The character a byte stands for.
    static func scalar(for byte: UInt8) -> Unicode.Scalar {
        switch byte {
        case 0x00...0x7F: Unicode.Scalar(byte)
        case 0xC0...0xFF: Unicode.Scalar(UInt32(byte) - 0xC0 + 0x0410)!
        default: Unicode.Scalar(upperHalf[Int(byte) - 0x80])!
        }
    }

    /// The byte for a character, or nil when Windows-1251 has none.
    static func byte(for scalar: Unicode.Scalar) -> UInt8? {
        switch scalar.value {
        case 0x00...0x7F: UInt8(scalar.value)
        case 0x0410...0x044F: UInt8(scalar.value - 0x0410 + 0xC0)
        default: bytesByScalar[scalar.value]
        }
    }
}
