import Foundation
import RoadmapKit

/// `--format xlsx` of the report commands: a workbook is binary, so it goes to a file only.
extension ComplianceReportOptions {
    /// The `--output FILE` a workbook is written to; a usage error without one (or with «-»):
    /// binary output is never sent to a terminal or a pipe.
    static func xlsxOutput(_ arguments: ParsedArguments, spec: CommandSpec) throws(UsageError) -> String {
        guard let path = arguments.value("--output"), path != "-" else {
            throw UsageError("--format xlsx writes a binary workbook and needs --output FILE.xlsx", command: spec.name)
        }
        return path
    }

    /// Writes the workbook to `path` (atomically) and says so on stderr.
    static func emit(_ workbook: XlsxWorkbook, to path: String, context: CommandContext) throws {
        try workbook.write(to: context.url(path))
        context.err(context.text(ru: "записано: \(path)\n", en: "written: \(path)\n"))
    }
}
