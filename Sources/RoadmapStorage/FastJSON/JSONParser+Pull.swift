import Foundation

/// Reading a document straight into values, without building a `JSONValue` tree first: the fast
/// path for valid roadmap and progress files (Docs/performance.md).
///
/// The pull readers handle only what a valid file holds. Anything else — a value of the wrong type,
/// a missing required field, a repeated key, a key with escapes, a newer `schemaVersion`, a syntax
/// error — throws, and the caller decodes the same bytes again through the tree
/// (`WorkspaceJSON.decode`), whose errors name the line:column or field path. So a file either
/// decodes here to exactly what the tree path builds, or the tree path has the last word.
extension JSONParser {
    /// The bytes of an object key, compared with field names without making a `String`.
    struct Key {
        let bytes: UnsafeBufferPointer<UInt8>

        /// Whether the key is `name`: lengths first, then eight bytes at a time (inlined with the
        /// name's bytes as constants, no `memcmp` call per candidate field).
        @inline(__always)
        func `is`(_ name: StaticString) -> Bool {
            let count = name.utf8CodeUnitCount
            guard count == bytes.count else { return false }
            let expected = UnsafeRawPointer(name.utf8Start)
            let actual = UnsafeRawPointer(bytes.baseAddress!)
            var k = 0
            while k + 8 <= count {
                guard expected.loadUnaligned(fromByteOffset: k, as: UInt64.self) == actual.loadUnaligned(fromByteOffset: k, as: UInt64.self)
                else { return false }
                k += 8
            }
            while k < count {
                guard expected.load(fromByteOffset: k, as: UInt8.self) == actual.load(fromByteOffset: k, as: UInt8.self) else {
                    return false
                }
                k += 1
            }
            return true
        }
    }

    /// Where a pull reader stands in an object or array: how many members it has read, and
    /// whether the closing bracket (or a `null` read as an empty array) is behind it.
    struct Cursor {
        var members = 0
        var closed = false
    }

    /// Consumes the `{` of an object, whose keys `nextKey(_:)` then gives one by one. Readers loop
    /// (`while let key = try p.nextKey(&fields)`) instead of passing a closure: a value built in a
    /// closure's captured variable was copied out of it (a dozen retains and releases per value).
    mutating func openObject() throws(SyntaxError) -> Cursor {
        guard i < buffer.count, buffer[i] == UInt8(ascii: "{") else { throw error(ru: "ожидается: объект", en: "expected an object") }
        i += 1
        return Cursor()
    }

    /// The next key of the object, with the parser at its value (which the caller must consume),
    /// or `nil` once the closing `}` is consumed. The key runs to the first '"': one that matches a
    /// field name is plain; any other goes through `skipUnknown(_:depth:)`, which leaves a key with
    /// an escape or a control byte to the tree path.
    @inline(__always)
    mutating func nextKey(_ cursor: inout Cursor) throws(SyntaxError) -> Key? {
        guard try nextMember(&cursor, closer: UInt8(ascii: "}")) else { return nil }
        guard i < buffer.count, buffer[i] == UInt8(ascii: "\""), let end = closingQuote(from: i) else {
            throw error(ru: "ожидается: ключ в двойных кавычках", en: "expected a key in double quotes")
        }
        let key = Key(bytes: UnsafeBufferPointer(rebasing: buffer[(i + 1)..<end]))
        i = end + 1
        try expectColon()
        return key
    }

    /// Skips the value of a key no reader knows, once the key is known to hold no escape or control
    /// byte (the tree path reads those: `"titl\\u0065"` is `title`).
    mutating func skipUnknown(_ key: Key, depth: Int) throws(SyntaxError) {
        guard JSONSpecialBytes.firstSpecial(in: key.bytes, from: 0) == key.bytes.count, UTF8Check.firstInvalid(key.bytes) == nil
        else { throw error(ru: "ожидается: простой ключ", en: "expected a plain key") }
        _ = try value(depth: depth)
    }

    /// Consumes the `[` of an array; `null` reads as an empty array (a missing optional array, as
    /// the tree path reads it). Its elements follow with `nextElement(_:)`.
    mutating func openArray() throws(SyntaxError) -> Cursor {
        if try readNull() { return Cursor(closed: true) }
        guard i < buffer.count, buffer[i] == UInt8(ascii: "[") else { throw error(ru: "ожидается: массив", en: "expected an array") }
        i += 1
        return Cursor()
    }

    /// Whether another element follows (the parser is then at it, and the caller must consume
    /// it); false once the closing `]` is consumed.
    @inline(__always)
    mutating func nextElement(_ cursor: inout Cursor) throws(SyntaxError) -> Bool {
        try nextMember(&cursor, closer: UInt8(ascii: "]"))
    }

    /// The step between two members: white space, then `,` or the closer (nothing but the closer
    /// or a member before the first). Accepts exactly what `elements(closer:_:)` accepts.
    @inline(__always)
    mutating func nextMember(_ cursor: inout Cursor, closer: UInt8) throws(SyntaxError) -> Bool {
        if cursor.closed { return false }
        skipLineAndIndent()
        guard i < buffer.count else { throw error(ru: "неожиданный конец файла", en: "unexpected end of file") }
        if buffer[i] == closer {
            i += 1
            cursor.closed = true
            return false
        }
        if cursor.members > 0 {
            guard buffer[i] == UInt8(ascii: ",") else {
                throw error(ru: "ожидается «,» или закрывающая скобка", en: "expected ',' or a closing bracket")
            }
            i += 1
            skipLineAndIndent()
        }
        cursor.members += 1
        return true
    }

    /// White space as pretty-printed files have it around members — a line break, then up to 15
    /// spaces of indentation — skipped inline, two words at most; anything else goes to
    /// `skipSpaceRun()`.
    @inline(__always)
    mutating func skipLineAndIndent() {
        if i < buffer.count, buffer[i] > 0x20 { return }
        if i + 17 <= buffer.count, buffer[i] == 0x0A, let base = UnsafeRawPointer(buffer.baseAddress) {
            let spaces: UInt64 = 0x2020_2020_2020_2020
            var k = i + 1
            var other = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: k, as: UInt64.self)) ^ spaces
            if other == 0 {
                k += 8
                other = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: k, as: UInt64.self)) ^ spaces
            }
            if other != 0 {
                k += other.trailingZeroBitCount >> 3
                if buffer[k] > 0x20 {
                    i = k
                    return
                }
            }
        }
        skipSpaceRun()
    }

    /// Consumes `null` and returns true, or returns false at any other value.
    mutating func readNull() throws(SyntaxError) -> Bool {
        guard i < buffer.count, buffer[i] == UInt8(ascii: "n") else { return false }
        try literal("null")
        return true
    }

    /// A required string (not `null`).
    mutating func readString() throws(SyntaxError) -> String {
        guard i < buffer.count, buffer[i] == UInt8(ascii: "\"") else { throw error(ru: "ожидается: строка", en: "expected a string") }
        return try string()
    }

    /// The raw bytes of a string without escapes (for matching against known words); throws at
    /// anything else, including an escaped string, which the tree path then reads.
    mutating func readWord() throws(SyntaxError) -> Key {
        guard i < buffer.count, buffer[i] == UInt8(ascii: "\""), let end = plainStringEnd(from: i) else {
            throw error(ru: "ожидается: простая строка", en: "expected a plain string")
        }
        let word = Key(bytes: UnsafeBufferPointer(rebasing: buffer[(i + 1)..<end]))
        i = end + 1
        return word
    }

    /// A period, parsed once per text and worker.
    mutating func readPeriod() throws(SyntaxError) -> Period {
        let text = try readString()
        guard let period = interner?.period(text) ?? Period(parsing: text) else {
            throw error(ru: "ожидается: период", en: "expected a period")
        }
        return period
    }

    /// An optional string: `nil` for `null`.
    mutating func readOptionalString() throws(SyntaxError) -> String? {
        try readNull() ? nil : try readString()
    }

    /// An array of strings (`null` = empty).
    mutating func readStrings() throws(SyntaxError) -> [String] {
        var result: [String] = []
        var items = try openArray()
        while try nextElement(&items) { result.append(try readString()) }
        return result
    }

    /// An array of strings that other files likely repeat (an activity's documents): shared
    /// through the interner when its JSON text was seen before.
    mutating func readSharedStrings() throws(SyntaxError) -> [String] {
        guard interner != nil, let (end, hash) = plainStringArray() else { return try readStrings() }
        let text = UnsafeBufferPointer(rebasing: buffer[i..<end])
        if let known = interner.unsafelyUnwrapped.strings(forArrayText: text, hash: hash) {
            i = end
            return known
        }
        let value = try readStrings()
        interner.unsafelyUnwrapped.remember(strings: value, forArrayText: text, hash: hash)
        return value
    }

    /// One past the `]` of the array at the reading position, and a hash of its strings, when it
    /// holds only strings without escapes (at least one); `nil` for anything else, which is then
    /// read element by element.
    func plainStringArray() -> (end: Int, hash: UInt64)? {
        var probe = JSONParser(buffer: buffer)  // no interner: a copy of it would be retained
        probe.i = i
        guard probe.i < buffer.count, buffer[probe.i] == UInt8(ascii: "[") else { return nil }
        probe.i += 1
        var hash = StringInterner.seed
        while true {
            probe.skipSpace()
            guard probe.i < buffer.count, buffer[probe.i] == UInt8(ascii: "\""), let plain = scanPlainString(from: probe.i) else {
                return nil
            }
            hash = StringInterner.mix(hash, plain.hash)
            probe.i = plain.end + 1
            probe.skipSpace()
            guard probe.i < buffer.count else { return nil }
            if buffer[probe.i] == UInt8(ascii: "]") { return (probe.i + 1, hash) }
            guard buffer[probe.i] == UInt8(ascii: ",") else { return nil }
            probe.i += 1
        }
    }

    /// An optional ISO date (`YYYY-MM-DD` that exists), read from the bytes without a `String`, as
    /// `LocalDate(iso:)` reads them.
    mutating func readOptionalDate() throws(SyntaxError) -> LocalDate? {
        if try readNull() { return nil }
        guard i + 11 < buffer.count, buffer[i] == UInt8(ascii: "\""), buffer[i + 11] == UInt8(ascii: "\""),
            buffer[i + 5] == UInt8(ascii: "-"), buffer[i + 8] == UInt8(ascii: "-")
        else { throw error(ru: "ожидается: дата", en: "expected a date") }
        @inline(__always) func digit(_ k: Int) -> Int { Int(buffer[i + k] &- 48) }
        let (y1, y2, y3, y4, m1, m2, d1, d2) = (digit(1), digit(2), digit(3), digit(4), digit(6), digit(7), digit(9), digit(10))
        guard y1 < 10, y2 < 10, y3 < 10, y4 < 10, m1 < 10, m2 < 10, d1 < 10, d2 < 10,
            let date = LocalDate(year: y1 * 1000 + y2 * 100 + y3 * 10 + y4, month: m1 * 10 + m2, day: d1 * 10 + d2)
        else { throw error(ru: "ожидается: дата", en: "expected a date") }
        i += 12
        return date
    }

    /// An optional whole number, as the tree path reads it (`nil` for `null`).
    mutating func readOptionalInt() throws(SyntaxError) -> Int? {
        if try readNull() { return nil }
        guard i < buffer.count, buffer[i] == UInt8(ascii: "-") || (buffer[i] >= 48 && buffer[i] <= 57) else {
            throw error(ru: "ожидается: число", en: "expected a number")
        }
        let d = try number()
        guard d == d.rounded(), abs(d) < 1e15 else { throw error(ru: "ожидается: целое число", en: "expected a whole number") }
        return Int(d)
    }

    /// Reads a top-level `schemaVersion` value; throws when it is a number newer than this tool
    /// supports, so the tree path reports it.
    mutating func checkSchemaVersion() throws(SyntaxError) {
        // Anything but a whole number from 1 to the current version goes to the tree path, which says what is wrong.
        guard case .number(let version) = try value(depth: 1), version.rounded() == version, version >= 1,
            version <= Double(WorkspaceFormat.currentVersion)
        else { throw error(ru: "schemaVersion не принят", en: "schemaVersion not accepted") }
    }

    /// Records that the field with bit `bit` was read; a repeated key goes to the tree path (which
    /// takes the first occurrence).
    func markOnce(_ seen: inout UInt32, _ bit: UInt32) throws(SyntaxError) {
        guard seen & bit == 0 else { throw error(ru: "повторяющийся ключ", en: "repeated key") }
        seen |= bit
    }
}
