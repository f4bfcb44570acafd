/// A parsed JSON value whose objects keep their keys in document order.
///
/// The workspace's hot files (roadmaps, progress, the register) are read through this tree and
/// hand-written initialisers rather than Foundation's `JSONDecoder`, which on Linux decodes about
/// 45 MB/s — too slow for 4,000 school roadmaps in under a second (Docs/performance.md).
enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// The kind of value, for messages («found a string»).
    var typeName: LocalizedText {
        switch self {
        case .null: LocalizedText(ru: "null", en: "null")
        case .bool: LocalizedText(ru: "true или false", en: "true or false")
        case .number: LocalizedText(ru: "число", en: "a number")
        case .string: LocalizedText(ru: "строка", en: "a string")
        case .array: LocalizedText(ru: "массив", en: "an array")
        case .object: LocalizedText(ru: "объект", en: "an object")
        }
    }
}

/// A JSON object: keys and values in document order. Lookups are linear; objects here are small.
struct JSONObject: Sendable {
    var keys: [String] = []
    var values: [JSONValue] = []

    subscript(key: String) -> JSONValue? {
        for i in keys.indices where keys[i] == key { return values[i] }
        return nil
    }
}

/// A value of the wrong shape: the field path (outermost first) and what was expected.
struct JSONShapeError: Error, Sendable {
    var path: [String]
    /// What is wrong, in both languages.
    var reason: LocalizedText

    init(ru: String, en: String, at key: String? = nil) {
        self.reason = LocalizedText(ru: ru, en: en)
        self.path = key.map { [$0] } ?? []
    }

    /// A text that is not in the `expected` form.
    init(expected: LocalizedText, found text: String, at key: String? = nil) {
        self.init(ru: "ожидается: \(expected.ru), найдено «\(text)»", en: "expected \(expected.en), found \"\(text)\"", at: key)
    }

    /// Prepends an outer path component (a key or `[index]`).
    func within(_ component: String) -> JSONShapeError {
        var copy = self
        copy.path.insert(component, at: 0)
        return copy
    }

    /// `sections[2].activities[0].schedule`.
    var pathText: String {
        var result = ""
        for component in path {
            if component.hasPrefix("[") {
                result += component
            } else {
                result += result.isEmpty ? component : "." + component
            }
        }
        return result.isEmpty ? "(top level)" : result
    }
}
