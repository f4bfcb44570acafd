/// Writes pretty-printed JSON (two-space indent, keys in the order written) into a byte buffer.
///
/// Used for workspace files so that keys come in a readable, stable order and regenerated files
/// are byte-identical.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    private var indent = 0
    /// Whether the current container already has an element (so the next needs a comma).
    private var hasElement: [Bool] = []

    init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

    mutating func beginObject() { open(UInt8(ascii: "{")) }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { open(UInt8(ascii: "[")) }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        indent += 1
        hasElement.append(false)
    }

    private mutating func close(_ bracket: UInt8) {
        indent -= 1
        if hasElement.removeLast() { newline() }
        bytes.append(bracket)
    }

    private static let spaces = [UInt8](repeating: 0x20, count: 256)

    private mutating func newline() {
        bytes.append(0x0A)
        bytes.append(contentsOf: JSONWriter.spaces[0..<min(256, indent * 2)])
    }

    /// Starts an element of the current container (comma, newline, indent).
    private mutating func element() {
        if hasElement[hasElement.count - 1] { bytes.append(UInt8(ascii: ",")) }
        hasElement[hasElement.count - 1] = true
        newline()
    }

    /// Writes `"key": ` in an object.
    mutating func key(_ key: String) {
        element()
        string(key)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(0x20)
    }

    /// Starts an array element.
    mutating func item() { element() }

    mutating func string(_ s: String) {
        bytes.append(0x22)
        var text = s
        text.withUTF8 { utf8 in
            // Fast path: most strings need no escaping and are appended in one copy.
            if !Self.needsEscaping(utf8) {
                bytes.append(contentsOf: utf8)
                return
            }
            for c in utf8 { appendEscaped(c) }
        }
        bytes.append(0x22)
    }

    /// Whether any byte is '"', '\\' or a control byte (`JSONSpecialBytes`).
    static func needsEscaping(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        JSONSpecialBytes.firstSpecial(in: utf8, from: 0) < utf8.count
    }

    private mutating func appendEscaped(_ c: UInt8) {
        switch c {
        case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
        case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
        case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
        case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
        case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
        case 0..<0x20:
            let hex: [UInt8] = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(c >> 4)], hex[Int(c & 15)]])
        default: bytes.append(c)
        }
    }

    mutating func number(_ value: Double) {
        if value == value.rounded(), abs(value) < 1e15 {
            bytes.append(contentsOf: Array(String(Int(value)).utf8))
        } else {
            bytes.append(contentsOf: Array(String(value).utf8))
        }
    }

    mutating func int(_ value: Int) { bytes.append(contentsOf: Array(String(value).utf8)) }

    mutating func bool(_ value: Bool) { bytes.append(contentsOf: Array((value ? "true" : "false").utf8)) }

    // Convenience for fields.
    mutating func field(_ name: String, _ value: String) {
        key(name)
        string(value)
    }

    mutating func field(_ name: String, _ value: String?) {
        guard let value else { return }
        field(name, value)
    }

    mutating func field(_ name: String, _ value: Int) {
        key(name)
        int(value)
    }

    mutating func field(_ name: String, _ value: Bool) {
        key(name)
        bool(value)
    }

    /// An array of strings, written on one line each; skipped when empty and `omitEmpty`.
    mutating func field(_ name: String, _ values: [String], omitEmpty: Bool = true) {
        if omitEmpty && values.isEmpty { return }
        key(name)
        beginArray()
        for v in values {
            item()
            string(v)
        }
        endArray()
    }

    /// Finishes the document with a newline and returns the bytes.
    mutating func finish() -> [UInt8] {
        bytes.append(0x0A)
        return bytes
    }
}
