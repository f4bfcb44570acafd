import Foundation
import RoadmapKit

/// `roadmap units import <file> --workspace DIR`: read the participating-schools list into units.json.
enum UnitsImportCommand: RoadmapCommand {
    static let spec = CommandSpec(
        ["units", "import"],
        summary: LocalizedText(
            ru: "Импортировать список школ-участниц в реестр (units.json).",
            en: "Import the list of participating schools into the register (units.json)."),
        discussion: LocalizedText(
            ru: """
                Читает CSV-список школ (UTF-8 с BOM или без, либо Windows-1251; «,» или «;») со столбцами
                Муниципалитет, Наименование ОО (обязательные), Краткое наименование, Код, ШНОР, ШССУ,
                Год участия, Рисковые направления, Ответственный — по-русски или по-английски, в любом
                порядке. Муниципалитеты создаются по мере надобности. Повторный импорт обновляет школы на
                месте (по коду, иначе по названию) и сообщает о школах, которых больше нет в списке; ничего
                не удаляется. Код 1 и units.json без изменений, если в списке есть ошибки (каждая — со
                строкой). Книга Excel (.xlsx) читается напрямую: первый лист (или --sheet NAME), строка
                заголовков где угодно (строки названия над ней пропускаются), объединённые ячейки, даты и
                коды как показаны.
                """,
            en: """
                Reads a CSV list of schools (UTF-8 with or without BOM, or Windows-1251; `,` or `;`) with the
                columns Муниципалитет, Наименование ОО (required), Краткое наименование, Код, ШНОР, ШССУ,
                Год участия, Рисковые направления, Ответственный — in Russian or English, in any order.
                Municipalities are created as needed. Re-importing updates schools in place (matched by code,
                else by name) and reports schools that are no longer listed; nothing is deleted.
                Exit 1 and units.json unchanged when the list has errors (each reported with its line).
                An Excel workbook (.xlsx) is read directly: the first sheet (or --sheet NAME), the header
                row wherever it is (title rows above it are skipped), merged cells, dates and codes as shown.
                """),
        positionals: [PositionalSpec("file", ru: "Список школ (.csv или .xlsx).", en: "The schools list (.csv or .xlsx).")],
        options: [
            OptionSpec(
                "--sheet", value: "NAME", ru: "Лист книги .xlsx (по умолчанию: первый).",
                en: "The sheet of an .xlsx workbook (default: the first)."),
            OptionSpec(
                "--workspace", value: "DIR", ru: "Папка рабочей области (по умолчанию: текущая).",
                en: "The workspace directory (default: current directory)."),
            OptionSpec(
                "--dry-run", ru: "Показать, что изменится, не записывая units.json.",
                en: "Report what would change without writing units.json."),
        ]
    )

    struct Options: Sendable {
        var file: String
        var sheet: String?
        var workspace: String
        var dryRun: Bool
    }

    static func options(_ arguments: ParsedArguments) throws(UsageError) -> Options {
        Options(
            file: arguments.positionals[0], sheet: arguments.value("--sheet"),
            workspace: arguments.value("--workspace") ?? ".", dryRun: arguments.flag("--dry-run"))
    }

    static func run(_ options: Options, context: CommandContext) throws -> Int32 {
        let fileName = options.file
        let data = try context.readInput(fileName)
        let workspacePath = options.workspace
        // A dry run writes nothing and takes no lock; a real one holds it from the read to the write.
        let session = options.dryRun ? nil : try context.openForWriting(workspacePath)
        defer { session?.release() }
        let store = session?.store ?? WorkspaceStore(directory: context.url(workspacePath))
        let workspace = try store.loadStrictly()
        let outcome: SchoolListImport.Outcome
        do {
            outcome = try SchoolListImport.run(data, fileName: fileName, sheet: options.sheet, into: workspace)
        } catch SchoolListImport.Failure.workbook(let message) {
            context.error(message)
            return ExitCode.failure
        } catch SchoolListImport.Failure.csv(let message) {
            context.error(message)
            return ExitCode.failure
        } catch SchoolListImport.Failure.sheetWithoutWorkbook {
            throw UsageError(
                ru: "--sheet относится только к книгам .xlsx", en: "--sheet applies to .xlsx workbooks only", command: spec.name)
        }
        let result = outcome.result
        if let sheetName = outcome.sheet {
            context.out(
                context.text(
                    ru: "\(fileName): лист «\(sheetName)», школ в списке: \(result.rows)\n",
                    en: "\(fileName): sheet \"\(sheetName)\", schools listed: \(result.rows)\n"))
        } else {
            context.out(
                context.text(
                    ru:
                        "\(fileName): \(encodingName(result.encoding, .ru)), разделитель «\(result.delimiter)», школ в списке: \(result.rows)\n",
                    en:
                        "\(fileName): \(encodingName(result.encoding, .en)), separator \"\(result.delimiter)\", schools listed: \(result.rows)\n"
                ))
        }
        for finding in result.findings { context.err(finding.formatted(context.language) + "\n") }
        if result.isRefused {
            let errors = result.findings.filter { $0.severity == .error }.count
            context.error(
                ru: "импорт отменён (ошибок: \(errors)); units.json не изменён",
                en: "import refused (\(errors) error(s)); units.json not changed")
            return ExitCode.failure
        }
        context.out(
            context.text(
                ru:
                    "муниципалитетов добавлено: \(result.newMunicipalities.count); школ добавлено: \(result.added.count), обновлено: \(result.updated.count), без изменений: \(result.unchanged.count), нет в списке: \(result.notInList.count)\n",
                en:
                    "municipalities added: \(result.newMunicipalities.count); schools added: \(result.added.count), updated: \(result.updated.count), unchanged: \(result.unchanged.count), not in the list: \(result.notInList.count)\n"
            ))
        if options.dryRun {
            context.out(context.text(ru: "проверка без записи: units.json не изменён\n", en: "dry run: units.json not changed\n"))
        } else {
            try store.write(units: result.register)
            context.out(context.text(ru: "записано: units.json\n", en: "written: units.json\n"))
        }
        return ExitCode.success
    }

    static func encodingName(_ kind: TextEncodingKind, _ language: Language) -> String {
        switch kind {
        case .utf8: "UTF-8"
        case .utf8WithByteOrderMark: language == .ru ? "UTF-8 с BOM" : "UTF-8 with BOM"
        case .windows1251: "Windows-1251"
        }
    }
}
