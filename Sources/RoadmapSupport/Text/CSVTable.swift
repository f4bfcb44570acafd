/// A parsed CSV file: the header line and the records after it.
package struct CSVTable: Hashable, Sendable {
    /// Column names from the first record, with surrounding spaces removed.
    package var header: [String]
    /// The records after the header; blank lines are skipped.
    package var rows: [CSVRow]
    /// The separator that was used (given or detected).
    package var delimiter: Character

    package init(header: [String], rows: [CSVRow], delimiter: Character = ",") {
        self.header = header
        self.rows = rows
        self.delimiter = delimiter
    }

    /// The index of the first column whose name matches one of `names`
    /// (case, spaces and `ё`/`е` ignored), or nil.
    package func columnIndex(named names: [String]) -> Int? {
        let wanted = Set(names.map(CSVTable.normalizedColumnName))
        return header.firstIndex { wanted.contains(CSVTable.normalizedColumnName($0)) }
    }

    /// A header name folded for comparison: lowercased, `ё` → `е`, runs of spaces collapsed.
    package static func normalizedColumnName(_ name: String) -> String {
        name.lowercased().replacingOccurrences(of: "ё", with: "е")
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

/// One record of a CSV file.
package struct CSVRow: Hashable, Sendable {
    /// The 1-based physical line where the record starts (a quoted field may span lines).
    package var line: Int
    /// The fields as written, with quoting removed.
    package var fields: [String]

    package init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }

    /// The field at `index`, or an empty string when the record is shorter.
    package subscript(column index: Int) -> String {
        fields.indices.contains(index) ? fields[index] : ""
    }
}
