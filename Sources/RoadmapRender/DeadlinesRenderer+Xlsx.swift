/// `deadlines --format xlsx`: the working list as a workbook, one row per entry as in the CSV,
/// with the deadline as a date cell, the days left as a number and the state coloured (overdue
/// red, done without the document yellow, due soon uncoloured); frozen header and autofilter.
extension DeadlinesRenderer {
    package func workbook(_ list: DeadlineList) -> XlsxWorkbook {
        let f = ReportFormatting(language: language)
        let titles = header + [f.t("Дней до срока", "Days left")]
        var rows: [[XlsxWorkbook.Cell]] = [
            titles.map { .text($0, XlsxWorkbook.Style(bold: true, fill: .header, wrap: true)) }
        ]
        for entry in list.entries {
            let fill: XlsxWorkbook.Fill? =
                entry.undocumented ? .yellow : entry.daysLeft <= 0 ? .red : nil
            rows.append([
                .text(entry.unitName), .text(entry.municipalityName), .text(f.listNumber(entry.item)),
                .text(entry.item.title, XlsxWorkbook.Style(wrap: true)),
                entry.item.deadline.map { .date($0) } ?? .empty(),
                .text(state(entry), XlsxWorkbook.Style(fill: fill)), .number(Double(entry.daysLeft)),
            ])
        }
        let sheet = XlsxWorkbook.Sheet(
            name: f.t("Сроки на \(list.asOf.russianString)", "Deadlines \(list.asOf.isoString)"), rows: rows,
            columns: [30, 30, 8, 70, 12, 26, 10].map { XlsxWorkbook.Column(width: $0) }, frozenRows: 1, autoFilterRow: 1)
        return XlsxWorkbook(sheets: [sheet])
    }
}
