/// `--format table`: an aligned terminal table, worst first, and the summary lines.
public struct ComplianceTableRenderer: Sendable {
    public var level: Level
    public var language: Language

    public init(level: Level = .municipality, language: Language = .ru) {
        self.level = level
        self.language = language
    }

    public func render(_ report: ComplianceReport) -> String {
        let f = ReportFormatting(language: language)
        let names = Dictionary(report.units.filter { $0.level == .municipality }.map { ($0.id, $0.name) }) { a, _ in a }
        var header = [
            level == .school ? f.t("Школа", "School") : level == .region ? f.t("Регион", "Region") : f.t("Муниципалитет", "Municipality")
        ]
        var alignments: [TextTable.Alignment] = [.left]
        if level == .school {
            header.append(f.t("Муниципалитет", "Municipality"))
            alignments.append(.left)
        }
        header += [
            f.t("Школ ≥ минимума", "Schools ≥ minimum"), f.t("Исполнение", "Execution"), f.t("Зона", "Zone"), f.t("Просрочено", "Overdue"),
        ]
        alignments += [.right, .right, .left, .right]
        if let next = report.nextCheckpoint {
            header.append(f.t("В графике к ", "On track for ") + next.date.russianString)
            alignments.append(.left)
        }
        var table = TextTable(header: header, alignments: alignments)
        for unit in ComplianceReport.worstFirst(report.units(at: level)) {
            var row = [unit.name]
            if level == .school { row.append(names[unit.parent ?? ""] ?? unit.parent ?? "") }
            row += [
                f.meeting(unit.schools.meetingMinimum, of: unit.schools.total), f.percent(unit.percent), f.zone(unit.zone),
                String(unit.counts.overdue),
            ]
            if report.nextCheckpoint != nil { row.append(f.yesNo(unit.onTrack)) }
            table.rows.append(row)
        }
        return table.render() + "\n" + f.summary(report).joined(separator: "\n") + "\n"
    }
}
