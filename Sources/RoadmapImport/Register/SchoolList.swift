import Foundation

/// One school row of a participating-schools list, as read (cells trimmed, spaces collapsed).
package struct SchoolListEntry: Hashable, Sendable {
    /// The 1-based line of the file where the row starts.
    package var line: Int
    package var municipality: String
    package var name: String
    package var shortName: String?
    package var code: String?
    /// `nil` when the list has no such column (an existing value is then kept).
    package var lowResults: Bool?
    package var difficultConditions: Bool?
    package var participant500: Bool?
    /// Years of participation named in the row.
    package var years: [Int]
    package var riskDirections: [String]
    package var responsible: String?

    package init(
        line: Int, municipality: String, name: String, shortName: String? = nil, code: String? = nil,
        lowResults: Bool? = nil, difficultConditions: Bool? = nil, participant500: Bool? = nil, years: [Int] = [],
        riskDirections: [String] = [], responsible: String? = nil
    ) {
        self.line = line
        self.municipality = municipality
        self.name = name
        self.shortName = shortName
        self.code = code
        self.lowResults = lowResults
        self.difficultConditions = difficultConditions
        self.participant500 = participant500
        self.years = years
        self.riskDirections = riskDirections
        self.responsible = responsible
    }
}

/// A participating-schools list read from a CSV file, with the problems met while reading it.
package struct SchoolList: Hashable, Sendable {
    /// The file name used in messages.
    package var fileName: String
    package var encoding: TextEncodingKind
    package var delimiter: Character
    /// The recognised columns and the header each was found under.
    package var columns: [SchoolListColumn: String]
    package var entries: [SchoolListEntry]
    /// Errors (the import is refused) and warnings found while reading.
    package var findings: [Finding]

    /// Reads a schools list from a file's bytes: UTF-8 (with or without BOM) or Windows-1251,
    /// `,` or `;`. Throws `CSVError` only when the file is not CSV at all; everything else
    /// (missing columns, empty names, bad flags) becomes a finding naming its row.
    package static func read(_ data: Data, fileName: String) throws -> SchoolList {
        let decoded = try TextDecoding.decodeStrictly(data, fileName: fileName)
        let table = try CSVReader.parse(decoded.text, fileName: fileName)
        var list = SchoolList(
            fileName: fileName, encoding: decoded.encoding, delimiter: table.delimiter, columns: [:], entries: [],
            findings: [])
        list.read(table)
        return list
    }

    mutating func read(_ table: CSVTable) {
        var indices: [SchoolListColumn: Int] = [:]
        for (index, header) in table.header.enumerated() {
            guard let column = SchoolListColumn.recognize(header) else {
                if !header.isEmpty {
                    findings.append(
                        Finding(
                            .warning, .ignoredColumn, file: fileName, location: "1",
                            ru: "столбец «\(header)» не распознан и пропущен",
                            en: "column \"\(header)\" is not recognised and was ignored"))
                }
                continue
            }
            if let earlier = columns[column] {
                findings.append(
                    Finding(
                        .error, .duplicateColumn, file: fileName, location: "1",
                        ru: "столбцы «\(earlier)» и «\(header)» означают одно и то же; оставьте один",
                        en: "columns \"\(earlier)\" and \"\(header)\" mean the same thing; keep one"))
                continue
            }
            columns[column] = header
            indices[column] = index
        }
        for column in SchoolListColumn.allCases where column.isRequired && indices[column] == nil {
            let names = column.headerNames.prefix(3).map { "«\($0)»" }.joined(separator: ", ")
            findings.append(
                Finding(
                    .error, .missingColumn, file: fileName, location: "1",
                    ru: "нет обязательного столбца \(column.russianName) (ожидался заголовок вроде \(names))",
                    en: "required column \(column.rawValue) is missing (expected a header such as \(names))"))
        }
        guard findings.allSatisfy({ $0.severity != .error }) else { return }
        for row in table.rows {
            if let entry = entry(row, indices) { entries.append(entry) }
        }
    }

    mutating func entry(_ row: CSVRow, _ indices: [SchoolListColumn: Int]) -> SchoolListEntry? {
        func cell(_ column: SchoolListColumn) -> String? {
            guard let index = indices[column] else { return nil }
            let value = Self.collapsed(row[column: index])
            return value.isEmpty ? nil : value
        }
        let line = String(row.line)
        if row.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) { return nil }
        guard let municipality = cell(.municipality) else {
            findings.append(
                Finding(
                    .error, .emptyMunicipality, file: fileName, location: line,
                    ru: "не указан муниципалитет школы «\(cell(.name) ?? "")»",
                    en: "no municipality given for school \"\(cell(.name) ?? "")\""))
            return nil
        }
        guard let name = cell(.name) else {
            findings.append(
                Finding(
                    .error, .emptySchoolName, file: fileName, location: line,
                    ru: "пустое наименование школы (муниципалитет «\(municipality)»)",
                    en: "empty school name (municipality \"\(municipality)\")"))
            return nil
        }
        var entry = SchoolListEntry(
            line: row.line, municipality: municipality, name: name, shortName: cell(.shortName), code: cell(.code),
            responsible: cell(.responsible))
        entry.lowResults = flag(.lowResults, indices, row)
        entry.difficultConditions = flag(.difficultConditions, indices, row)
        if let participation = cell(.participation) {
            if let yes = Self.yesNo(participation) {
                entry.participant500 = yes
            } else {
                let years = Self.years(in: participation)
                if years.isEmpty {
                    findings.append(
                        Finding(
                            .error, .invalidCell, file: fileName, location: line,
                            ru: "«\(participation)» в столбце «\(columns[.participation]!)»: ожидался год (2023) или да/нет",
                            en: "\"\(participation)\" in column \"\(columns[.participation]!)\": expected a year (2023) or yes/no"))
                } else {
                    entry.participant500 = true
                    entry.years = years
                }
            }
        }
        if let index = indices[.riskDirections] {
            entry.riskDirections = Self.riskDirections(in: row[column: index])
        }
        return entry
    }

    mutating func flag(_ column: SchoolListColumn, _ indices: [SchoolListColumn: Int], _ row: CSVRow) -> Bool? {
        guard let index = indices[column] else { return nil }
        let value = Self.collapsed(row[column: index])
        if let yes = Self.yesNo(value) { return yes }
        findings.append(
            Finding(
                .error, .invalidCell, file: fileName, location: String(row.line),
                ru: "«\(value)» в столбце «\(columns[column]!)»: ожидалось да/нет (+, 1, x) или пусто",
                en: "\"\(value)\" in column \"\(columns[column]!)\": expected yes/no (+, 1, x) or empty"))
        return false
    }

    /// Yes/no as lists write it: да, +, 1, x, ✓, yes, true / нет, -, 0, no, false, empty.
    static func yesNo(_ value: String) -> Bool? {
        switch value.lowercased() {
        case "да", "д", "+", "1", "x", "х", "v", "✓", "✔", "yes", "y", "true", "истина", "шнор", "шссу", "шнсу": true
        case "", "нет", "н", "-", "–", "—", "0", "no", "n", "false", "ложь": false
        default: nil
        }
    }

    /// Four-digit years 2000–2100 in a cell («2022, 2023», «2023 г.»).
    static func years(in value: String) -> [Int] {
        value.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }.filter { (2000...2100).contains($0) }
    }

    /// Risk directions in one cell: separated by `;` or line breaks, numbering («1.», «2)») and
    /// trailing punctuation removed.
    static func riskDirections(in value: String) -> [String] {
        value.split(whereSeparator: { $0 == ";" || $0.isNewline }).map { part in
            var text = collapsed(String(part))
            if let match = text.firstMatch(of: /^\d{1,2}[.)]\s*/) { text.removeSubrange(match.range) }
            while let last = text.last, ".,".contains(last) { text.removeLast() }
            return text
        }.filter { !$0.isEmpty }
    }

    /// Trims a cell and turns every run of spaces and line breaks into one space.
    static func collapsed(_ value: String) -> String {
        value.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

extension SchoolListColumn {
    /// The column's name in Russian messages.
    var russianName: String {
        switch self {
        case .municipality: "«Муниципалитет»"
        case .name: "«Наименование ОО»"
        case .shortName: "«Краткое наименование»"
        case .code: "«Код»"
        case .lowResults: "«ШНОР»"
        case .difficultConditions: "«ШССУ»"
        case .participation: "«Год участия»"
        case .riskDirections: "«Рисковые направления»"
        case .responsible: "«Ответственный»"
        }
    }
}
