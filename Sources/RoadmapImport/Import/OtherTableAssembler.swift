/// Tables that are not the activity list: target indicators by year (целевые показатели) and
/// everything else (контрольные точки …), kept cell by cell.
///
/// A row continues the one above when its first cell is empty or it starts lowercase (a row
/// split by a page break); its cells are appended to the row above.
enum OtherTableAssembler {
    /// Rows merged with their continuations, each with the lines it came from.
    static func mergedRows(_ table: TableDraft) -> [(lines: [Int], cells: [String])] {
        var rows: [(lines: [Int], cells: [String])] = []
        for item in table.items {
            guard case .row(let line, var cells) = item else { continue }
            if cells.count < table.columns.width {
                cells += Array(repeating: "", count: table.columns.width - cells.count)
            }
            let firstText = cells.first(where: { !$0.isEmpty }) ?? ""
            let continues = cells[0].isEmpty || ImportText.startsLowercase(firstText)
            if continues, !rows.isEmpty {
                let last = rows.count - 1
                for (i, text) in cells.enumerated() where !text.isEmpty {
                    if i < rows[last].cells.count {
                        rows[last].cells[i] = ImportText.join(rows[last].cells[i], text)
                    } else {
                        rows[last].cells.append(text)
                    }
                }
                rows[last].lines.append(line)
            } else {
                rows.append(([line], cells))
            }
        }
        return rows
    }

    /// A table kept as it is.
    static func documentTable(_ table: TableDraft) -> AssembledPart {
        var part = AssembledPart()
        let rows = mergedRows(table)
        for row in rows { for line in row.lines { part.uses[line] = .table } }
        part.tables.append(
            DocumentTable(title: table.title ?? "", header: table.columns.names, rows: rows.map(\.cells)))
        return part
    }

    /// Target indicators: name, unit and a value per year column.
    static func targets(_ table: TableDraft) -> AssembledPart {
        var part = AssembledPart()
        let roles = table.columns.roles
        let nameColumn = roles.firstIndex(of: .targetName) ?? roles.firstIndex(where: { $0 == .other }) ?? 0
        let unitColumn = roles.firstIndex(of: .unit)
        for row in mergedRows(table) {
            let name = row.cells[nameColumn]
            var values: [YearValue] = []
            var notNumbers: [String] = []
            for (i, role) in roles.enumerated() {
                guard case .year(let year) = role, i < row.cells.count, !row.cells[i].isEmpty else { continue }
                if let value = number(row.cells[i]) {
                    values.append(YearValue(year: year, value: value))
                } else {
                    notNumbers.append("\(year): \(row.cells[i])")
                }
            }
            for line in row.lines { part.uses[line] = .target }
            if !notNumbers.isEmpty {
                part.fragments.append(ImportFragment(line: row.lines[0], text: "\(name): " + notNumbers.joined(separator: "; ")))
            }
            part.targets.append(
                TargetIndicator(
                    name: name, unit: unitColumn.map { row.cells[$0] } ?? "",
                    direction: TargetIndicator.direction(forName: name), targets: values))
        }
        return part
    }

    /// «28%», «1», «0,5» → a number.
    static func number(_ text: String) -> Double? {
        let cleaned = text.replacingOccurrences(of: "%", with: "").replacingOccurrences(of: ",", with: ".")
            .filter { !$0.isWhitespace }
        return Double(cleaned)
    }
}
