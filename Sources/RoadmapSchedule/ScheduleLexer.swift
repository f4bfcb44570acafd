/// Splits a deadline text into tokens, reading its UTF-8 bytes once (no regular expressions, no
/// Foundation): numbers, words (lowercased, ё folded to е, classified by `ScheduleVocabulary`) and
/// punctuation, with every kind of dash («-», «–», «—», «−») folded into one.
struct ScheduleLexer {
    /// The source as UTF-8; token positions are byte offsets into it.
    let bytes: [UInt8]

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// The scalar value at byte offset `i` and its length in bytes (U+FFFD, 1 for a broken sequence).
    @inline(__always)
    func scalar(at i: Int) -> (UInt32, Int) {
        let b0 = bytes[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        let n = bytes.count
        if b0 & 0xE0 == 0xC0, i + 1 < n, bytes[i + 1] & 0xC0 == 0x80 {
            return ((UInt32(b0 & 0x1F) << 6) | UInt32(bytes[i + 1] & 0x3F), 2)
        }
        if b0 & 0xF0 == 0xE0, i + 2 < n, bytes[i + 1] & 0xC0 == 0x80, bytes[i + 2] & 0xC0 == 0x80 {
            return ((UInt32(b0 & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F), 3)
        }
        if b0 & 0xF8 == 0xF0, i + 3 < n, bytes[i + 1] & 0xC0 == 0x80, bytes[i + 2] & 0xC0 == 0x80,
            bytes[i + 3] & 0xC0 == 0x80
        {
            let v =
                (UInt32(b0 & 0x07) << 18) | (UInt32(bytes[i + 1] & 0x3F) << 12) | (UInt32(bytes[i + 2] & 0x3F) << 6)
                | UInt32(bytes[i + 3] & 0x3F)
            return (v, 4)
        }
        return (0xFFFD, 1)
    }

    /// The source text between two byte offsets, with runs of whitespace collapsed to one space.
    func quote(_ start: Int, _ end: Int) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(end - start)
        var pendingSpace = false
        var i = start
        while i < end {
            let (v, length) = scalar(at: i)
            if ScheduleLexer.isSpace(v) {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace {
                    result.append(0x20)
                    pendingSpace = false
                }
                result.append(contentsOf: bytes[i..<min(i + length, end)])
            }
            i += length
        }
        return String(decoding: result, as: UTF8.self)
    }

    static func isSpace(_ v: UInt32) -> Bool {
        v <= 0x20 || v == 0xA0 || (v >= 0x2000 && v <= 0x200B) || v == 0x2028 || v == 0x2029 || v == 0x202F
            || v == 0xFEFF || v == 0x3000
    }

    /// Lowercases a letter we treat as part of a word, or returns `nil` for a non-letter.
    @inline(__always)
    static func letter(_ v: UInt32) -> UInt32? {
        switch v {
        case 0x61...0x7A, 0x430...0x44F: return v
        case 0x41...0x5A: return v + 0x20
        case 0x410...0x42F: return v + 0x20
        case 0x401, 0x451: return 0x435  // ё → е
        case 0x450...0x45F: return v
        case 0x400...0x40F: return v + 0x50
        case 0..<0x80: return nil
        default: return Unicode.Scalar(v)?.properties.isAlphabetic == true ? v : nil
        }
    }

    /// The tokens of the text.
    func tokens() -> [ScheduleToken] {
        var result: [ScheduleToken] = []
        result.reserveCapacity(bytes.count / 4 + 2)
        var word: [UInt32] = []
        word.reserveCapacity(24)
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b >= 0x30 && b <= 0x39 {
                let start = i
                var value = 0
                while i < n, bytes[i] >= 0x30, bytes[i] <= 0x39 {
                    if i - start < 9 { value = value * 10 + Int(bytes[i] - 0x30) }
                    i += 1
                }
                let length = i - start
                result.append(
                    ScheduleToken(
                        kind: .number, value: length > 9 ? -1 : value, length: length, start: start, end: i,
                        keyword: nil))
                continue
            }
            let (v, length) = scalar(at: i)
            if let lower = ScheduleLexer.letter(v) {
                let start = i
                word.removeAll(keepingCapacity: true)
                word.append(lower)
                i += length
                while i < n {
                    let (next, nextLength) = scalar(at: i)
                    guard let letter = ScheduleLexer.letter(next) else { break }
                    word.append(letter)
                    i += nextLength
                }
                result.append(
                    ScheduleToken(
                        kind: .word, value: 0, length: word.count, start: start, end: i,
                        keyword: word.count <= 16 ? ScheduleVocabulary.keyword(word) : nil))
                continue
            }
            let start = i
            i += length
            if ScheduleLexer.isSpace(v) { continue }
            let kind: ScheduleToken.Kind
            switch v {
            case 0x2E: kind = .dot
            case 0x2D, 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: kind = .dash
            case 0x2F, 0x5C: kind = .slash
            case 0x2C: kind = .comma
            case 0x3A: kind = .colon
            case 0x3B: kind = .semicolon
            case 0x28, 0x5B, 0x7B: kind = .open
            case 0x29, 0x5D, 0x7D: kind = .close
            default: kind = .other
            }
            result.append(ScheduleToken(kind: kind, value: 0, length: 1, start: start, end: i, keyword: nil))
        }
        return result
    }
}
