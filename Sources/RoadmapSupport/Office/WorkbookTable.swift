import Foundation

/// Turns one sheet of a workbook into the same table the CSV readers produce, so that school
/// lists and progress reports read the same whichever file they come in. Rows keep the
/// numbers Excel shows, so messages point at the row a person sees.
package enum WorkbookTable {
    /// Whether a file is read as a workbook: an .xlsx/.xlsm name, or zip content under any name.
    package static func isWorkbook(_ data: Data, fileName: String) -> Bool {
        let lowered = fileName.lowercased()
        return lowered.hasSuffix(".xlsx") || lowered.hasSuffix(".xlsm") || ZipReader.looksLikeZip(data)
    }

    /// Reads sheet `sheet` (default: the first) of a workbook as a table. The header is the first
    /// row for which `isHeader` holds (title rows above it are skipped), else the first row with
    /// text; empty rows after it are skipped like blank CSV lines.
    package static func read(
        _ data: Data, fileName: String, sheet: String? = nil, isHeader: ([String]) -> Bool
    ) throws(XlsxReadError) -> (table: CSVTable, sheet: String, headerRow: Int) {
        let workbook = try XlsxWorkbookReader(data: data, fileName: fileName)
        let read = try workbook.sheet(named: sheet)
        let (table, headerRow) = table(read, isHeader: isHeader)
        return (table, read.name, headerRow)
    }

    /// Whether a cell has anything but whitespace.
    package static func hasText(_ cell: String) -> Bool { cell.unicodeScalars.contains { !$0.properties.isWhitespace } }

    /// The table of a sheet and the row number of its header (0 when the sheet is empty).
    package static func table(_ sheet: XlsxWorkbookReader.Sheet, isHeader: ([String]) -> Bool) -> (CSVTable, Int) {
        let rows = sheet.storage
        func trimmed(_ cells: [String]) -> [String] { cells.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } }
        // Header rows are looked for from the top; the rows below are only checked for text.
        var headerIndex: Int?
        var firstWithText: Int?
        for (index, row) in rows.enumerated() where row.cells.contains(where: hasText) {
            if firstWithText == nil { firstWithText = index }
            if isHeader(trimmed(row.cells)) {
                headerIndex = index
                break
            }
        }
        guard let headerIndex = headerIndex ?? firstWithText else { return (CSVTable(header: [], rows: []), 0) }
        var header = trimmed(rows[headerIndex].cells)
        while header.last?.isEmpty == true { header.removeLast() }
        let body = rows[(headerIndex + 1)...].filter { $0.cells.contains(where: hasText) }.map {
            CSVRow(line: $0.number, fields: $0.cells)
        }
        return (CSVTable(header: header, rows: body), rows[headerIndex].number)
    }
}
