/// Checks that bytes are well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing
/// above U+10FFFF), so a file in another encoding is refused where it goes wrong instead of having
/// its letters replaced by U+FFFD and the damage written back. ASCII runs are skipped eight bytes
/// at a time; only the bytes of non-ASCII letters are looked at one by one.
enum UTF8Check {
    static let message = LocalizedText(
        ru: "текст не в UTF-8 (сохраните файл в кодировке UTF-8)", en: "not UTF-8 text (save the file as UTF-8)")

    /// The text of `bytes`, or `nil` when they are not UTF-8: validated once without a copy
    /// (`UTF8Span`), then copied into a `String` without a second check. As fast as
    /// `String(decoding:as:)`, which validates too but repairs; `String(validating:as:)` took
    /// about 1.7 times as long on workspace texts.
    @inline(__always)
    static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let span = try? UTF8Span(validating: bytes.span) else { return nil }
        return String(copying: span)
    }

    /// Throws at the first byte that does not start or continue a valid sequence.
    static func validate(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONParser.SyntaxError) {
        if let offset = firstInvalid(bytes) {
            throw JSONParser.SyntaxError(offset: offset, message: message)
        }
    }

    /// The offset of the first invalid byte, or `nil` when all are valid.
    static func firstInvalid(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = UnsafeRawPointer(bytes.baseAddress) else { return nil }
        let count = bytes.count
        var i = 0
        while i < count {
            // Eight ASCII bytes at a time.
            while i + 8 <= count, base.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
            }
            guard i < count else { return nil }
            let lead = bytes[i]
            if lead < 0x80 {
                i += 1
                continue
            }
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0:
                length = 3
                low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED:
                length = 3
                high = 0x9F
            case 0xF0:
                length = 4
                low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4:
                length = 4
                high = 0x8F
            default: return i
            }
            guard i + length <= count else { return i }
            let second = bytes[i + 1]
            guard second >= low, second <= high else { return i }
            for k in 2..<max(2, length) where bytes[i + k] & 0xC0 != 0x80 { return i }
            i += length
        }
        return nil
    }
}
