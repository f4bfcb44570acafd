/// `roadmap deadlines`: the working list as a terminal table or CSV.
public struct DeadlinesRenderer: Sendable {
    public var language: Language

    public init(language: Language = .ru) { self.language = language }

    var header: [String] {
        let f = ReportFormatting(language: language)
        return [
            f.t("Исполнитель", "Responsible"), f.t("Муниципалитет", "Municipality"), "№", f.t("Мероприятие", "Activity"),
            f.t("Срок", "Deadline"), f.t("Состояние", "State"),
        ]
    }

    func state(_ entry: DeadlineList.Entry) -> String {
        let f = ReportFormatting(language: language)
        if entry.outsidePeriod { return f.t("вне периода [date-outside-period]", "outside the period [date-outside-period]") }
        if entry.undocumented { return f.t("нет отчётного документа", "document missing") }
        if entry.daysLeft < 0 { return f.t("просрочено на \(-entry.daysLeft) дн.", "\(-entry.daysLeft) day(s) overdue") }
        if entry.daysLeft == 0 { return f.t("срок истёк сегодня", "due today, not done") }
        return f.t("через \(entry.daysLeft) дн.", "in \(entry.daysLeft) day(s)")
    }

    func rows(_ list: DeadlineList) -> [[String]] {
        list.entries.map { entry in
            [
                entry.unitName, entry.municipalityName, ReportFormatting(language: language).listNumber(entry.item),
                entry.item.title,
                entry.item.deadline?.russianString ?? "", state(entry),
            ]
        }
    }

    /// An aligned table (long titles cut to 70 characters) and a summary line.
    public func table(_ list: DeadlineList) -> String {
        let f = ReportFormatting(language: language)
        var table = TextTable(header: header, alignments: [.left, .left, .left, .left, .left, .left])
        table.rows = rows(list).map { row in
            var row = row
            if row[3].count > 70 { row[3] = String(row[3].prefix(69)) + "…" }
            return row
        }
        return table.render() + "\n"
            + f.t(
                "На \(list.asOf.russianString): просрочено \(list.overdueCount), без отчётного документа \(list.undocumentedCount), срок в ближайшие \(list.within) дн.: \(list.dueSoonCount)\(list.outsidePeriodCount > 0 ? "; вне периода: \(list.outsidePeriodCount)" : "").\n",
                "As of \(list.asOf.russianString): \(list.overdueCount) overdue, \(list.undocumentedCount) without the document, \(list.dueSoonCount) due within \(list.within) day(s)\(list.outsidePeriodCount > 0 ? "; \(list.outsidePeriodCount) outside the period" : "").\n"
            )
    }

    /// CSV with a BOM for Excel.
    public func csv(_ list: DeadlineList, delimiter: Character = ";") -> String {
        CSVWriter.write(header: header, rows: rows(list), delimiter: delimiter, byteOrderMark: true)
    }
}
