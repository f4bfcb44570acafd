import Foundation

/// Writes pretty-printed JSON (two-space indent, keys in the order written) into a byte buffer.
///
/// Used for workspace files so that keys come in a readable, stable order and regenerated files
/// are byte-identical. A bulk `skeleton` run writes 245 MB of it for 4,000 schools, so the writer
/// owns one growing `malloc` buffer (no array uniqueness checks per byte), keys are static text,
/// which containers already hold an element is a bit per nesting level, and `finish` hands the
/// buffer to `Data` without a copy.
package struct JSONWriter: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int
    private var indent = 0
    /// Bit `d` says whether the container at depth `d` (1-based) already has an element, so the
    /// next needs a comma. Workspace files nest at most 7 deep; the writer allows 63.
    private var hasElement: UInt64 = 0

    package init(capacity: Int = 4096) {
        self.capacity = max(capacity, 64)
        base = malloc(self.capacity)!.assumingMemoryBound(to: UInt8.self)
    }

    deinit { free(base) }

    mutating func beginObject() { open(UInt8(ascii: "{")) }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { open(UInt8(ascii: "[")) }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Room for `n` more bytes.
    @inline(__always)
    private mutating func reserve(_ n: Int) {
        if count + n > capacity { grow(count + n) }
    }

    private mutating func grow(_ needed: Int) {
        capacity = max(capacity * 2, needed)
        base = realloc(base, capacity)!.assumingMemoryBound(to: UInt8.self)
    }

    @inline(__always)
    private mutating func put(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    @inline(__always)
    private mutating func put(_ bytes: UnsafeRawBufferPointer) {
        guard bytes.count > 0 else { return }
        reserve(bytes.count)
        (base + count).update(from: bytes.baseAddress!.assumingMemoryBound(to: UInt8.self), count: bytes.count)
        count += bytes.count
    }

    private mutating func open(_ bracket: UInt8) {
        put(bracket)
        indent += 1
        precondition(indent < 64, "JSONWriter: containers nested deeper than 63")
        hasElement &= ~(1 << UInt64(indent))
    }

    private mutating func close(_ bracket: UInt8) {
        let had = hasElement & (1 << UInt64(indent)) != 0
        indent -= 1
        if had { newline() }
        put(bracket)
    }

    /// A line break and the indent, stored sixteen spaces at a time (indents are short: workspace
    /// files nest at most 7 deep). Plain stores, not a `memset` call per line.
    @inline(__always)
    private mutating func newline() {
        let spaces = indent &* 2
        reserve(spaces + 17)
        let start = UnsafeMutableRawPointer(base + count)
        start.storeBytes(of: 0x0A, as: UInt8.self)
        let run: UInt64 = 0x2020_2020_2020_2020
        start.storeBytes(of: run, toByteOffset: 1, as: UInt64.self)
        start.storeBytes(of: run, toByteOffset: 9, as: UInt64.self)
        var written = 16
        while written < spaces {
            start.storeBytes(of: run, toByteOffset: 1 + written, as: UInt64.self)
            start.storeBytes(of: run, toByteOffset: 9 + written, as: UInt64.self)
            written += 16
        }
        count += 1 + spaces
    }

    /// Starts an element of the current container (comma, newline, indent).
    @inline(__always)
    private mutating func element() {
        let bit: UInt64 = 1 << UInt64(indent)
        if hasElement & bit != 0 {
            put(UInt8(ascii: ","))
        } else {
            hasElement |= bit
        }
        newline()
    }

    /// Writes `"key": ` in an object. Keys are plain ASCII names (nothing to escape).
    @inline(__always)
    mutating func key(_ key: StaticString) {
        element()
        guard key.hasPointerRepresentation else {
            // A one-character literal is stored as a scalar.
            put(0x22)
            key.withUTF8Buffer { put(UnsafeRawBufferPointer($0)) }
            put2(0x22, UInt8(ascii: ":"))
            put(0x20)
            return
        }
        let length = key.utf8CodeUnitCount
        reserve(length + 4)
        base[count] = 0x22
        (base + count + 1).update(from: key.utf8Start, count: length)
        count += 1 + length
        base[count] = 0x22
        base[count + 1] = UInt8(ascii: ":")
        base[count + 2] = 0x20
        count += 3
    }

    /// Starts an array element.
    mutating func item() { element() }

    @inline(__always)
    mutating func string(_ s: String) {
        put(0x22)
        appendEscaped(s)
        put(0x22)
    }

    /// A link as its text (`region:5`) without making the `String`: the level is a plain word.
    mutating func string(_ link: ActivityLink) {
        put(0x22)
        var level = link.level.rawValue
        level.withUTF8 { put(UnsafeRawBufferPointer($0)) }
        put(UInt8(ascii: ":"))
        appendEscaped(link.activity)
        put(0x22)
    }

    /// The bytes of `s` with '"', '\\' and control bytes escaped; plain stretches copied at once.
    @inline(__always)
    private mutating func appendEscaped(_ s: String) {
        // Native strings are read where they are (no copy, no retain); others once made contiguous.
        let done: Void? = s.utf8.withContiguousStorageIfAvailable { appendEscaped(utf8: $0) }
        if done == nil {
            var text = s
            text.withUTF8 { appendEscaped(utf8: $0) }
        }
    }

    private mutating func appendEscaped(utf8: UnsafeBufferPointer<UInt8>) {
        // Most texts need no escaping: one scan, one copy.
        if !JSONWriter.mayNeedEscaping(utf8) {
            let n = utf8.count
            if n > 0 {
                reserve(n)
                (base + count).update(from: utf8.baseAddress!, count: n)
                count += n
            }
            return
        }
        var start = 0
        while start < utf8.count {
            let special = JSONSpecialBytes.firstSpecial(in: utf8, from: start)
            put(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(utf8)[start..<special]))
            guard special < utf8.count else { return }
            appendEscaped(utf8[special])
            start = special + 1
        }
    }

    /// Whether the text may hold '"', '\\' or a control byte; `false` means it certainly does not.
    /// Eight bytes at a time, the last eight overlapping the ones before (no byte-by-byte tail): a
    /// school's file is 68 KB of mostly short texts, each scanned once.
    @inline(__always)
    static func mayNeedEscaping(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = utf8.count
        guard n > 0 else { return false }
        let p = UnsafeRawPointer(utf8.baseAddress!)
        if n >= 8 {
            var i = 0
            while i + 16 <= n {
                if special(p.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                    || special(p.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self))
                {
                    return true
                }
                i += 16
            }
            if i + 8 <= n {
                if special(p.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { return true }
                i += 8
            }
            return i < n && special(p.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self))
        }
        for i in 0..<n {
            let c = utf8[i]
            if c == 0x22 || c == 0x5C || c < 0x20 { return true }
        }
        return false
    }

    /// Whether eight bytes may hold '"', '\\' or a control byte (a borrow in the test may report
    /// a word that holds none; never the other way round).
    @inline(__always)
    private static func special(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let quote = w ^ 0x2222_2222_2222_2222
        let backslash = w ^ 0x5C5C_5C5C_5C5C_5C5C
        let hits = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((w &- 0x2020_2020_2020_2020) & ~w)
        return hits & 0x8080_8080_8080_8080 != 0
    }

    /// Whether any byte is '"', '\\' or a control byte (`JSONSpecialBytes`).
    static func needsEscaping(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        JSONSpecialBytes.firstSpecial(in: utf8, from: 0) < utf8.count
    }

    private mutating func appendEscaped(_ c: UInt8) {
        switch c {
        case 0x22: put2(0x5C, 0x22)
        case 0x5C: put2(0x5C, 0x5C)
        case 0x0A: put2(0x5C, UInt8(ascii: "n"))
        case 0x0D: put2(0x5C, UInt8(ascii: "r"))
        case 0x09: put2(0x5C, UInt8(ascii: "t"))
        case 0..<0x20:
            let hex = Array("0123456789abcdef".utf8)
            for byte in [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(c >> 4)], hex[Int(c & 15)]] { put(byte) }
        default: put(c)
        }
    }

    private mutating func put2(_ a: UInt8, _ b: UInt8) {
        put(a)
        put(b)
    }

    mutating func number(_ value: Double) {
        if value == value.rounded(), abs(value) < 1e15 {
            int(Int(value))
        } else {
            var text = String(value)
            text.withUTF8 { put(UnsafeRawBufferPointer($0)) }
        }
    }

    /// Decimal digits, as `String(value)` writes them.
    mutating func int(_ value: Int) {
        reserve(20)
        var magnitude = value.magnitude
        if value < 0 {
            base[count] = UInt8(ascii: "-")
            count += 1
        }
        var digits = 1
        var rest = magnitude / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        var i = count + digits - 1
        repeat {
            base[i] = 0x30 + UInt8(magnitude % 10)
            magnitude /= 10
            i -= 1
        } while magnitude > 0
        count += digits
    }

    mutating func bool(_ value: Bool) {
        let word: StaticString = value ? "true" : "false"
        word.withUTF8Buffer { put(UnsafeRawBufferPointer($0)) }
    }

    // Convenience for fields.
    mutating func field(_ name: StaticString, _ value: String) {
        key(name)
        string(value)
    }

    mutating func field(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        field(name, value)
    }

    mutating func field(_ name: StaticString, _ value: Int) {
        key(name)
        int(value)
    }

    mutating func field(_ name: StaticString, _ value: Bool) {
        key(name)
        bool(value)
    }

    /// An array of strings, written on one line each; skipped when empty and `omitEmpty`.
    mutating func field(_ name: StaticString, _ values: [String], omitEmpty: Bool = true) {
        if omitEmpty && values.isEmpty { return }
        key(name)
        beginArray()
        for v in values {
            item()
            string(v)
        }
        endArray()
    }

    /// An array of identifiers' texts, like `field(_:_:omitEmpty:)` of their raw values.
    mutating func field<Tag>(_ name: StaticString, _ values: [Identifier<Tag>]) {
        if values.isEmpty { return }
        key(name)
        beginArray()
        for v in values {
            item()
            string(v.rawValue)
        }
        endArray()
    }

    /// An array of links as their texts (`["region:5"]`); skipped when empty.
    mutating func field(_ name: StaticString, _ links: [ActivityLink]) {
        if links.isEmpty { return }
        key(name)
        beginArray()
        for link in links {
            item()
            string(link)
        }
        endArray()
    }

    /// Ends the document with a newline.
    mutating func endDocument() { put(0x0A) }

    /// Empties the writer for the next document, keeping its buffer.
    mutating func reset() {
        count = 0
        indent = 0
        hasElement = 0
    }

    /// The bytes written so far.
    package func withBytes<R, E: Error>(_ body: (UnsafeRawBufferPointer) throws(E) -> R) throws(E) -> R {
        try body(UnsafeRawBufferPointer(start: base, count: count))
    }

    /// Finishes the document with a newline and hands over its bytes (the writer is used up).
    consuming func finish() -> Data {
        endDocument()
        let data = Data(bytesNoCopy: base, count: count, deallocator: .free)
        discard self
        return data
    }
}
