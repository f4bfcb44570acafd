/// A pull reader for the XML subset of Office Open XML parts: elements, attributes, namespace
/// prefixes, text with the five named entities and numeric character references, CDATA;
/// comments and processing instructions are skipped. A document type declaration is refused
/// outright, so external entities and entity expansion cannot happen by construction.
struct XMLPullReader {
    /// A qualified name: the prefix as written, the local name and the namespace URI the prefix
    /// was bound to (empty when unbound).
    struct Name: Hashable, Sendable {
        var prefix: String
        var local: String
        var namespace: String
    }

    struct Attribute: Hashable, Sendable {
        var name: Name
        var value: String
    }

    enum Event: Hashable, Sendable {
        case start(Name, [Attribute])
        case end(Name)
        case text(String)
    }

    /// Why a part is not readable XML; `offset` is the byte where the problem was found.
    struct Failure: Error, Hashable, Sendable {
        var offset: Int
        var message: LocalizedText
    }

    /// Bounds on a part's size and nesting.
    struct Limits: Hashable, Sendable {
        var maxBytes = 256 << 20
        var maxDepth = 256
        var maxAttributes = 1024
    }

    private let bytes: [UInt8]
    private let limits: Limits
    private var position = 0
    private var stack: [(name: Name, raw: ArraySlice<UInt8>, scopes: Int)] = []
    private var bindings: [(prefix: String, uri: String)] = [("xml", "http://www.w3.org/XML/1998/namespace")]
    private var pendingEnd: Name?

    init(_ bytes: [UInt8], limits: Limits = Limits()) throws(Failure) {
        guard bytes.count <= limits.maxBytes else {
            throw Failure(
                offset: 0,
                message: LocalizedText(
                    ru: "часть документа больше \(limits.maxBytes) байт", en: "the part is larger than \(limits.maxBytes) bytes"))
        }
        self.bytes = bytes
        self.limits = limits
        // A UTF-8 byte order mark.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    /// The attribute's value by local name (any namespace), or nil.
    static func value(_ attributes: [Attribute], _ local: String) -> String? {
        attributes.first { $0.name.local == local }?.value
    }

    private func fail(_ ru: String, _ en: String, at offset: Int? = nil) -> Failure {
        Failure(offset: offset ?? position, message: LocalizedText(ru: ru, en: en))
    }

    /// The next event, or nil at the end of the document.
    mutating func next() throws(Failure) -> Event? {
        if let name = pendingEnd {
            pendingEnd = nil
            pop()
            return .end(name)
        }
        while position < bytes.count {
            if bytes[position] != UInt8(ascii: "<") {
                let text = try readText()
                if stack.isEmpty {
                    guard text.allSatisfy({ $0.isWhitespace }) else {
                        throw fail("текст вне корневого элемента", "text outside the root element")
                    }
                    continue
                }
                return .text(text)
            }
            let start = position
            guard position + 1 < bytes.count else { throw fail("документ обрывается", "the document ends early") }
            switch bytes[position + 1] {
            case UInt8(ascii: "?"):
                try skip(past: Array("?>".utf8), what: ("инструкция обработки", "processing instruction"))
            case UInt8(ascii: "!"):
                if matches("<!--") {
                    try skip(past: Array("-->".utf8), what: ("комментарий", "comment"))
                } else if matches("<![CDATA[") {
                    position += 9
                    let begin = position
                    try skip(past: Array("]]>".utf8), what: ("CDATA", "CDATA"))
                    guard !stack.isEmpty else { throw fail("CDATA вне корневого элемента", "CDATA outside the root element", at: start) }
                    return .text(Self.string(bytes[begin..<(position - 3)]))
                } else if matches("<!DOCTYPE") || matches("<!doctype") {
                    throw fail(
                        "объявление DOCTYPE не допускается (внешние сущности не читаются)",
                        "a DOCTYPE declaration is not allowed (external entities are never read)", at: start)
                } else {
                    throw fail("неизвестная конструкция «<!»", "unknown «<!» construct", at: start)
                }
            case UInt8(ascii: "/"):
                return .end(try readEndTag())
            default:
                return try readStartTag()
            }
        }
        if let open = stack.last {
            throw fail("документ обрывается внутри <\(open.name.local)>", "the document ends inside <\(open.name.local)>")
        }
        return nil
    }

    /// Skips to the end of the current element (after its start event was returned).
    mutating func skipElement() throws(Failure) {
        var depth = 1
        while depth > 0, let event = try next() {
            switch event {
            case .start: depth += 1
            case .end: depth -= 1
            case .text: break
            }
        }
    }

    /// The text content of the current element up to its end (nested elements' text included).
    mutating func readElementText() throws(Failure) -> String {
        var depth = 1
        var text = ""
        while depth > 0, let event = try next() {
            switch event {
            case .start: depth += 1
            case .end: depth -= 1
            case .text(let t): text += t
            }
        }
        return text
    }

    private func matches(_ literal: String) -> Bool {
        var i = position
        for byte in literal.utf8 {
            guard i < bytes.count, bytes[i] == byte else { return false }
            i += 1
        }
        return true
    }

    private mutating func skip(past terminator: [UInt8], what: (String, String)) throws(Failure) {
        let start = position
        while position + terminator.count <= bytes.count {
            if bytes[position] == terminator[0], bytes[position..<(position + terminator.count)].elementsEqual(terminator) {
                position += terminator.count
                return
            }
            position += 1
        }
        throw fail("не закрыт(а) \(what.0)", "unterminated \(what.1)", at: start)
    }

    private static func isNameByte(_ b: UInt8) -> Bool {
        !(b == UInt8(ascii: " ") || b == 0x09 || b == 0x0A || b == 0x0D || b == UInt8(ascii: ">") || b == UInt8(ascii: "/")
            || b == UInt8(ascii: "=") || b == UInt8(ascii: "<") || b == UInt8(ascii: "\"") || b == UInt8(ascii: "'"))
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    private mutating func skipSpace() {
        while position < bytes.count, Self.isSpace(bytes[position]) { position += 1 }
    }

    private mutating func readRawName() throws(Failure) -> ArraySlice<UInt8> {
        let start = position
        while position < bytes.count, Self.isNameByte(bytes[position]) { position += 1 }
        guard position > start else { throw fail("ожидалось имя", "a name was expected") }
        return bytes[start..<position]
    }

    /// A string from UTF-8 bytes through the contiguous fast path.
    private static func string(_ bytes: ArraySlice<UInt8>) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
    }

    private func split(_ raw: ArraySlice<UInt8>) -> (prefix: String, local: String) {
        if let colon = raw.firstIndex(of: UInt8(ascii: ":")) {
            return (
                Self.string(raw[raw.startIndex..<colon]),
                Self.string(raw[(colon + 1)...])
            )
        }
        return ("", Self.string(raw))
    }

    private func resolve(_ prefix: String) -> String {
        for binding in bindings.reversed() where binding.prefix == prefix { return binding.uri }
        return ""
    }

    private mutating func readStartTag() throws(Failure) -> Event {
        let tagStart = position
        position += 1
        let rawName = try readRawName()
        var rawAttributes: [(ArraySlice<UInt8>, String)] = []
        var selfClosing = false
        while true {
            skipSpace()
            guard position < bytes.count else { throw fail("тег не закрыт", "unterminated tag", at: tagStart) }
            if bytes[position] == UInt8(ascii: ">") {
                position += 1
                break
            }
            if bytes[position] == UInt8(ascii: "/") {
                guard position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: ">") else {
                    throw fail("ожидалось «/>»", "«/>» was expected")
                }
                position += 2
                selfClosing = true
                break
            }
            let name = try readRawName()
            skipSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else {
                throw fail("ожидалось «=» после имени атрибута", "«=» was expected after an attribute name")
            }
            position += 1
            skipSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") else {
                throw fail("значение атрибута должно быть в кавычках", "an attribute value must be quoted")
            }
            let quote = bytes[position]
            position += 1
            let valueStart = position
            while position < bytes.count, bytes[position] != quote {
                guard bytes[position] != UInt8(ascii: "<") else {
                    throw fail("«<» в значении атрибута", "«<» inside an attribute value")
                }
                position += 1
            }
            guard position < bytes.count else { throw fail("значение атрибута не закрыто", "unterminated attribute value", at: valueStart) }
            let value = try decodeEntities(bytes[valueStart..<position], at: valueStart)
            position += 1
            rawAttributes.append((name, value))
            guard rawAttributes.count <= limits.maxAttributes else {
                throw fail("слишком много атрибутов", "too many attributes", at: tagStart)
            }
        }
        guard stack.count < limits.maxDepth else {
            throw fail(
                "вложенность элементов глубже \(limits.maxDepth)", "elements nest deeper than \(limits.maxDepth)", at: tagStart)
        }
        // Namespace declarations first, then names.
        var scopes = 0
        for (name, value) in rawAttributes {
            if name.elementsEqual("xmlns".utf8) {
                bindings.append(("", value))
                scopes += 1
            } else if name.starts(with: "xmlns:".utf8) {
                bindings.append((Self.string(name.dropFirst(6)), value))
                scopes += 1
            }
        }
        let (prefix, local) = split(rawName)
        let name = Name(prefix: prefix, local: local, namespace: resolve(prefix))
        var attributes: [Attribute] = []
        attributes.reserveCapacity(rawAttributes.count)
        for (raw, value) in rawAttributes {
            let (p, l) = split(raw)
            attributes.append(Attribute(name: Name(prefix: p, local: l, namespace: p.isEmpty ? "" : resolve(p)), value: value))
        }
        stack.append((name, rawName, scopes))
        if selfClosing { pendingEnd = name }
        return .start(name, attributes)
    }

    private mutating func pop() {
        guard let top = stack.popLast() else { return }
        bindings.removeLast(top.scopes)
    }

    private mutating func readEndTag() throws(Failure) -> Name {
        let tagStart = position
        position += 2
        let rawName = try readRawName()
        skipSpace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: ">") else {
            throw fail("ожидалось «>»", "«>» was expected")
        }
        position += 1
        guard let open = stack.last else {
            throw fail("закрывающий тег без открывающего", "an end tag without a start tag", at: tagStart)
        }
        guard open.raw.elementsEqual(rawName) else {
            throw fail(
                "</\(Self.string(rawName))> закрывает <\(Self.string(open.raw))>",
                "</\(Self.string(rawName))> closes <\(Self.string(open.raw))>",
                at: tagStart)
        }
        pop()
        return open.name
    }

    private mutating func readText() throws(Failure) -> String {
        let start = position
        while position < bytes.count, bytes[position] != UInt8(ascii: "<") { position += 1 }
        return try decodeEntities(bytes[start..<position], at: start)
    }

    /// Replaces `&lt;` `&gt;` `&amp;` `&quot;` `&apos;` `&#NN;` `&#xNN;`; any other reference is an error.
    private func decodeEntities(_ slice: ArraySlice<UInt8>, at offset: Int) throws(Failure) -> String {
        guard slice.contains(UInt8(ascii: "&")) else { return Self.string(slice) }
        var out: [UInt8] = []
        out.reserveCapacity(slice.count)
        var i = slice.startIndex
        while i < slice.endIndex {
            let b = slice[i]
            guard b == UInt8(ascii: "&") else {
                out.append(b)
                i += 1
                continue
            }
            guard let semicolon = slice[i...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else {
                throw fail("«&» без «;»", "«&» without «;»", at: i)
            }
            let name = Self.string(slice[(i + 1)..<semicolon])
            switch name {
            case "lt": out.append(UInt8(ascii: "<"))
            case "gt": out.append(UInt8(ascii: ">"))
            case "amp": out.append(UInt8(ascii: "&"))
            case "quot": out.append(UInt8(ascii: "\""))
            case "apos": out.append(UInt8(ascii: "'"))
            default:
                var code: UInt32?
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    code = UInt32(name.dropFirst(2), radix: 16)
                } else if name.hasPrefix("#") {
                    code = UInt32(name.dropFirst())
                }
                guard let code, let scalar = Unicode.Scalar(code), code != 0 else {
                    throw fail("неизвестная ссылка «&\(name);»", "unknown reference «&\(name);»", at: i)
                }
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
            }
            i = semicolon + 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
