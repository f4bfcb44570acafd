import Foundation

extension StatusChunkParser {
    /// Reads the line starting at `start` field by field (quotes allowed, doubled quotes inside);
    /// counts it when it is a valid row, otherwise records why not. Returns the next line's start.
    func slowRow(_ start: Int, line: Int, chunk: StatusChunk) -> Int {
        var lineEnd = start
        while lineEnd < end, base[lineEnd] != Self.newline { lineEnd += 1 }
        let next = lineEnd + 1
        var contentEnd = lineEnd
        if contentEnd > start, base[contentEnd - 1] == Self.carriageReturn { contentEnd -= 1 }

        var fields: [[UInt8]] = []
        var field: [UInt8] = []
        var inQuotes = false
        var quoted = false
        var i = start
        while i < contentEnd {
            let b = base[i]
            i += 1
            if inQuotes {
                if b == Self.quote {
                    if i < contentEnd, base[i] == Self.quote {
                        field.append(b)
                        i += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    field.append(b)
                }
            } else if b == Self.quote, field.isEmpty, !quoted {
                inQuotes = true
                quoted = true
            } else if b == delimiter {
                fields.append(field)
                field = []
                quoted = false
            } else {
                field.append(b)
            }
        }
        fields.append(field)
        if inQuotes {
            chunk.problem(
                StatusProblem(
                    line: line, kind: .badQuoting,
                    ru: "кавычки не закрыты в этой строке (переносы строк внутри полей не поддерживаются)",
                    en: "a quoted field is not closed on this line (line breaks inside fields are not supported)"),
                limit: problemLimit)
            return next
        }
        // A unit named by a row is listed even when the rest of the row is malformed.
        var school: Int32?
        if fields.count >= 3, !fields[0].isEmpty, !fields[1].isEmpty, !fields[2].isEmpty {
            school = fields[0].withUnsafeBufferPointer { r in
                fields[1].withUnsafeBufferPointer { m in
                    fields[2].withUnsafeBufferPointer { s in
                        chunk.school(r.baseAddress!, r.count, m.baseAddress!, m.count, s.baseAddress!, s.count)
                    }
                }
            }
        }
        if let problem = Self.check(fields, line: line) {
            chunk.problem(problem, limit: problemLimit)
            return next
        }
        let due = fields[4].withUnsafeBufferPointer { Self.date($0.baseAddress!) }
        let done = fields[5].isEmpty ? Self.never : fields[5].withUnsafeBufferPointer { Self.date($0.baseAddress!) }
        cutoffs.withUnsafeBufferPointer { cutoffs in
            Self.count(
                chunk.counters + Int(school!) * chunk.stride, due: due, done: done, asOf: asOf, cutoffs: cutoffs)
        }
        return next
    }

    /// What is wrong with a split row, or `nil` when it is valid.
    static func check(_ fields: [[UInt8]], line: Int) -> StatusProblem? {
        let names = StatusFile.header
        guard fields.count == names.count else {
            return StatusProblem(
                line: line, kind: .columnCount,
                ru: "ожидается \(names.count) столбцов (\(names.joined(separator: ","))), найдено \(fields.count)",
                en: "expected \(names.count) columns (\(names.joined(separator: ","))), found \(fields.count)")
        }
        for index in 0..<4 where fields[index].isEmpty {
            return StatusProblem(
                line: line, kind: .emptyField, ru: "пустое поле \(names[index])", en: "empty field \(names[index])")
        }
        for index in 4..<6 {
            let value = fields[index]
            if index == 5, value.isEmpty { continue }
            let valid = value.count == 10 && value.withUnsafeBufferPointer { date($0.baseAddress!) } >= 0
            if !valid {
                let text = String(decoding: value, as: UTF8.self)
                return StatusProblem(
                    line: line, kind: .badDate,
                    ru: "\(names[index]) «\(text)»: ожидается существующая дата ГГГГ-ММ-ДД",
                    en: "\(names[index]) \"\(text)\": expected a date that exists, as YYYY-MM-DD")
            }
        }
        return nil
    }
}
