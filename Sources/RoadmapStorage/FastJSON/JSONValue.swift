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

    var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "true or false"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
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
    var reason: String

    init(_ reason: String, at key: String? = nil) {
        self.reason = reason
        self.path = key.map { [$0] } ?? []
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
