/// `--format table`: an aligned terminal table, worst first; at the municipality level also the
/// schools below the minimum; then the summary lines.
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
        var text = table.render()
        // Under the municipalities, the schools that need attention first: those below the minimum.
        let red = ComplianceReport.worstFirst(report.units(at: .school).filter { $0.zone == .red })
        if level == .municipality && !red.isEmpty {
            var schools = TextTable(
                header: [
                    f.t("Школа", "School"), f.t("Муниципалитет", "Municipality"), f.t("Исполнение", "Execution"),
                    f.t("Просрочено", "Overdue"),
                ],
                alignments: [.left, .left, .right, .right])
            schools.rows = red.map {
                [$0.name, names[$0.parent ?? ""] ?? $0.parent ?? "", f.percent($0.percent), String($0.counts.overdue)]
            }
            text += "\n" + f.t("Школы ниже минимума (красная зона): \(red.count)", "Schools below the minimum (red): \(red.count)") + "\n"
            text += schools.render()
        }
        let notApplicable = f.notApplicableLines(report)
        if !notApplicable.isEmpty {
            text += "\n" + f.t("Не применимо (\(notApplicable.count)):", "Not applicable (\(notApplicable.count)):") + "\n"
            text += notApplicable.map { "  " + $0 + "\n" }.joined()
        }
        return text + "\n" + f.summary(report).joined(separator: "\n") + "\n"
    }
}
