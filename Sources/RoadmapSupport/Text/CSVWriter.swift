import Foundation

/// Writes CSV that Excel opens correctly: RFC 4180 quoting, CRLF line ends, `,` or `;`,
/// an optional UTF-8 byte-order mark, and a guard against formula injection.
package enum CSVWriter {
    /// The characters that make a spreadsheet read a cell as a formula when they start it.
    package static let formulaTriggers: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// The CSV text for a header and rows. Every line ends with CRLF. With `byteOrderMark`
    /// the text starts with U+FEFF, so that Excel reads the file as UTF-8.
    package static func write(
        header: [String], rows: [[String]], delimiter: Character = ",", byteOrderMark: Bool = false
    ) -> String {
        var output = byteOrderMark ? "\u{FEFF}" : ""
        for record in [header] + rows {
            output += record.map { escape($0, delimiter: delimiter) }.joined(separator: String(delimiter))
            output += "\r\n"
        }
        return output
    }

    /// One cell: an apostrophe before a formula trigger, then quotes when the cell contains the
    /// separator, a quote, a line break or leading/trailing spaces (quotes inside are doubled).
    package static func escape(_ value: String, delimiter: Character = ",") -> String {
        var cell = value
        if let first = cell.unicodeScalars.first, formulaTriggers.contains(Character(first)) {
            cell = "'" + cell
        }
        let needsQuotes =
            cell.unicodeScalars.contains { scalar in
                scalar == "\"" || scalar == "\n" || scalar == "\r"
                    || delimiter.unicodeScalars.contains(scalar)
            } || cell.first?.isWhitespace == true || cell.last?.isWhitespace == true
        guard needsQuotes else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
