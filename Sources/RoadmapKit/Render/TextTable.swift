/// A plain-text table aligned by character count (Cyrillic and other non-ASCII letters take one
/// column each, as terminals show them).
public struct TextTable: Sendable {
    public enum Alignment: Sendable { case left, right }

    public var header: [String]
    public var alignments: [Alignment]
    public var rows: [[String]]

    public init(header: [String], alignments: [Alignment], rows: [[String]] = []) {
        self.header = header
        self.alignments = alignments
        self.rows = rows
    }

    /// The table: header, a rule of «─», rows; columns separated by two spaces; no trailing spaces.
    public func render() -> String {
        let all = [header] + rows
        var widths = Array(repeating: 0, count: header.count)
        for row in all {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) }
        }
        func line(_ row: [String]) -> String {
            var cells: [String] = []
            for i in 0..<widths.count {
                let cell = i < row.count ? row[i] : ""
                let pad = String(repeating: " ", count: widths[i] - cell.count)
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
}
