import Foundation

/// The scale benchmark's result rows and their printing.
struct BenchmarkTable {
    struct Row {
        var size: String
        var task: String
        var tool: String
        /// Rows or activities processed.
        var items: Int
        var wall: Double?
        var cpu: Double? = nil
        var peak: Int?
        /// Ratio of this tool's wall time to ours on the same task and size ("3.2× slower").
        var ratio: String = ""
        var check: String = ""
        var note: String = ""
    }

    var rows: [Row] = []

    mutating func add(_ row: Row) {
        rows.append(row)
        Self.show("  " + Self.line(Self.cells(row)))
    }

    /// Prints a line at once (unbuffered), so rows appear as they are measured, also when piped.
    static func show(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    static let header = ["size", "task", "tool", "rows", "wall s", "cpu s", "rows/s", "peak MB", "vs roadmap", "check"]

    static func cells(_ row: Row) -> [String] {
        let wall = row.wall.map { String(format: "%.3f", $0) } ?? "—"
        let cpu = row.cpu.map { String(format: "%.3f", $0) } ?? "—"
        let rate = row.wall.map { $0 > 0 ? Self.compact(Double(row.items) / $0) : "—" } ?? "—"
        let peak = row.peak.map { String(format: "%.0f", Double($0) / 1_048_576) } ?? "—"
        let check = row.note.isEmpty ? row.check : (row.check.isEmpty ? row.note : row.check + "; " + row.note)
        return [row.size, row.task, row.tool, Self.compact(Double(row.items)), wall, cpu, rate, peak, row.ratio, check]
    }

    /// 4000000 → 4.00M, 12500 → 12.5k.
    static func compact(_ value: Double) -> String {
        if value >= 1e6 { return String(format: "%.2fM", value / 1e6) }
        if value >= 1e4 { return String(format: "%.1fk", value / 1e3) }
        return String(format: "%.0f", value)
    }

    static func line(_ cells: [String]) -> String {
        let widths = [6, 22, 11, 7, 7, 7, 8, 7, 10, 0]
        return zip(cells, widths).map { cell, width in
            cell.count >= width ? cell : cell + String(repeating: " ", count: width - cell.count)
        }.joined(separator: " ").trimmingCharacters(in: .whitespaces)
    }

    /// The table as Markdown (for Docs/performance.md).
    var markdown: String {
        var lines = ["| " + Self.header.joined(separator: " | ") + " |"]
        lines.append("|" + Self.header.map { _ in "---" }.joined(separator: "|") + "|")
        for row in rows { lines.append("| " + Self.cells(row).joined(separator: " | ") + " |") }
        return lines.joined(separator: "\n") + "\n"
    }
}
