import Foundation

/// Output formats of the flat status path.
package enum StatusReportFormat: String, Sendable, CaseIterable {
    case table, csv, json
}

extension StatusReport {
    /// The report at one level, in a format and language (CSV: English column names, `delimiter` between fields).
    package func rendered(
        _ format: StatusReportFormat, level: Level, language: Language, delimiter: Character = ","
    ) -> String {
        switch format {
        case .table: table(level: level, language: language)
        case .csv: csv(level: level, delimiter: delimiter)
        case .json: json(level: level)
        }
    }

    /// Column names (machine formats use the English ones).
    func columns(level: Level, language: Language) -> [String] {
        var names: [String]
        switch language {
        case .ru: names = ["регион", "муниципалитет", "школа"]
        case .en: names = ["region", "municipality", "school"]
        }
        names = Array(names.prefix(level == .region ? 1 : level == .municipality ? 2 : 3))
        if language == .ru {
            names += [
                "всего", "срок наступил", "выполнено", "просрочено", "выполнено в срок", "выполнено из наступивших",
                "исполнение %", "в срок %",
            ]
        } else {
            names += ["total", "due", "done", "overdue", "on_time", "due_done", "execution_pct", "on_time_pct"]
        }
        for checkpoint in checkpoints {
            let date = checkpoint.date.isoString
            names += language == .ru ? ["\(date) %", "\(date) зона"] : ["\(date)_pct", "\(date)_zone"]
        }
        return names
    }

    func cells(_ unit: Unit, level: Level, language: Language) -> [String] {
        var row = [unit.region]
        if level != .region { row.append(unit.municipality ?? "") }
        if level == .school { row.append(unit.school ?? "") }
        let c = unit.counts
        row += [String(c.total), String(c.due), String(c.done), String(c.overdue), String(c.onTime), String(c.dueDone)]
        let format = { (value: Double) in Self.format(value, language) }
        row += [format(c.executionPercent), c.onTimePercent.map(format) ?? ""]
        for index in checkpoints.indices {
            row += [format(c.checkpointPercent(index)), Zone.word(zone(index, c), language)]
        }
        return row
    }

    /// One decimal: a decimal comma in Russian («36,8»), a dot in English and in machine formats.
    static func format(_ value: Double, _ language: Language) -> String {
        let text = String(format: "%.1f", value)
        return language == .ru ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    func table(level: Level, language: Language) -> String {
        let header = columns(level: level, language: language)
        let rows = units(level).map { cells($0, level: level, language: language) }
        var widths = header.map(\.count)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        // Ids and zone words align left, numbers right.
        let keyColumns = level == .region ? 1 : level == .municipality ? 2 : 3
        let zoneColumns = Set(checkpoints.indices.map { keyColumns + 8 + 2 * $0 + 1 })
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                return i < keyColumns || zoneColumns.contains(i) ? cell + pad : pad + cell
            }.joined(separator: "  ")
        }
        var out = [line(header), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
        out += rows.map(line)
        out.append(
            language == .ru
                ? "по состоянию на \(asOf.russianString); строк: \(rowCount), с ошибками: \(problemCount)"
                : "as of \(asOf.isoString); rows: \(rowCount), malformed: \(problemCount)")
        return out.joined(separator: "\n") + "\n"
    }

    func csv(level: Level, delimiter: Character) -> String {
        CSVWriter.write(
            header: columns(level: level, language: .en), rows: units(level).map { cells($0, level: level, language: .en) },
            delimiter: delimiter)
    }

    func json(level: Level) -> String {
        struct Document: Encodable {
            var asOf: String
            var level: String
            var rows: Int
            var malformedRows: Int
            var checkpoints: [CheckpointInfo]
            var units: [UnitInfo]
        }
        struct CheckpointInfo: Encodable {
            var date: String
            var minimum: Double
            var target: Double
        }
        struct CheckpointFigure: Encodable {
            var date: String
            var done: Int
            var percent: Double
            var zone: String
        }
        struct UnitInfo: Encodable {
            var region: String
            var municipality: String?
            var school: String?
            var total, due, done, overdue, onTime, dueDone: Int
            var executionPercent: Double
            var onTimePercent: Double?
            var checkpoints: [CheckpointFigure]
        }
        let document = Document(
            asOf: asOf.isoString, level: level.rawValue, rows: rowCount, malformedRows: problemCount,
            checkpoints: checkpoints.map { CheckpointInfo(date: $0.date.isoString, minimum: $0.minimum, target: $0.target) },
            units: units(level).map { unit in
                let c = unit.counts
                return UnitInfo(
                    region: unit.region, municipality: unit.municipality, school: unit.school, total: c.total, due: c.due,
                    done: c.done, overdue: c.overdue, onTime: c.onTime, dueDone: c.dueDone,
                    executionPercent: (c.executionPercent * 10).rounded() / 10,
                    onTimePercent: c.onTimePercent.map { ($0 * 10).rounded() / 10 },
                    checkpoints: checkpoints.indices.map { k in
                        CheckpointFigure(
                            date: checkpoints[k].date.isoString, done: c.checkpointDone[k],
                            percent: (c.checkpointPercent(k) * 10).rounded() / 10, zone: zone(k, c)?.rawValue ?? "pending")
                    })
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(document)) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
