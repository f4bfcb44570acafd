/// The progress form as a workbook: one sheet «Отчёт» («Report» in English) laid out as the
/// contract on `ProgressForm` says.
extension ProgressForm {
    /// Column widths A–K; I–K are hidden.
    static let widths: [Double] = [8, 60, 26, 30, 14, 14, 30, 30, 14, 14, 12]
    static let hiddenColumns = 8...10

    package func workbook(_ language: Language) -> XlsxWorkbook {
        typealias Cell = XlsxWorkbook.Cell
        var rows: [[Cell]] = titleLines(language).enumerated().map { index, line in
            [.text(line, XlsxWorkbook.Style(bold: index == 0))]
        }
        rows.append([])
        rows.append(Self.header(language).map { .text($0, XlsxWorkbook.Style(bold: true, fill: .header, wrap: true)) })
        rows += dataCells()
        let last = Self.headerRow + self.rows.count
        var validations: [XlsxWorkbook.ListValidation] = []
        if !self.rows.isEmpty {
            validations.append(.init(column: 4, rows: Self.firstDataRow...last, values: Self.statuses(language)))
        }
        let columns = Self.widths.enumerated().map { index, width in
            XlsxWorkbook.Column(width: width, hidden: Self.hiddenColumns.contains(index))
        }
        let sheet = XlsxWorkbook.Sheet(
            name: language == .ru ? "Отчёт" : "Report", rows: rows, columns: columns, frozenRows: Self.headerRow,
            validations: validations)
        return XlsxWorkbook(sheets: [sheet])
    }

    /// The data rows: A–D given, E–H empty for the school (F formatted as a date), I–K the ids.
    func dataCells() -> [[XlsxWorkbook.Cell]] {
        let wrap = XlsxWorkbook.Style(wrap: true)
        // The school's columns are tinted so it sees where to write.
        let input = XlsxWorkbook.Style(fill: .input, wrap: true)
        return rows.map { row in
            [
                .text(row.number, wrap), .text(row.title, wrap), .text(row.deadline, wrap), .text(row.documents, wrap),
                .empty(input), .empty(XlsxWorkbook.Style(fill: .input, format: .date, wrap: true)), .empty(input), .empty(input),
                .text(school.id.rawValue), .text(row.activity), row.occurrence.map { .text($0.isoString) } ?? .empty(),
            ]
        }
    }
}
