import Foundation
import RoadmapKit

/// `--format xlsx` of the report commands: a workbook is binary, so it goes to a file only.
extension ComplianceReportOptions {
    /// Writes the workbook to `path` (atomically) and says so on stderr.
    static func emit(_ workbook: XlsxWorkbook, to path: String, context: CommandContext) throws {
        try workbook.write(to: context.url(path))
        context.err(context.text(ru: "записано: \(path)\n", en: "written: \(path)\n"))
    }
}
