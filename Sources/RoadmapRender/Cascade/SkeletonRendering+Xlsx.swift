extension SkeletonRendering {
    /// The printable «Дорожная карта ОО» as a workbook: the title lines, then the table with a
    /// section column (as the CSV has it), the header frozen, an autofilter and wrapped text.
    package static func workbook(_ roadmap: Roadmap, schoolName: String) -> XlsxWorkbook {
        let title = titleLines(roadmap, schoolName: schoolName)
        var rows: [[XlsxWorkbook.Cell]] = title.enumerated().map { index, line in
            [.text(line, XlsxWorkbook.Style(bold: index == 0))]
        }
        rows.append([])
        rows.append((["Раздел"] + header).map { .text($0, XlsxWorkbook.Style(bold: true, fill: .header, wrap: true)) })
        let headerRow = rows.count
        var section = ""
        for line in lines(roadmap) {
            switch line {
            case .section(let t): section = t
            case .activity(let cells):
                rows.append(([section] + cells).map { .text($0, XlsxWorkbook.Style(wrap: true)) })
            }
        }
        let sheet = XlsxWorkbook.Sheet(
            name: "Дорожная карта ОО", rows: rows,
            columns: [28, 7, 60, 22, 22, 24, 28].map { XlsxWorkbook.Column(width: $0) }, frozenRows: headerRow,
            autoFilterRow: headerRow)
        return XlsxWorkbook(sheets: [sheet])
    }
}
