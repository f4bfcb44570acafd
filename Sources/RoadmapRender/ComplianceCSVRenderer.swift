/// `--format csv`: one row per unit for a spreadsheet (UTF-8 with BOM, formula-injection guard).
///
/// With the `;` separator numbers use a decimal comma, as Russian Excel expects.
public struct ComplianceCSVRenderer: Sendable {
    public var level: Level?
    public var language: Language
    public var delimiter: Character

    public init(level: Level? = nil, language: Language = .ru, delimiter: Character = ";") {
        self.level = level
        self.language = language
        self.delimiter = delimiter
    }

    /// The column headers (Docs/compliance.md lists them).
    public var header: [String] {
        language == .ru
            ? [
                "Уровень", "Код", "Наименование", "Входит в", "Исполнение, %", "Сводный процент, %", "Среднее по подведомственным, %",
                "Зона", "В графике к следующей точке", "Прогноз, %", "Выполнено из наступивших, %", "Мероприятий всего",
                "Срок наступил", "Выполнено", "Просрочено", "Без документа", "Школ всего", "Школ с данными",
                "Школ ≥ минимума", "Школ ≥ цели", "В работе", "Зачтено за работу в процессе", "Не применимо",
                "Вне периода", "Правило зачёта",
            ]
            : [
                "Level", "Id", "Name", "Parent", "Execution, %", "Pooled, %", "Mean of children, %", "Zone", "On track",
                "Projected, %", "Due done, %", "Activities", "Due", "Done", "Overdue", "Undocumented", "Schools",
                "Schools with data", "Schools ≥ minimum", "Schools ≥ target", "In progress", "Credit for work under way",
                "Not applicable", "Outside the period", "Credit policy",
            ]
    }

    public func render(_ report: ComplianceReport) -> String {
        let f = ReportFormatting(language: language)
        let comma = delimiter == ";"
        func num(_ value: Double?) -> String { value.map { f.number($0, decimalComma: comma) } ?? "" }
        func int(_ value: Int?) -> String { value.map(String.init) ?? "" }
        let units = level.map { report.units(at: $0) } ?? report.units
        let rows = units.map { u -> [String] in
            [
                f.level(u.level), u.id, u.name, u.parent ?? "", num(u.percent), num(u.pooledPercent), num(u.meanPercent),
                u.zone.map { $0.name(language) } ?? "", u.onTrack.map { f.yesNo($0) } ?? "", num(u.projectedPercent),
                num(u.onTimePercent), int(u.counts.activities), int(u.counts.due), int(u.counts.done), int(u.counts.overdue),
                int(u.counts.undocumented), int(u.schools.total), int(u.schools.withData), int(u.schools.meetingMinimum),
                int(u.schools.meetingTarget), int(u.counts.inProgress), num(u.counts.inProgressCredit),
                int(u.counts.notApplicable), int(u.counts.outsidePeriod), report.credit.rawValue,
            ]
        }
        return CSVWriter.write(header: header, rows: rows, delimiter: delimiter, byteOrderMark: true)
    }
}
