import Foundation

/// The fast codec for workspace files: parse, check `schemaVersion`, build the value; and the
/// reverse. Errors become `WorkspaceError`s naming the file and the line:column or field path.
enum WorkspaceJSON {
    /// Parses a versioned file's top-level object.
    static func topObject(_ data: Data, path: String) throws(WorkspaceError) -> JSONObject {
        let parsed = data.withUnsafeBytes { raw in
            Result { () throws(JSONParser.SyntaxError) -> JSONValue in try JSONParser.parse(raw.bindMemory(to: UInt8.self)) }
        }
        let value: JSONValue
        do {
            value = try parsed.get()
        } catch {
            let (line, column) = position(of: error.offset, in: data)
            let what = found(at: error.offset, in: data)
            throw .invalidFile(path: path, location: "\(line):\(column)", reason: notValidJSON(error.message, found: what))
        }
        guard case .object(let object) = value else {
            throw .invalidFile(
                path: path, location: "1:1", reason: LocalizedText(ru: "ожидается объект JSON", en: "expected a JSON object"))
        }
        if let field = object["schemaVersion"] {
            // Exactly a whole number from 1: "1", 1.5 or -1 are not versions. Compared as a number
            // first: `Int(1e300)` would trap.
            guard case .number(let version) = field, version.rounded() == version, version >= 1 else {
                let found = if case .number(let n) = field { LocalizedText(ru: "\(n)", en: "\(n)") } else { field.typeName }
                throw .invalidFile(
                    path: path, location: "schemaVersion",
                    reason: LocalizedText(
                        ru: "ожидается целое число от 1 до \(WorkspaceFormat.currentVersion), найдено \(found.ru)",
                        en: "expected a whole number from 1 to \(WorkspaceFormat.currentVersion), found \(found.en)"))
            }
            if version >= Double(WorkspaceFormat.currentVersion + 1) {
                throw .schemaTooNew(path: path, found: Int(min(version, 999_999_999)), supported: WorkspaceFormat.currentVersion)
            }
        }
        return object
    }

    /// Decodes a file with a hand-written initialiser.
    static func decode<T>(_ data: Data, path: String, _ make: (JSONObject) throws(JSONShapeError) -> T) throws(WorkspaceError) -> T {
        let object = try topObject(data, path: path)
        do {
            return try make(object)
        } catch {
            throw .invalidFile(path: path, location: error.pathText, reason: error.reason)
        }
    }

    /// Decodes a file in one pass with `pull` (no tree), sharing repeated strings through `interner`;
    /// when `pull` meets anything it does not expect, the tree path (`make`) decodes the file and
    /// reports what is wrong, so both paths give the same values and the same errors.
    static func decode<T>(
        _ data: Data, path: String, interner: StringInterner?, pull: (inout JSONParser) throws(JSONParser.SyntaxError) -> T,
        make: (JSONObject) throws(JSONShapeError) -> T
    ) throws(WorkspaceError) -> T {
        let pulled = data.withUnsafeBytes { raw in Self.pull(raw.bindMemory(to: UInt8.self), interner: interner, pull) }
        if let pulled { return pulled }
        return try decode(data, path: path, make)
    }

    /// `decode(_:path:interner:pull:make:)` over bytes in memory (a `FileLoader`'s buffer).
    static func decode<T>(
        _ bytes: UnsafeBufferPointer<UInt8>, path: String, interner: StringInterner?,
        pull: (inout JSONParser) throws(JSONParser.SyntaxError) -> T, make: (JSONObject) throws(JSONShapeError) -> T
    ) throws(WorkspaceError) -> T {
        if let pulled = Self.pull(bytes, interner: interner, pull) { return pulled }
        return try decode(Data(buffer: bytes), path: path, make)
    }

    /// `decode(_:path:interner:pull:make:)` of a file type that has both readers.
    static func decode<T: PullDecodable>(_ data: Data, path: String, interner: StringInterner?) throws(WorkspaceError) -> T {
        try decode(data, path: path, interner: interner, pull: T.init(pulling:), make: T.init(json:))
    }

    /// `decode(_:path:interner:pull:make:)` of a file type that has both readers, over bytes in memory.
    static func decode<T: PullDecodable>(
        _ bytes: UnsafeBufferPointer<UInt8>, path: String, interner: StringInterner?
    ) throws(WorkspaceError) -> T {
        try decode(bytes, path: path, interner: interner, pull: T.init(pulling:), make: T.init(json:))
    }

    /// The one-pass reading of a whole document, or `nil` when the tree path must decide.
    static func pull<T>(
        _ bytes: UnsafeBufferPointer<UInt8>, interner: StringInterner?, _ read: (inout JSONParser) throws(JSONParser.SyntaxError) -> T
    ) -> T? {
        var parser = JSONParser(buffer: bytes, interner: interner)
        parser.skipByteOrderMarkAndSpace()
        do {
            let value = try read(&parser)
            try parser.expectEnd()
            return value
        } catch {
            return nil
        }
    }

    /// Encodes a file: `schemaVersion` first, then the body's fields.
    static func encode(_ body: (inout JSONWriter) -> Void) -> Data {
        var writer = JSONWriter()
        writeDocument(into: &writer, body)
        return writer.finish()
    }

    /// Encodes a file into a writer that is reused from file to file (emptied first; the bytes
    /// end with the final newline).
    static func encode(into writer: inout JSONWriter, _ body: (inout JSONWriter) -> Void) {
        writer.reset()
        writeDocument(into: &writer, body)
        writer.endDocument()
    }

    private static func writeDocument(into writer: inout JSONWriter, _ body: (inout JSONWriter) -> Void) {
        writer.beginObject()
        writer.field("schemaVersion", WorkspaceFormat.currentVersion)
        body(&writer)
        writer.endObject()
    }

    /// «not valid JSON: …, found …» of a syntax error and what stands where it is.
    static func notValidJSON(_ problem: LocalizedText, found: LocalizedText) -> LocalizedText {
        LocalizedText(ru: "не JSON: \(problem.ru), найдено \(found.ru)", en: "not valid JSON: \(problem.en), found \(found.en)")
    }

    /// What stands at a byte offset: up to 12 bytes of the line, quoted, or «end of file».
    static func found(at offset: Int, in data: Data) -> LocalizedText {
        guard offset < data.count else { return LocalizedText(ru: "конец файла", en: "end of file") }
        let end = min(data.count, offset + 12)
        let snippet =
            String(decoding: data[(data.startIndex + offset)..<(data.startIndex + end)], as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false).first ?? ""
        return LocalizedText(ru: "«\(snippet)»", en: "\"\(snippet)\"")
    }

    /// 1-based line and column (in characters) of a byte offset.
    static func position(of offset: Int, in data: Data) -> (Int, Int) {
        var line = 1
        var column = 1
        var i = 0
        for byte in data {
            if i >= offset { break }
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            i += 1
        }
        return (line, column)
    }
}

/// A workspace file's content with both readers: the one pass (`init(pulling:)`, the fast path)
/// and the tree (`init(json:)`), which decides when the one pass meets anything it does not expect
/// and reports what is wrong.
protocol PullDecodable {
    init(pulling p: inout JSONParser) throws(JSONParser.SyntaxError)
    init(json o: JSONObject) throws(JSONShapeError)
}

extension Roadmap: PullDecodable {}
extension ProgressLog: PullDecodable {}
extension UnitRegister: PullDecodable {}
