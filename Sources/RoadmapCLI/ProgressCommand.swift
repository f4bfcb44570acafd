import Foundation
import RoadmapKit

/// `roadmap progress import FILE.csv --workspace DIR`: merge a status spreadsheet into the workspace.
enum ProgressCommand: RoadmapCommand {
    static let spec = CommandSpec(
        ["progress", "import"],
        summary: LocalizedText(
            ru: "Добавить в рабочую область таблицу отчётов о выполнении (CSV).",
            en: "Merge a progress spreadsheet (CSV) into the workspace."),
        discussion: LocalizedText(
            ru: """
                Столбцы находятся по заголовку, по-русски или по-английски (см. Docs/import.md): единица
                («Школа», «ОО», «Организация», «Участник»: школа, муниципалитет или регион, по id или
                названию — каждая попадает в свой журнал), мероприятие (id или номер в дорожной карте этой
                единицы), статус (выполнено, в работе, не начато, не применимо — для последнего нужна
                причина в комментарии), дата выполнения, документ, количество, комментарий, кто и когда
                сообщил. UTF-8 с BOM или без либо Windows-1251; разделитель «,» или «;».
                Строки с неизвестной школой или мероприятием, невозможной датой или неизвестным статусом
                выводятся с файлом и строкой и не применяются; остальные добавляются. Записи только
                дописываются; одинаковая запись дважды не добавляется. Код 1, если отклонена хоть одна строка.
                Книга Excel (.xlsx) читается напрямую (первый лист или --sheet NAME; строка заголовков где
                угодно). Форма отчёта, заполненная школой, проверяется как форма: пустые строки считаются
                незаполненными, каждая строка должна нести id школы формы (того, что указан в --school), а
                изменённая или пустая ячейка id — ошибка с листом, строкой и ячейкой. Папка импортирует все
                файлы .xlsx и .csv в ней; все читаются и проверяются до любой записи.
                """,
            en: """
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
                """),
        positionals: [
            PositionalSpec(
                "file", ru: "Файл отчётов (.csv или .xlsx) или папка с такими файлами.",
                en: "The progress file (.csv or .xlsx), or a folder of them.")
        ],
        options: [
            OptionSpec(
                "--sheet", value: "NAME", ru: "Лист книги .xlsx (по умолчанию: первый).",
                en: "The sheet of an .xlsx workbook (default: the first)."),
            OptionSpec(
                "--workspace", value: "DIR", ru: "Папка рабочей области (обязательно).",
                en: "The workspace directory (required)."),
            OptionSpec(
                "--school", value: "ID", ru: "Школа каждой строки, если в файле нет столбца школы.",
                en: "The school of every row, when the file has no school column."),
        ]
    )

    struct Options: Sendable {
        var file: String
        var workspace: String
        var sheet: String?
        var school: SchoolID?
    }

    static func options(_ arguments: ParsedArguments) throws(UsageError) -> Options {
        guard let workspace = arguments.value("--workspace") else {
            throw arguments.error(ru: "не указан параметр --workspace DIR", en: "missing --workspace DIR")
        }
        return Options(
            file: arguments.positionals[0], workspace: workspace, sheet: arguments.value("--sheet"),
            school: arguments.value("--school").map { SchoolID($0) })
    }

    static func run(_ options: Options, context: CommandContext) throws -> Int32 {
        let workspacePath = options.workspace
        let path = options.file
        let url = context.url(path)
        if let inputs = ProgressFilesImport.inputs(url) {
            return try ProgressWorkbookImport.run(inputs, options: options, context: context)
        }
        if options.sheet != nil {
            throw UsageError(
                ru: "--sheet относится только к книгам .xlsx", en: "--sheet applies to .xlsx workbooks only",
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
            table, fileName: fileName, into: workspace, defaultSchool: options.school)
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
