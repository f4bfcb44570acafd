/// A fast JSON parser over UTF-8 bytes (RFC 8259). Errors carry the byte offset; the caller
/// turns it into line and column.
struct JSONParser {
    struct SyntaxError: Error {
        var offset: Int
        /// What is wrong, in both languages.
        var message: LocalizedText
    }

    /// Parses a whole document. A UTF-8 byte-order mark is skipped.
    static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> JSONValue {
        try bytes.withUnsafeBufferPointer { (buffer) throws(SyntaxError) -> JSONValue in try parse(buffer) }
    }

    /// Parses a whole document held in `buffer`.
    static func parse(_ buffer: UnsafeBufferPointer<UInt8>) throws(SyntaxError) -> JSONValue {
        try UTF8Check.validate(buffer)
        var parser = JSONParser(buffer: buffer)
        parser.skipByteOrderMarkAndSpace()
        let value = try parser.value(depth: 0)
        try parser.expectEnd()
        return value
    }

    let buffer: UnsafeBufferPointer<UInt8>
    var i = 0
    /// Shares repeated long strings, when set (see `StringInterner`).
    var interner: StringInterner?

    init(buffer: UnsafeBufferPointer<UInt8>, interner: StringInterner? = nil) {
        self.buffer = buffer
        self.interner = interner
    }

    /// Skips a UTF-8 byte-order mark and white space at the start of a document.
    mutating func skipByteOrderMarkAndSpace() {
        if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { i = 3 }
        skipSpace()
    }

    /// Checks that nothing but white space follows the top-level value.
    mutating func expectEnd() throws(SyntaxError) {
        skipSpace()
        guard i == buffer.count else {
            throw error(ru: "лишний текст после конца значения JSON", en: "unexpected text after the end of the JSON value")
        }
    }

    func error(ru: String, en: String) -> SyntaxError { SyntaxError(offset: i, message: LocalizedText(ru: ru, en: en)) }

    func error(_ message: LocalizedText) -> SyntaxError { SyntaxError(offset: i, message: message) }

    /// Skips white space. Pretty-printed files are a third indentation: a run of spaces is
    /// skipped eight bytes at a time, and the common case — no space at all — costs one compare.
    @inline(__always)
    mutating func skipSpace() {
        if i < buffer.count, buffer[i] > 0x20 { return }
        skipSpaceRun()
    }

    mutating func skipSpaceRun() {
        let count = buffer.count
        guard let base = UnsafeRawPointer(buffer.baseAddress) else { return }
        while i < count {
            switch buffer[i] {
            case 0x20:
                i += 1
                while i + 8 <= count {
                    let other = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: i, as: UInt64.self)) ^ 0x2020_2020_2020_2020
                    if other != 0 {
                        i += other.trailingZeroBitCount >> 3
                        break
                    }
                    i += 8
                }
            case 0x09, 0x0A, 0x0D: i += 1
            default: return
            }
        }
    }

    mutating func value(depth: Int) throws(SyntaxError) -> JSONValue {
        guard depth < 512 else { throw error(ru: "слишком глубокая вложенность", en: "nesting too deep") }
        guard i < buffer.count else { throw error(ru: "неожиданный конец файла", en: "unexpected end of file") }
        switch buffer[i] {
        case UInt8(ascii: "{"): return .object(try object(depth: depth))
        case UInt8(ascii: "["): return .array(try array(depth: depth))
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"):
            try literal("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try literal("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try literal("null")
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return .number(try number())
        default:
            throw error(ru: "неожиданный символ", en: "unexpected character")
        }
    }

    mutating func literal(_ word: StaticString) throws(SyntaxError) {
        let count = word.utf8CodeUnitCount
        guard i + count <= buffer.count else { throw error(ru: "неожиданный конец файла", en: "unexpected end of file") }
        let start = word.utf8Start
        for k in 0..<count where buffer[i + k] != start[k] { throw error(ru: "неожиданный символ", en: "unexpected character") }
        i += count
    }

    mutating func number() throws(SyntaxError) -> Double {
        let start = i
        var negative = false
        if buffer[i] == UInt8(ascii: "-") {
            negative = true
            i += 1
        }
        var integer: Int = 0
        var digits = 0
        var simple = true
        while i < buffer.count, buffer[i] >= 48, buffer[i] <= 57 {
            if digits < 18 { integer = integer * 10 + Int(buffer[i] - 48) } else { simple = false }
            digits += 1
            i += 1
        }
        guard digits > 0 else { throw error(ru: "ожидается: цифра", en: "expected a digit") }
        if i < buffer.count, buffer[i] == UInt8(ascii: ".") || buffer[i] == UInt8(ascii: "e") || buffer[i] == UInt8(ascii: "E") {
            simple = false
            i += 1
            while i < buffer.count,
                (buffer[i] >= 48 && buffer[i] <= 57) || buffer[i] == UInt8(ascii: "+") || buffer[i] == UInt8(ascii: "-")
                    || buffer[i] == UInt8(ascii: "e") || buffer[i] == UInt8(ascii: "E")
            {
                i += 1
            }
        }
        if simple { return Double(negative ? -integer : integer) }
        let text = String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<i]), as: UTF8.self)
        guard let value = Double(text) else {
            i = start
            throw error(ru: "неверно записанное число", en: "malformed number")
        }
        // 1e999 is valid JSON but no number this tool can hold: reported where it stands.
        guard value.isFinite else {
            i = start
            throw error(ru: "число вне допустимого диапазона", en: "number out of range")
        }
        return value
    }

    mutating func string() throws(SyntaxError) -> String {
        i += 1
        let start = i
        // With an interner every string without escapes is read by `sharedString()`.
        if interner != nil, let shared = sharedString() { return shared }
        // Fast path: no escapes.
        i = JSONSpecialBytes.firstSpecial(in: buffer, from: i)
        if i < buffer.count, buffer[i] == UInt8(ascii: "\"") {
            let bytes = UnsafeBufferPointer(rebasing: buffer[start..<i])
            // Validated as it is made (the same pass `String(decoding:)` makes to repair): text
            // that is not UTF-8 is refused where it stands, never stored with U+FFFD in it.
            guard let s = UTF8Check.string(bytes) else {
                i = start + (UTF8Check.firstInvalid(bytes) ?? 0)
                throw error(UTF8Check.message)
            }
            i += 1
            return s
        }
        if i < buffer.count, buffer[i] < 0x20 {
            throw error(ru: "управляющий символ внутри строки", en: "control character inside a string")
        }
        var bytes = Array(buffer[start..<i])
        while i < buffer.count {
            let c = buffer[i]
            if c == UInt8(ascii: "\"") {
                guard let s = String(validating: bytes, as: UTF8.self) else {
                    i = start
                    throw error(UTF8Check.message)
                }
                i += 1
                return s
            }
            if c < 0x20 { throw error(ru: "управляющий символ внутри строки", en: "control character inside a string") }
            if c != UInt8(ascii: "\\") {
                bytes.append(c)
                i += 1
                continue
            }
            i += 1
            guard i < buffer.count else { break }
            let e = buffer[i]
            i += 1
            switch e {
            case UInt8(ascii: "\""): bytes.append(0x22)
            case UInt8(ascii: "\\"): bytes.append(0x5C)
            case UInt8(ascii: "/"): bytes.append(0x2F)
            case UInt8(ascii: "b"): bytes.append(0x08)
            case UInt8(ascii: "f"): bytes.append(0x0C)
            case UInt8(ascii: "n"): bytes.append(0x0A)
            case UInt8(ascii: "r"): bytes.append(0x0D)
            case UInt8(ascii: "t"): bytes.append(0x09)
            case UInt8(ascii: "u"):
                let escape = i - 2
                var scalar = try hex4()
                if (0xD800...0xDBFF).contains(scalar), i + 1 < buffer.count, buffer[i] == UInt8(ascii: "\\"),
                    buffer[i + 1] == UInt8(ascii: "u")
                {
                    i += 2
                    let low = try hex4()
                    guard (0xDC00...0xDFFF).contains(low) else {
                        throw error(ru: "неверная суррогатная пара", en: "invalid surrogate pair")
                    }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let u = Unicode.Scalar(scalar) else {
                    // A lone surrogate is no character: reported at its backslash.
                    i = escape
                    throw error(ru: "неверная последовательность «\\u» (одиночный суррогат)", en: "invalid \\u escape (a lone surrogate)")
                }
                bytes.append(contentsOf: Array(String(Character(u)).utf8))
            default:
                i -= 1
                throw error(ru: "неверная экранирующая последовательность", en: "invalid escape")
            }
        }
        throw error(ru: "незакрытая строка", en: "unterminated string")
    }

    /// A string without escapes, found from its opening quote: where it ends (its closing quote),
    /// its interner hash, and its first and last words (a 1–15-byte text's key).
    struct PlainString {
        var end: Int
        var hash: UInt64
        var first: UInt64
        var tail: UInt64
    }

    /// Looks for the closing quote of the string whose opening quote is at `quote` eight bytes at
    /// a time, mixing the same words into the interner's hash, so a text is read once. `nil` at an
    /// escape, a control byte or the end of the buffer (callers then take the slow path).
    @inline(__always)
    func scanPlainString(from quote: Int) -> PlainString? {
        guard let base = UnsafeRawPointer(buffer.baseAddress) else { return nil }
        let start = quote + 1
        var end = start
        var hash = StringInterner.seed
        var first: UInt64 = 0
        while end + 8 <= buffer.count {
            let w = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: end, as: UInt64.self))
            let flags = JSONSpecialBytes.specialFlags(w)
            if flags == 0 {
                if end == start { first = w }
                hash = StringInterner.mix(hash, w)
                end += 8
                continue
            }
            let k = flags.trailingZeroBitCount >> 3
            end += k
            guard buffer[end] == UInt8(ascii: "\"") else { return nil }
            let tail = w & ((1 &<< UInt64(8 * k)) &- 1)
            return PlainString(end: end, hash: StringInterner.finish(hash, tail: tail, count: end - start), first: first, tail: tail)
        }
        // Fewer than eight bytes left in the buffer: byte by byte.
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while end < buffer.count {
            let c = buffer[end]
            if c == UInt8(ascii: "\"") {
                return PlainString(end: end, hash: StringInterner.finish(hash, tail: tail, count: end - start), first: first, tail: tail)
            }
            if c == UInt8(ascii: "\\") || c < 0x20 { return nil }
            tail |= UInt64(c) << shift
            shift += 8
            end += 1
        }
        return nil
    }

    /// The string from the reading position (just past its opening quote) through the interner,
    /// found by its hash or, for 1–15 bytes, by its bytes; `nil` when `scanPlainString` is (then
    /// `string()` reads it from the start again and reports what is wrong).
    @inline(__always)
    mutating func sharedString() -> String? {
        guard let plain = scanPlainString(from: i - 1) else { return nil }
        let count = plain.end - i
        let bytes = UnsafeBufferPointer(rebasing: buffer[i..<plain.end])
        i = plain.end + 1
        if count > 15 { return interner.unsafelyUnwrapped.string(bytes, hash: plain.hash) }
        if count == 0 { return "" }
        let length = UInt64(count) << 56
        let key =
            count < 8
            ? StringInterner.ShortKey(low: plain.tail, high: length)
            : StringInterner.ShortKey(low: plain.first, high: plain.tail | length)
        return interner.unsafelyUnwrapped.string(bytes, short: key)
    }

    /// The position of the first '"' after the opening quote at `quote`, eight bytes at a time, or
    /// `nil` (for keys: a key that matches a field name holds no escape; others are checked by
    /// `skipUnknown(_:depth:)`).
    @inline(__always)
    func closingQuote(from quote: Int) -> Int? {
        var end = quote + 1
        if let base = UnsafeRawPointer(buffer.baseAddress) {
            let ones: UInt64 = 0x0101_0101_0101_0101
            while end + 8 <= buffer.count {
                let x = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: end, as: UInt64.self)) ^ 0x2222_2222_2222_2222
                let flags = (x &- ones) & ~x & 0x8080_8080_8080_8080
                if flags != 0 { return end + flags.trailingZeroBitCount >> 3 }
                end += 8
            }
        }
        while end < buffer.count {
            if buffer[end] == UInt8(ascii: "\"") { return end }
            end += 1
        }
        return nil
    }

    mutating func hex4() throws(SyntaxError) -> UInt32 {
        guard i + 4 <= buffer.count else { throw error(ru: "неожиданный конец файла", en: "unexpected end of file") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = buffer[i]
            let d: UInt32
            switch c {
            case 48...57: d = UInt32(c - 48)
            case 65...70: d = UInt32(c - 55)
            case 97...102: d = UInt32(c - 87)
            default: throw error(ru: "неверная последовательность «\\u»", en: "invalid \\u escape")
            }
            v = v * 16 + d
            i += 1
        }
        return v
    }

    mutating func array(depth: Int) throws(SyntaxError) -> [JSONValue] {
        i += 1
        var result: [JSONValue] = []
        try elements(closer: UInt8(ascii: "]")) { (p) throws(SyntaxError) in result.append(try p.value(depth: depth + 1)) }
        return result
    }

    mutating func object(depth: Int) throws(SyntaxError) -> JSONObject {
        i += 1
        var result = JSONObject()
        // Keys of a large object are looked up in a set, so a huge object is not quadratic.
        var large: Set<String>?
        try elements(closer: UInt8(ascii: "}")) { (p) throws(SyntaxError) in
            guard p.i < p.buffer.count, p.buffer[p.i] == UInt8(ascii: "\"") else {
                throw p.error(ru: "ожидается: ключ в двойных кавычках", en: "expected a key in double quotes")
            }
            let keyStart = p.i
            let key = try p.string()
            // A repeated key is an error, not "the first (or last) wins": which one a person meant is unknown.
            if result.keys.count == 32 { large = Set(result.keys) }
            let repeated = large != nil ? !large!.insert(key).inserted : result.keys.contains(key)
            if repeated {
                p.i = keyStart
                throw p.error(ru: "повторяющийся ключ «\(key)»", en: "repeated key \"\(key)\"")
            }
            try p.expectColon()
            result.keys.append(key)
            result.values.append(try p.value(depth: depth + 1))
        }
        return result
    }

    /// After an opening bracket: calls `element` with the parser at each comma-separated element
    /// (which it must consume) until `closer`, which is consumed too. Shared by the tree and the
    /// pull readers, so both accept and refuse the same documents.
    mutating func elements(closer: UInt8, _ element: (inout JSONParser) throws(SyntaxError) -> Void) throws(SyntaxError) {
        skipSpace()
        if i < buffer.count, buffer[i] == closer {
            i += 1
            return
        }
        while true {
            skipSpace()
            try element(&self)
            skipSpace()
            guard i < buffer.count else {
                throw error(
                    ru: "неожиданный конец файла: ожидается «,» или «\(Character(Unicode.Scalar(closer)))»",
                    en: "unexpected end of file: expected ',' or '\(Character(Unicode.Scalar(closer)))'")
            }
            if buffer[i] == UInt8(ascii: ",") {
                i += 1
                continue
            }
            guard buffer[i] == closer else {
                throw error(
                    ru: "ожидается «,» или «\(Character(Unicode.Scalar(closer)))»",
                    en: "expected ',' or '\(Character(Unicode.Scalar(closer)))'")
            }
            i += 1
            return
        }
    }

    /// The ':' after an object key, with white space around it; `": "` right after the key (as
    /// written) costs two compares.
    @inline(__always)
    mutating func expectColon() throws(SyntaxError) {
        if i + 1 < buffer.count, buffer[i] == UInt8(ascii: ":") {
            i += buffer[i + 1] == 0x20 ? 2 : 1
            skipSpace()
            return
        }
        try expectColonAfterSpace()
    }

    mutating func expectColonAfterSpace() throws(SyntaxError) {
        skipSpace()
        guard i < buffer.count, buffer[i] == UInt8(ascii: ":") else { throw error(ru: "ожидается «:»", en: "expected ':'") }
        i += 1
        skipSpace()
    }

    /// Where the string whose opening quote is at `start` ends (its closing quote) when it holds no
    /// escape and no control byte; `nil` otherwise (the full `string()` then decides).
    @inline(__always)
    func plainStringEnd(from start: Int) -> Int? {
        let end = JSONSpecialBytes.firstSpecial(in: buffer, from: start + 1)
        return end < buffer.count && buffer[end] == UInt8(ascii: "\"") ? end : nil
    }
}
