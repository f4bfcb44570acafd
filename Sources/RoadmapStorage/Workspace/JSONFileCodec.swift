import Foundation

/// Reads and writes workspace JSON, turning decoder failures into messages that name the file,
/// the line and column (syntax) or the field path (structure) and what was expected.
package enum JSONFileCodec {
    /// Encodes for humans: pretty-printed, stable key order, no escaped slashes or Cyrillic.
    static func encode<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        // Sorted keys: Foundation's key order is not stable across runs on Linux, and regenerated files
        // must be byte-identical.
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(0x0A)
        return data
    }

    /// Decodes `T` from `data`, read from `path` (used in messages).
    static func decode<T: Decodable>(_ type: T.Type, from data: Data, path: String) throws(WorkspaceError) -> T {
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch let error as SchemaVersionTooNew {
            throw .schemaTooNew(path: path, found: error.found, supported: WorkspaceFormat.currentVersion)
        } catch let error as DecodingError {
            throw describe(error, data: data, path: path)
        } catch {
            throw .invalidFile(path: path, location: nil, reason: unknown(error))
        }
    }

    /// Decodes a versioned workspace file.
    static func decodeVersioned<T: Codable>(_ type: T.Type, from data: Data, path: String) throws(WorkspaceError) -> T {
        try decode(VersionedFile<T>.self, from: data, path: path).content
    }

    static func describe(_ error: DecodingError, data: Data, path: String) -> WorkspaceError {
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            let (line, column, found) = syntaxErrorPosition(in: data)
            return .invalidFile(
                path: path, location: "\(line):\(column)",
                reason: LocalizedText(ru: "не JSON: \(found.ru)", en: "not valid JSON: \(found.en)"))
        case .dataCorrupted(let context):
            return .invalidFile(
                path: path, location: fieldPath(context.codingPath),
                reason: LocalizedText(ru: DecodingProblemText.russian(context.debugDescription), en: context.debugDescription))
        case .keyNotFound(let key, let context):
            let location = fieldPath(context.codingPath + [key])
            return .invalidFile(
                path: path, location: location,
                reason: LocalizedText(
                    ru: "нет обязательного поля «\(key.stringValue)»", en: "required field \"\(key.stringValue)\" is missing"))
        case .typeMismatch(let type, let context):
            return .invalidFile(
                path: path, location: fieldPath(context.codingPath),
                reason: LocalizedText(ru: "ожидается: \(jsonTypeName(type).ru)", en: "expected \(jsonTypeName(type).en)"))
        case .valueNotFound(let type, let context):
            return .invalidFile(
                path: path, location: fieldPath(context.codingPath),
                reason: LocalizedText(
                    ru: "ожидается: \(jsonTypeName(type).ru), найдено null", en: "expected \(jsonTypeName(type).en), found null"))
        @unknown default:
            return .invalidFile(path: path, location: nil, reason: unknown(error))
        }
    }

    /// `sections[2].activities[0].schedule`.
    static func fieldPath(_ path: [any CodingKey]) -> String {
        var result = ""
        for key in path {
            if let index = key.intValue {
                result += "[\(index)]"
            } else {
                result += result.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return result.isEmpty ? "(top level)" : result
    }

    /// A decoding failure that is not a `DecodingError` (Foundation's text in English only).
    static func unknown(_ error: any Error) -> LocalizedText {
        LocalizedText(ru: "содержимое файла не разобрано", en: "\(error)")
    }

    static func jsonTypeName(_ type: Any.Type) -> LocalizedText {
        switch type {
        case is String.Type: LocalizedText(ru: "строка", en: "a string")
        case is Int.Type, is Double.Type: LocalizedText(ru: "число", en: "a number")
        case is Bool.Type: LocalizedText(ru: "true или false", en: "true or false")
        default:
            String(describing: type).hasPrefix("Array")
                ? LocalizedText(ru: "массив", en: "an array") : LocalizedText(ru: "объект", en: "an object")
        }
    }

    /// Where a JSON text first goes wrong, found by the fast parser (the decoder's own message
    /// differs between platforms). Returns 1-based line and column and what was found.
    static func syntaxErrorPosition(in data: Data) -> (line: Int, column: Int, found: LocalizedText) {
        do {
            _ = try JSONParser.parse([UInt8](data))
            return (1, 1, LocalizedText(ru: "неожиданная структура", en: "unexpected structure"))
        } catch {
            let (line, column) = WorkspaceJSON.position(of: error.offset, in: data)
            let found = WorkspaceJSON.found(at: error.offset, in: data)
            return (
                line, column,
                LocalizedText(ru: "\(error.message.ru), найдено \(found.ru)", en: "\(error.message.en), found \(found.en)")
            )
        }
    }
}
