/// A plain-text table aligned by character count (Cyrillic and other non-ASCII letters take one
/// column each, as terminals show them).
package struct TextTable: Sendable {
    package enum Alignment: Sendable { case left, right }

    package var header: [String]
    package var alignments: [Alignment]
    package var rows: [[String]]

    package init(header: [String], alignments: [Alignment], rows: [[String]] = []) {
        self.header = header
        self.alignments = alignments
        self.rows = rows
    }

    /// The table: header, a rule of «─», rows; columns separated by two spaces; no trailing spaces.
    package func render() -> String {
        let all = [header] + rows
        var widths = Array(repeating: 0, count: header.count)
        for row in all {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], Self.columns(cell)) }
        }
        func line(_ row: [String]) -> String {
            var cells: [String] = []
            for i in 0..<widths.count {
                let cell = i < row.count ? row[i] : ""
                let pad = String(repeating: " ", count: widths[i] - Self.columns(cell))
                cells.append(alignments.indices.contains(i) && alignments[i] == .right ? pad + cell : cell + pad)
            }
            var text = cells.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text
        }
        var lines = [line(header), widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")]
        lines += rows.map(line)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The columns a cell takes: its `Character` count. Text whose every scalar is a grapheme of
    /// its own — ASCII without CR, Latin-1, Cyrillic letters, the general punctuation and «№»,
    /// which is every real cell — is counted by scalars, without grapheme breaking.
    static func columns(_ text: String) -> Int {
        var scalars = 0
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let single =
                (v >= 0x20 && v < 0x300) || (v >= 0x400 && v < 0x483) || (v >= 0x48A && v < 0x530) || (v >= 0x2010 && v < 0x2050)
                || v == 0x2116
            guard single else { return text.count }
            scalars += 1
        }
        return scalars
    }
}
