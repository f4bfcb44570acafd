import Foundation
import RoadmapKit

/// `roadmap progress import FILE.csv --workspace DIR`: merge a status spreadsheet into the workspace.
enum ProgressCommand: RoadmapCommand {
    static let spec = CommandSpec(
        ["progress", "import"], summary: "Merge a progress spreadsheet (CSV) into the workspace.",
        discussion: """
            Columns are found by their header, in English or Russian (see Docs/import.md): the unit
            («Школа», «ОО», «Организация», «Участник»: a school, a municipality or the region, by id or
            name — each goes to its own progress log), activity (id or number in that unit's roadmap),
            status (выполнено, в работе, не начато, не применимо — the last needs its reason in the
            comment), completion date, document, count, comment, reported by / on. UTF-8 with or without BOM or Windows-1251; ',' or ';' separated.
            Rows naming an unknown school or activity, an impossible date or an unknown status are
            reported with file and row and not applied; the others merge. Records are only ever
            appended; an identical record is not added twice. Exit 1 when any row was rejected.
            An Excel workbook (.xlsx) is read directly (first sheet or --sheet NAME; the header row
            wherever it is). A progress form filled by a school is checked as a form: empty rows count
            as not filled, every row must carry the form's school id (the one given by --school), and
            an edited or blank id cell is an error naming the sheet, row and cell. A folder imports
            every .xlsx and .csv file in it; all are read and checked before anything is written.
            """,
        positionals: [PositionalSpec("file", help: "The progress file (.csv or .xlsx), or a folder of them.")],
        options: [
            OptionSpec("--sheet", value: "NAME", help: "The sheet of an .xlsx workbook (default: the first)."),
            OptionSpec("--workspace", value: "DIR", help: "The workspace directory (required)."),
            OptionSpec("--school", value: "ID", help: "The school of every row, when the file has no school column."),
        ]
    )

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> Int32 {
        guard let workspacePath = arguments.value("--workspace") else {
            throw UsageError("missing --workspace DIR", command: spec.name)
        }
        let path = arguments.positionals[0]
        let url = context.url(path)
        if let inputs = ProgressWorkbookImport.inputs(url) {
            return try ProgressWorkbookImport.run(inputs, arguments: arguments, workspacePath: workspacePath, context: context)
        }
        if arguments.value("--sheet") != nil {
            throw UsageError(
                context.text(
                    ru: "--sheet относится только к книгам .xlsx", en: "--sheet applies to .xlsx workbooks only"),
                command: spec.name)
        }
        let data = try context.readInput(path)
        let fileName = url.lastPathComponent
        let table = try ProgressImporter.read(data, fileName: fileName)
        // Locked from the read to the last write: a run at the same time merges into what this one wrote.
        let session = try context.openForWriting(workspacePath)
        defer { session.release() }
        let store = session.store
        let workspace = try session.load()
        let result = try ProgressImporter.merge(
            table, fileName: fileName, into: workspace, defaultSchool: arguments.value("--school").map { SchoolID($0) })
        for log in result.changedLogs { try store.write(progress: log) }
        for problem in result.rejected { context.err(problem.formatted(context.language) + "\n") }
        context.out(
            context.text(
                ru: "добавлено записей: \(result.appended); уже были: \(result.unchanged); отклонено строк: \(result.rejected.count)\n",
                en: "records appended: \(result.appended); already present: \(result.unchanged); rows rejected: \(result.rejected.count)\n")
        )
        return result.rejected.isEmpty ? ExitCode.success : ExitCode.failure
    }
}
