/// Typed field access with errors that name the field and what was expected.
extension JSONObject {
    func required(_ key: String) throws(JSONShapeError) -> JSONValue {
        guard let value = self[key], !value.isNull else {
            throw JSONShapeError(ru: "нет обязательного поля «\(key)»", en: "required field \"\(key)\" is missing", at: key)
        }
        return value
    }

    func string(_ key: String) throws(JSONShapeError) -> String {
        guard case .string(let s) = try required(key) else {
            throw JSONShapeError(ru: "ожидается: строка", en: "expected a string", at: key)
        }
        return s
    }

    func optionalString(_ key: String) throws(JSONShapeError) -> String? {
        guard let value = self[key], !value.isNull else { return nil }
        guard case .string(let s) = value else { throw JSONShapeError(ru: "ожидается: строка", en: "expected a string", at: key) }
        return s
    }

    func optionalInt(_ key: String) throws(JSONShapeError) -> Int? {
        guard let value = self[key], !value.isNull else { return nil }
        guard case .number(let d) = value, d == d.rounded(), abs(d) < 1e15 else {
            throw JSONShapeError(ru: "ожидается: целое число", en: "expected a whole number", at: key)
        }
        return Int(d)
    }

    func optionalDouble(_ key: String) throws(JSONShapeError) -> Double? {
        guard let value = self[key], !value.isNull else { return nil }
        guard case .number(let d) = value else { throw JSONShapeError(ru: "ожидается: число", en: "expected a number", at: key) }
        return d
    }

    func optionalBool(_ key: String) throws(JSONShapeError) -> Bool? {
        guard let value = self[key], !value.isNull else { return nil }
        guard case .bool(let b) = value else {
            throw JSONShapeError(ru: "ожидается: true или false", en: "expected true or false", at: key)
        }
        return b
    }

    func strings(_ key: String) throws(JSONShapeError) -> [String] {
        try array(key) { (value) throws(JSONShapeError) -> String in
            guard case .string(let s) = value else { throw JSONShapeError(ru: "ожидается: строка", en: "expected a string") }
            return s
        }
    }

    /// An optional array of links (`"region:5"`).
    func links(_ key: String) throws(JSONShapeError) -> [ActivityLink] {
        try array(key) { (value) throws(JSONShapeError) -> ActivityLink in
            guard case .string(let s) = value, let link = ActivityLink(parsing: s) else {
                throw JSONShapeError(ru: "ожидается: \(JSONForms.link.ru)", en: "expected \(JSONForms.link.en)")
            }
            return link
        }
    }

    func object(_ key: String) throws(JSONShapeError) -> JSONObject {
        guard case .object(let o) = try required(key) else {
            throw JSONShapeError(ru: "ожидается: объект", en: "expected an object", at: key)
        }
        return o
    }

    func optionalObject(_ key: String) throws(JSONShapeError) -> JSONObject? {
        guard let value = self[key], !value.isNull else { return nil }
        guard case .object(let o) = value else { throw JSONShapeError(ru: "ожидается: объект", en: "expected an object", at: key) }
        return o
    }

    /// An optional array (missing = empty), each element transformed; errors name `key[index]`.
    func array<T>(_ key: String, _ transform: (JSONValue) throws(JSONShapeError) -> T) throws(JSONShapeError) -> [T] {
        guard let value = self[key], !value.isNull else { return [] }
        guard case .array(let items) = value else { throw JSONShapeError(ru: "ожидается: массив", en: "expected an array", at: key) }
        var result: [T] = []
        result.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            do {
                result.append(try transform(item))
            } catch {
                throw error.within("[\(index)]").within(key)
            }
        }
        return result
    }

    /// An optional array of objects.
    func objects<T>(_ key: String, _ transform: (JSONObject) throws(JSONShapeError) -> T) throws(JSONShapeError) -> [T] {
        try array(key) { (value) throws(JSONShapeError) -> T in
            guard case .object(let o) = value else { throw JSONShapeError(ru: "ожидается: объект", en: "expected an object") }
            return try transform(o)
        }
    }

    /// Decodes a field with a parser of its text (dates, periods, links); `expected` names the form
    /// (built only for the error message: it is on the hot path of loading).
    func parsed<T>(_ key: String, expected: @autoclosure () -> LocalizedText, _ parse: (String) -> T?) throws(JSONShapeError) -> T {
        let text = try string(key)
        guard let value = parse(text) else { throw JSONShapeError(expected: expected(), found: text, at: key) }
        return value
    }

    func optionalParsed<T>(_ key: String, expected: @autoclosure () -> LocalizedText, _ parse: (String) -> T?) throws(JSONShapeError) -> T?
    {
        guard let text = try optionalString(key) else { return nil }
        guard let value = parse(text) else { throw JSONShapeError(expected: expected(), found: text, at: key) }
        return value
    }

    /// Runs `body` on a nested object field, prefixing errors with the key.
    func nested<T>(_ key: String, _ body: (JSONObject) throws(JSONShapeError) -> T) throws(JSONShapeError) -> T {
        let o = try object(key)
        do { return try body(o) } catch { throw error.within(key) }
    }

    func optionalNested<T>(_ key: String, _ body: (JSONObject) throws(JSONShapeError) -> T) throws(JSONShapeError) -> T? {
        guard let o = try optionalObject(key) else { return nil }
        do { return try body(o) } catch { throw error.within(key) }
    }
}

extension JSONValue {
    var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}

/// Expected-form names used in messages.
enum JSONForms {
    static let date = LocalizedText(ru: "существующая дата в виде ГГГГ-ММ-ДД", en: "a date as YYYY-MM-DD that exists")
    static let period = LocalizedText(
        ru: "период, например «2023», «2021-2022 учебный год» или «2022-2025 гг.»",
        en: "a period such as \"2023\", \"2021-2022 учебный год\" or \"2022-2025 гг.\"")
    static let link = LocalizedText(
        ru: "ссылка, например «region:5» или «municipality:2.1»", en: "a link such as \"region:5\" or \"municipality:2.1\"")
    static func oneOf(_ values: [String]) -> LocalizedText {
        LocalizedText(
            ru: "одно из значений " + values.map { "«\($0)»" }.joined(separator: ", "),
            en: "one of " + values.map { "\"\($0)\"" }.joined(separator: ", "))
    }
}
