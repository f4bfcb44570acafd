/// `--format xlsx`: the compliance report as a workbook for Excel.
///
/// A summary sheet, then one sheet per level (region, municipalities, schools) with the CSV
/// report's columns, then the regional plan's indicators and the target indicators when there
/// are any. Percentages are numbers with a percent format (33.3 % is stored as 0.333), counts are
/// numbers, the zone colours the percentage and zone cells (the HTML report's zones); each sheet
/// has its header frozen, an autofilter and column widths. The figures are the JSON report's.
package struct ComplianceXlsxRenderer: Sendable {
    package var level: Level?
    package var language: Language

    package init(level: Level? = nil, language: Language = .ru) {
        self.level = level
        self.language = language
    }

    typealias Cell = XlsxWorkbook.Cell

    /// Columns of a unit sheet (the CSV report's), with their widths.
    var unitHeader: [String] { ComplianceCSVRenderer(language: language).header }
    static let unitWidths: [Double] = [16, 22, 48, 18, 13, 13, 14, 11, 12, 12, 14, 13, 13, 13, 13, 13, 10, 12, 12, 12]
    /// The column of the headline percentage and of the zone in a unit sheet.
    static let percentColumn = 4
    static let zoneColumn = 7

    package func workbook(_ report: ComplianceReport) -> XlsxWorkbook {
        let f = ReportFormatting(language: language)
        var sheets = [summarySheet(report, f)]
        let levels: [(Level, String)] = [
            (.region, f.t("Регион", "Region")), (.municipality, f.t("Муниципалитеты", "Municipalities")),
            (.school, f.t("Школы", "Schools")),
        ]
        for (unitLevel, name) in levels where level == nil || level == unitLevel {
            sheets.append(unitSheet(name, report.units(at: unitLevel), f))
        }
        if !report.indicators.isEmpty { sheets.append(indicatorSheet(report, f)) }
        if !report.targets.isEmpty { sheets.append(targetSheet(report, f)) }
        return XlsxWorkbook(sheets: sheets)
    }

    static let headerStyle = XlsxWorkbook.Style(bold: true, fill: .header, wrap: true)

    func header(_ titles: [String]) -> [Cell] { titles.map { .text($0, Self.headerStyle) } }

    func summarySheet(_ report: ComplianceReport, _ f: ReportFormatting) -> XlsxWorkbook.Sheet {
        var rows: [[Cell]] = [
            [.text(f.t("Исполнение дорожных карт «500+»", "500+ roadmap execution"), XlsxWorkbook.Style(bold: true))],
            [.text(f.t("Регион", "Region")), .text(report.regionName)],
            [.text(f.t("По состоянию на", "As of")), .date(report.asOf)],
        ]
        if let region = report.region {
            rows.append([
                .text(f.t("Исполнение по региону", "Region execution")),
                percentCell(region.percent, zone: region.zone),
                .text(f.zone(region.zone), XlsxWorkbook.Style(fill: XlsxWorkbook.Fill(zone: region.zone))),
            ])
        }
        rows.append([])
        rows += f.summary(report).map { [.empty(), .text($0, XlsxWorkbook.Style(wrap: true))] }
        return XlsxWorkbook.Sheet(
            name: f.t("Сводка", "Summary"), rows: rows, columns: [XlsxWorkbook.Column(width: 28), XlsxWorkbook.Column(width: 90)])
    }

    /// A percentage cell (empty without a value) filled with the zone's colour when a zone is given.
    func percentCell(_ value: Double?, zone: Zone?, zoned: Bool = true) -> Cell {
        let style = XlsxWorkbook.Style(fill: zoned ? XlsxWorkbook.Fill(zone: zone) : nil)
        guard let value else { return .empty(style) }
        return .percent(value, style)
    }

    func count(_ value: Int?) -> Cell { value.map { .number(Double($0)) } ?? .empty() }

    func unitSheet(_ name: String, _ units: [UnitCompliance], _ f: ReportFormatting) -> XlsxWorkbook.Sheet {
        var rows = [header(unitHeader)]
        for u in units {
            rows.append([
                .text(f.level(u.level)), .text(u.id), .text(u.name), .text(u.parent ?? ""),
                percentCell(u.percent, zone: u.zone), percentCell(u.pooledPercent, zone: nil, zoned: false),
                percentCell(u.meanPercent, zone: nil, zoned: false),
                .text(u.zone.map { $0.name(language) } ?? "", XlsxWorkbook.Style(fill: XlsxWorkbook.Fill(zone: u.zone))),
                .text(u.onTrack.map { f.yesNo($0) } ?? ""), percentCell(u.projectedPercent, zone: nil, zoned: false),
                percentCell(u.onTimePercent, zone: nil, zoned: false), count(u.counts.activities), count(u.counts.due),
                count(u.counts.done), count(u.counts.overdue), count(u.counts.undocumented), count(u.schools.total),
                count(u.schools.withData), count(u.schools.meetingMinimum), count(u.schools.meetingTarget),
            ])
        }
        return XlsxWorkbook.Sheet(
            name: name, rows: rows, columns: Self.unitWidths.map { XlsxWorkbook.Column(width: $0) }, frozenRows: 1,
            autoFilterRow: 1)
    }

    /// Columns of the indicators sheet.
    func indicatorHeader(_ f: ReportFormatting) -> [String] {
        [
            "№", f.t("id мероприятия", "Activity id"), f.t("Мероприятие", "Activity"), f.t("Показатель", "Indicator"),
            f.t("Требуется", "Required"), f.t("Факт", "Actual"), f.t("Достигнут", "Met"), f.t("Пояснение", "Note"),
        ]
    }

    func indicatorSheet(_ report: ComplianceReport, _ f: ReportFormatting) -> XlsxWorkbook.Sheet {
        var rows = [header(indicatorHeader(f))]
        for r in report.indicators {
            // A share is a percentage; counts, persons and frequencies are plain numbers.
            func value(_ v: Double?) -> Cell {
                guard let v else { return .empty() }
                return r.kind == .share ? .percent(v) : .number(v)
            }
            let fill: XlsxWorkbook.Fill = r.met.map { $0 ? .green : .red } ?? .none
            rows.append([
                .text(r.number ?? r.activity), .text(r.activity), .text(r.title, XlsxWorkbook.Style(wrap: true)),
                .text(r.indicator, XlsxWorkbook.Style(wrap: true)), value(r.required), value(r.actual),
                .text(f.yesNo(r.met), XlsxWorkbook.Style(fill: fill)), .text(r.note.text(language), XlsxWorkbook.Style(wrap: true)),
            ])
        }
        return XlsxWorkbook.Sheet(
            name: f.t("Показатели", "Indicators"), rows: rows,
            columns: [6, 12, 60, 30, 11, 11, 11, 40].map { XlsxWorkbook.Column(width: $0) }, frozenRows: 1, autoFilterRow: 1)
    }

    func targetSheet(_ report: ComplianceReport, _ f: ReportFormatting) -> XlsxWorkbook.Sheet {
        var rows = [
            header([
                f.t("Уровень", "Level"), f.t("Код", "Id"), f.t("Показатель", "Indicator"), f.t("Единица", "Unit"), f.t("Год", "Year"),
                f.t("Направление", "Direction"), f.t("План", "Target"), f.t("Факт", "Actual"), f.t("Достигнут", "Met"),
            ])
        ]
        for t in report.targets {
            let fill: XlsxWorkbook.Fill = t.met.map { $0 ? .green : .red } ?? .none
            rows.append([
                .text(f.level(t.owner.level)), .text(t.owner.unitID ?? ""), .text(t.name, XlsxWorkbook.Style(wrap: true)), .text(t.unit),
                .number(Double(t.year)), .text(t.direction == .atLeast ? "≥" : "≤"),
                t.target.map { .number($0) } ?? .empty(),
                t.actual.map { .number($0) } ?? .empty(),
                .text(f.yesNo(t.met), XlsxWorkbook.Style(fill: fill)),
            ])
        }
        return XlsxWorkbook.Sheet(
            name: f.t("Целевые показатели", "Targets"), rows: rows,
            columns: [14, 20, 50, 10, 8, 12, 10, 10, 11].map { XlsxWorkbook.Column(width: $0) }, frozenRows: 1, autoFilterRow: 1)
    }
}
