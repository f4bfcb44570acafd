import Foundation

/// One line of a document, classified by its shape.
struct SourceLine: Sendable {
    /// What a line looks like.
    enum Shape: Sendable, Equatable {
        case blank
        /// A markdown table row `| a | b |`; cells cleaned.
        case markdownRow([String])
        /// A tab-separated row; cells cleaned.
        case tabRow([String])
        /// `|---|---|` or `---<TAB>---`.
        case separator
        /// Text without table markup.
        case prose(String)
    }

    /// 1-based line number.
    var number: Int
    /// The line as written: a slice of the document's text, not a copy of it (a copy per line
    /// cost the document's size again, and more in allocation overhead of short lines).
    var raw: Substring
    var shape: Shape

    /// The cells of a table row, or `nil` for other shapes.
    var cells: [String]? {
        switch shape {
        case .markdownRow(let cells), .tabRow(let cells): cells
        default: nil
        }
    }

    init(number: Int, raw: Substring) {
        self.number = number
        self.raw = raw
        self.shape = SourceLine.classify(raw)
    }

    static func classify(_ raw: Substring) -> Shape {
        if raw.allSatisfy({ $0.isWhitespace }) { return .blank }
        // The first character after spaces and tabs, found without a trimmed copy of a prose line.
        let lead = raw.unicodeScalars.first { !CharacterSet.whitespaces.contains($0) }
        if lead == "|" {
            let trimmed = raw.trimmingCharacters(in: .whitespaces)
            var body = Substring(trimmed).dropFirst()
            if body.hasSuffix("|") { body = body.dropLast() }
            let parts = body.split(separator: "|", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            if parts.allSatisfy(isSeparatorCell) && parts.contains(where: { !$0.isEmpty }) { return .separator }
            return .markdownRow(parts.map(ImportText.clean))
        }
        if raw.contains("\t") {
            let parts = raw.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            if parts.allSatisfy(isSeparatorCell) && parts.contains(where: { !$0.isEmpty }) { return .separator }
            return .tabRow(parts.map(ImportText.clean))
        }
        return .prose(ImportText.clean(raw))
    }

    /// `---`, `:--:` or empty.
    static func isSeparatorCell(_ cell: String) -> Bool {
        cell.allSatisfy { $0 == "-" || $0 == ":" || $0 == " " }
    }

    /// Splits a document into classified lines (LF, CRLF or CR line ends).
    static func lines(of text: String) -> [SourceLine] {
        var lines: [SourceLine] = []
        // Sized once: doubling a large array of lines kept up to twice the lines' space.
        lines.reserveCapacity(text.utf8.reduce(1) { $1 == 0x0A || $1 == 0x0D ? $0 + 1 : $0 })
        var number = 0
        let text = text.hasPrefix("\u{FEFF}") ? text.dropFirst() : Substring(text)
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            number += 1
            lines.append(SourceLine(number: number, raw: raw))
        }
        // A final line end does not start another line.
        if let last = lines.last, last.raw.isEmpty, lines.count > 1 { lines.removeLast() }
        return lines
    }
}
