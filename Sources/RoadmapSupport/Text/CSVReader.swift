import Foundation

/// Reads CSV text as people export it from Excel: RFC 4180 quoting (separators, line breaks and
/// doubled quotes inside quoted fields), CRLF or LF line ends, `,` or `;` as separator.
package enum CSVReader {
    /// Parses CSV text. With `delimiter` nil the separator is detected from the header line:
    /// `;` when it has at least as many semicolons as commas outside quotes (a tie goes to `;`,
    /// Excel's separator in Russian locales, as in «Код;Наименование, полное»), else `,`.
    /// A leading byte-order mark is dropped; blank lines are skipped; records may be ragged.
    package static func parse(_ text: String, delimiter: Character? = nil, fileName: String) throws -> CSVTable {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        let separator =
            delimiter.flatMap { $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first : nil }
            ?? detectDelimiter(scalars)
        var scanner = Scanner(scalars: scalars, separator: separator, fileName: fileName)
        var records = try scanner.records()
        records.removeAll { record in
            record.fields.count == 1 && record.fields[0].allSatisfy { $0.isWhitespace }
        }
        guard let first = records.first else { throw CSVError.empty(fileName: fileName) }
        let header = first.fields.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        return CSVTable(header: header, rows: Array(records.dropFirst()), delimiter: Character(separator))
    }

    /// Counts `,` and `;` outside quotes on the first non-blank line; a line with neither but
    /// with tabs is tab-separated (Excel's «Text (tab delimited)»).
    static func detectDelimiter(_ scalars: [Unicode.Scalar]) -> Unicode.Scalar {
        var commas = 0
        var semicolons = 0
        var tabs = 0
        var inQuotes = false
        var seenText = false
        for scalar in scalars {
            switch scalar {
            case "\"": inQuotes.toggle()
            case "," where !inQuotes: commas += 1
            case ";" where !inQuotes: semicolons += 1
            case "\t" where !inQuotes: tabs += 1
            case "\n", "\r":
                if !inQuotes && (seenText || commas + semicolons > 0) {
                    if commas + semicolons == 0 && tabs > 0 { return "\t" }
                    return semicolons >= commas && semicolons > 0 ? ";" : ","
                }
            default: break
            }
            if !scalar.properties.isWhitespace { seenText = true }
        }
        if commas + semicolons == 0 && tabs > 0 { return "\t" }
        return semicolons >= commas && semicolons > 0 ? ";" : ","
    }

    /// The record scanner: one pass over the scalars.
    private struct Scanner {
        let scalars: [Unicode.Scalar]
        let separator: Unicode.Scalar
        let fileName: String
        var index = 0
        var line = 1

        init(scalars: [Unicode.Scalar], separator: Unicode.Scalar, fileName: String) {
            self.scalars = scalars
            self.separator = separator
            self.fileName = fileName
        }

        mutating func records() throws -> [CSVRow] {
            var result: [CSVRow] = []
            while index < scalars.count {
                result.append(try record())
            }
            return result
        }

        /// Consumes a line break at `index` if there is one (CRLF, LF or a lone CR).
        mutating func consumeLineBreak() -> Bool {
            guard index < scalars.count else { return false }
            if scalars[index] == "\r" {
                index += 1
                if index < scalars.count, scalars[index] == "\n" { index += 1 }
            } else if scalars[index] == "\n" {
                index += 1
            } else {
                return false
            }
            line += 1
            return true
        }

        mutating func record() throws -> CSVRow {
            let startLine = line
            var fields: [String] = []
            while true {
                let field = try self.field()
                fields.append(field)
                if index >= scalars.count || consumeLineBreak() { break }
                // Otherwise the field stopped at a separator.
                index += 1
                if index >= scalars.count {
                    fields.append("")
                    break
                }
            }
            return CSVRow(line: startLine, fields: fields)
        }

        /// Reads one field; stops before a separator, a line break or the end.
        mutating func field() throws -> String {
            var value = String.UnicodeScalarView()
            guard index < scalars.count, scalars[index] == "\"" else {
                while index < scalars.count {
                    let scalar = scalars[index]
                    if scalar == separator || scalar == "\n" || scalar == "\r" { break }
                    value.append(scalar)
                    index += 1
                }
                return String(value)
            }
            let openedOn = line
            index += 1
            while true {
                guard index < scalars.count else {
                    throw CSVError.unterminatedQuote(fileName: fileName, line: openedOn)
                }
                let scalar = scalars[index]
                if scalar == "\"" {
                    if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                        value.append("\"")
                        index += 2
                        continue
                    }
                    index += 1
                    break
                }
                if scalar == "\r" || scalar == "\n" {
                    let before = index
                    _ = consumeLineBreak()
                    value.append(contentsOf: scalars[before..<index])
                    continue
                }
                value.append(scalar)
                index += 1
            }
            // Spaces after the closing quote are tolerated; anything else is an error.
            while index < scalars.count, scalars[index] == " " || scalars[index] == "\t", scalars[index] != separator {
                index += 1
            }
            if index < scalars.count {
                let next = scalars[index]
                if next != separator && next != "\n" && next != "\r" {
                    throw CSVError.textAfterClosingQuote(fileName: fileName, line: line, found: Character(next))
                }
            }
            return String(value)
        }
    }
}
