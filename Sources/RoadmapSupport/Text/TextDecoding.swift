import Foundation

/// Decoding of the text files people hand in: UTF-8 (with or without a byte-order mark) or,
/// when the bytes are not valid UTF-8, Windows-1251 (ANSI Cyrillic, Excel's default on Russian Windows).
package enum TextDecoding {
    /// The UTF-8 byte-order mark.
    package static let utf8ByteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Decodes a file's bytes: a UTF-8 BOM means UTF-8 (the BOM is dropped); otherwise valid UTF-8
    /// is UTF-8 and anything else is read as Windows-1251, which maps every byte to a character.
    package static func decode(_ data: Data) -> DecodedText {
        // The bytes are decoded where they are, without a copy (issue 20: memory proportional to the input).
        if data.starts(with: utf8ByteOrderMark) {
            let body = data.dropFirst(utf8ByteOrderMark.count)
            return DecodedText(text: String(decoding: body, as: UTF8.self), encoding: .utf8WithByteOrderMark)
        }
        if let text = String(validating: data, as: UTF8.self) {
            return DecodedText(text: text, encoding: .utf8)
        }
        return DecodedText(text: decodeWindows1251(data), encoding: .windows1251)
    }

    /// Reads Windows-1251 bytes. The one unassigned byte (0x98) becomes U+FFFD.
    package static func decodeWindows1251(_ data: Data) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(data.count)
        for byte in data {
            scalars.append(Windows1251.scalar(for: byte))
        }
        return String(scalars)
    }

    /// Writes text as Windows-1251 bytes, or nil when a character has no Windows-1251 byte
    /// (for example a Latin letter with a diacritic or an emoji).
    package static func encodeWindows1251(_ text: String) -> Data? {
        var bytes = [UInt8]()
        bytes.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            guard let byte = Windows1251.byte(for: scalar) else { return nil }
            bytes.append(byte)
        }
        return Data(bytes)
    }

    /// Converts a Windows-1251 file to UTF-8 bytes (without a byte-order mark).
    package static func convertWindows1251ToUTF8(_ data: Data) -> Data {
        Data(decodeWindows1251(data).utf8)
    }
}
