/// `--format md`: a report a coordinator pastes into an «Аналитическая справка».
public struct ComplianceMarkdownRenderer: Sendable {
    public var language: Language
    /// At most this many overdue activities are listed (the count is always given).
    public var overdueLimit: Int

    public init(language: Language = .ru, overdueLimit: Int = 50) {
        self.language = language
        self.overdueLimit = overdueLimit
    }

    /// A table cell: backslash, `|`, `<` and `>` backslash-escaped (so a name never becomes HTML or a
    /// column break), line breaks flattened, control and bidi characters written out (`DisplayText`).
    static func cell(_ text: String) -> String {
        var out = ""
        for c in DisplayText.neutralized(text) {
            if c.isNewline {
                out.append(" ")
                continue
            }
            if c == "\\" || c == "|" || c == "<" || c == ">" { out.append("\\") }
            out.append(c)
        }
        return out
    }

    static func table(_ header: [String], _ rows: [[String]]) -> [String] {
        var lines = ["| " + header.map(cell).joined(separator: " | ") + " |"]
        lines.append("|" + header.map { _ in "---" }.joined(separator: "|") + "|")
        lines += rows.map { "| " + $0.map(cell).joined(separator: " | ") + " |" }
        return lines
    }

    public func render(_ report: ComplianceReport) -> String {
        let f = ReportFormatting(language: language)
        var out: [String] = []
        out.append(
            f.t(
                "# Исполнение дорожных карт «500+» на \(report.asOf.russianString)",
                "# 500+ roadmap execution as of \(report.asOf.russianString)"))
        out.append("")
        out.append("**\(Self.cell(report.regionName))**")
        out.append("")
        out += f.summary(report).map { "- " + Self.cell($0) }
        if let region = report.region {
            let c = region.counts
            out.append(
                f.t(
                    "- Мероприятий: всего \(c.activities), срок наступил \(c.due), выполнено \(c.done), просрочено \(c.overdue), выполнено без отчётного документа \(c.undocumented).",
                    "- Activities: \(c.activities) in total, \(c.due) due, \(c.done) done, \(c.overdue) overdue, \(c.undocumented) done without the document."
                ))
            out.append(
                f.t(
                    "- Сводный процент: \(f.percent(region.pooledPercent)); среднее по школам: \(f.percent(region.meanPercent)); собственные мероприятия регионального плана: \(f.percent(region.ownCounts.percent)).",
                    "- Pooled: \(f.percent(region.pooledPercent)); mean of schools: \(f.percent(region.meanPercent)); the regional plan's own items: \(f.percent(region.ownCounts.percent))."
                ))
        }
        out.append("")
        out.append(f.t("## Муниципалитеты", "## Municipalities"))
        out.append("")
        let municipalities = ComplianceReport.worstFirst(report.units(at: .municipality))
        out += Self.table(
            [
                "№", f.t("Муниципалитет", "Municipality"), f.t("Школ ≥ минимума", "Schools ≥ minimum"), f.t("Исполнение", "Execution"),
                f.t("Зона", "Zone"), f.t("Просрочено", "Overdue"), f.t("Без документа", "Undocumented"), f.t("В графике", "On track"),
                f.t("Собственная дорожная карта", "Own roadmap"),
            ],
            municipalities.enumerated().map { i, u in
                [
                    String(i + 1), u.name, f.meeting(u.schools.meetingMinimum, of: u.schools.total), f.percent(u.percent),
                    f.zone(u.zone), String(u.counts.overdue), String(u.counts.undocumented), f.yesNo(u.onTrack),
                    u.hasRoadmap ? f.percent(u.ownCounts.percent) : "—",
                ]
            })
        let red = ComplianceReport.worstFirst(report.units(at: .school).filter { $0.zone == .red })
        if !red.isEmpty {
            let names = Dictionary(municipalities.map { ($0.id, $0.name) }) { a, _ in a }
            out += ["", f.t("## Школы ниже минимума", "## Schools below the minimum"), ""]
            out += Self.table(
                [
                    f.t("Школа", "School"), f.t("Муниципалитет", "Municipality"), f.t("Исполнение", "Execution"),
                    f.t("Просрочено", "Overdue"),
                ],
                red.map { [$0.name, names[$0.parent ?? ""] ?? $0.parent ?? "", f.percent($0.percent), String($0.counts.overdue)] })
        }
        out += overdueSection(report, f)
        for (title, lines) in [
            (f.t("Не применимо", "Not applicable"), f.notApplicableLines(report)),
            (f.t("Вне периода дорожной карты", "Outside the roadmap's period"), f.outsidePeriodLines(report)),
        ] where !lines.isEmpty {
            out += ["", "## \(title) (\(lines.count))", ""] + lines.map { "- " + Self.cell($0) }
        }
        out += indicatorSection(report, f)
        out += targetSection(report, f)
        return out.joined(separator: "\n") + "\n"
    }

    func unitNames(_ report: ComplianceReport) -> [String: String] {
        Dictionary(report.units.map { ("\($0.level.rawValue):\($0.id)", $0.name) }) { a, _ in a }
    }

    func ownerName(_ owner: Owner, _ names: [String: String], _ report: ComplianceReport) -> String {
        switch owner {
        case .region: report.regionName
        case .municipality(let id): names["municipality:\(id)"] ?? id.rawValue
        case .school(let id): names["school:\(id)"] ?? id.rawValue
        }
    }

    func overdueSection(_ report: ComplianceReport, _ f: ReportFormatting) -> [String] {
        let items = report.units.flatMap(\.overdue).sorted { ($0.deadline ?? report.asOf) < ($1.deadline ?? report.asOf) }
        guard !items.isEmpty else { return [] }
        let names = unitNames(report)
        var out = ["", f.t("## Просроченные мероприятия (\(items.count))", "## Overdue activities (\(items.count))"), ""]
        out += Self.table(
            [f.t("Исполнитель", "Responsible"), "№", f.t("Мероприятие", "Activity"), f.t("Срок", "Deadline")],
            items.prefix(overdueLimit).map {
                [ownerName($0.owner, names, report), f.listNumber($0), $0.title, $0.deadline?.russianString ?? ""]
            })
        if items.count > overdueLimit {
            out += [
                "",
                f.t(
                    "…и ещё \(items.count - overdueLimit); полный список: `roadmap deadlines`.",
                    "…and \(items.count - overdueLimit) more; full list: `roadmap deadlines`."),
            ]
        }
        return out
    }

    func indicatorSection(_ report: ComplianceReport, _ f: ReportFormatting) -> [String] {
        guard !report.indicators.isEmpty else { return [] }
        var out = ["", f.t("## Показатели регионального плана", "## Regional plan indicators"), ""]
        out += Self.table(
            [
                "№", f.t("Мероприятие", "Activity"), f.t("Показатель", "Indicator"), f.t("Факт", "Actual"), f.t("Достигнут", "Met"),
                f.t("Пояснение", "Note"),
            ],
            report.indicators.map { r in
                let actual = f.indicatorValue(r)
                return [r.number ?? r.activity, r.title, r.indicator, actual, f.yesNo(r.met), r.note.text(language)]
            })
        return out
    }

    func targetSection(_ report: ComplianceReport, _ f: ReportFormatting) -> [String] {
        guard !report.targets.isEmpty else { return [] }
        let names = unitNames(report)
        var out = ["", f.t("## Целевые показатели", "## Target indicators"), ""]
        out += Self.table(
            [
                f.t("Дорожная карта", "Roadmap"), f.t("Показатель", "Indicator"), f.t("Год", "Year"), f.t("План", "Target"),
                f.t("Факт", "Actual"), f.t("Достигнут", "Met"),
            ],
            report.targets.map { t in
                let dir = t.direction == .atLeast ? "≥ " : "≤ "
                return [
                    ownerName(t.owner, names, report), t.name, String(t.year),
                    t.target.map { dir + f.number($0) + " " + t.unit } ?? "—",
                    t.actual.map { f.number($0) + " " + t.unit } ?? f.noData, f.yesNo(t.met),
                ]
            })
        return out
    }
}
