import Foundation

extension SchoolList {
    /// Reads a schools list from a workbook: sheet `sheet` (default: the first), the header row
    /// being the first row with two or more recognised column names (title rows above it are
    /// skipped). Cells, findings and merging are as for CSV; rows are numbered as Excel shows them.
    package static func read(workbook data: Data, fileName: String, sheet: String? = nil) throws(XlsxReadError)
        -> (list: SchoolList, sheet: String)
    {
        let read = try WorkbookTable.read(data, fileName: fileName, sheet: sheet) { cells in
            cells.filter { SchoolListColumn.recognize($0) != nil }.count >= 2
        }
        var list = SchoolList(
            fileName: fileName, encoding: .utf8, delimiter: ",", columns: [:], entries: [], findings: [])
        list.read(read.table)
        // Header problems point at the header's row as Excel numbers it, not at line 1.
        for index in list.findings.indices where list.findings[index].location == "1" {
            list.findings[index].location = String(read.headerRow)
        }
        return (list, read.sheet)
    }
}
