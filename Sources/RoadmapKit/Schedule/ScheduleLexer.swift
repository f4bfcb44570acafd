/// Splits a deadline text into tokens, working on Unicode scalars (no regular expressions, no
/// Foundation): numbers, words (lowercased, ё folded to е, classified by `ScheduleVocabulary`) and
/// punctuation, with every kind of dash («-», «–», «—», «−») folded into one.
struct ScheduleLexer {
    /// The source, as scalars (for quoting parts of it).
    let scalars: [Unicode.Scalar]

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    /// The source text between two scalar offsets, with runs of whitespace collapsed to one space.
    func quote(_ start: Int, _ end: Int) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in scalars[start..<end] {
            if ScheduleLexer.isSpace(scalar.value) {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            result.append(scalar)
        }
        return String(result)
    }

    static func isSpace(_ v: UInt32) -> Bool {
        v == 0x20 || (v >= 0x09 && v <= 0x0D) || v == 0xA0 || v == 0x2028 || v == 0x2029 || v == 0x202F
            || (v >= 0x2000 && v <= 0x200B) || v == 0xFEFF || v == 0x3000 || v < 0x20
    }

    /// Lowercases a letter we treat as part of a word, or returns `nil` for a non-letter.
    static func letter(_ scalar: Unicode.Scalar) -> UInt32? {
        let v = scalar.value
        switch v {
        case 0x61...0x7A, 0x430...0x44F: return v
        case 0x41...0x5A: return v + 0x20
        case 0x410...0x42F: return v + 0x20
        case 0x401, 0x451: return 0x435  // ё → е
        case 0x450...0x45F: return v
        case 0x400...0x40F: return v + 0x50
        case 0..<0x80: return nil
        default: return scalar.properties.isAlphabetic ? v : nil
        }
    }

    /// The tokens of the text.
    func tokens() -> [ScheduleToken] {
        var result: [ScheduleToken] = []
        result.reserveCapacity(16)
        var word: [UInt32] = []
        var i = 0
        let n = scalars.count
        while i < n {
            let scalar = scalars[i]
            let v = scalar.value
            if v >= 0x30 && v <= 0x39 {
                let start = i
                var value = 0
                while i < n, scalars[i].value >= 0x30, scalars[i].value <= 0x39 {
                    if i - start < 9 { value = value * 10 + Int(scalars[i].value - 0x30) }
                    i += 1
                }
                let length = i - start
                result.append(
                    ScheduleToken(
                        kind: .number, value: length > 9 ? -1 : value, length: length, start: start, end: i,
                        keyword: nil))
                continue
            }
            if let lower = ScheduleLexer.letter(scalar) {
                let start = i
                word.removeAll(keepingCapacity: true)
                word.append(lower)
                i += 1
                while i < n, let next = ScheduleLexer.letter(scalars[i]) {
                    word.append(next)
                    i += 1
                }
                result.append(
                    ScheduleToken(
                        kind: .word, value: 0, length: word.count, start: start, end: i,
                        keyword: word.count <= 16 ? ScheduleVocabulary.keyword(word[...]) : nil))
                continue
            }
            i += 1
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
            result.append(ScheduleToken(kind: kind, value: 0, length: 1, start: i - 1, end: i, keyword: nil))
        }
        return result
    }
}
