import Foundation
import RoadmapKit

/// `roadmap units import <file> --workspace DIR`: read the participating-schools list into units.json.
enum UnitsImportCommand: RoadmapCommand {
    static let spec = CommandSpec(
        ["units", "import"], summary: "Import the list of participating schools into the register (units.json).",
        discussion: """
            Reads a CSV list of schools (UTF-8 with or without BOM, or Windows-1251; `,` or `;`) with the
            columns Муниципалитет, Наименование ОО (required), Краткое наименование, Код, ШНОР, ШССУ,
            Год участия, Рисковые направления, Ответственный — in Russian or English, in any order.
            Municipalities are created as needed. Re-importing updates schools in place (matched by code,
            else by name) and reports schools that are no longer listed; nothing is deleted.
            Exit 1 and units.json unchanged when the list has errors (each reported with its line).
            An Excel workbook (.xlsx) is read directly: the first sheet (or --sheet NAME), the header
            row wherever it is (title rows above it are skipped), merged cells, dates and codes as shown.
            """,
        positionals: [PositionalSpec("file", help: "The schools list (.csv or .xlsx).")],
        options: [
            OptionSpec("--sheet", value: "NAME", help: "The sheet of an .xlsx workbook (default: the first)."),
            OptionSpec("--workspace", value: "DIR", help: "The workspace directory (default: current directory)."),
            OptionSpec("--dry-run", help: "Report what would change without writing units.json."),
        ]
    )

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> Int32 {
        let fileURL = context.url(arguments.positionals[0])
        let fileName = arguments.positionals[0]
        let store = WorkspaceStore(directory: context.url(arguments.value("--workspace") ?? "."))
        let loaded = try store.load()
        let unitsProblems = loaded.findings.filter { $0.file == WorkspaceLayout.unitsFile }
        guard unitsProblems.isEmpty else {
            for finding in unitsProblems { context.err(finding.formatted(context.language) + "\n") }
            context.err(
                context.text(
                    ru: "error: units.json не прочитан; исправьте его перед импортом\n",
                    en: "error: units.json could not be read; fix it before importing\n"))
            return ExitCode.failure
        }
        let data: Data
        do { data = try Data(contentsOf: fileURL) } catch {
            throw WorkspaceError.unreadable(path: fileName, reason: error.localizedDescription)
        }
        let list: SchoolList
        var sheetName: String?
        if WorkbookTable.isWorkbook(data, fileName: fileName) {
            do {
                (list, sheetName) = try SchoolList.read(workbook: data, fileName: fileName, sheet: arguments.value("--sheet"))
            } catch {
                context.err(context.text(ru: "ошибка: ", en: "error: ") + error.message.text(context.language) + "\n")
                return ExitCode.failure
            }
        } else {
            if arguments.value("--sheet") != nil {
                throw UsageError("--sheet applies to .xlsx workbooks only", command: spec.name)
            }
            do { list = try SchoolList.read(data, fileName: fileName) } catch let error as CSVError {
                context.err("error: \(error.message.text(context.language))\n")
                return ExitCode.failure
            }
        }
        let result = UnitImporter.merge(
            list, into: loaded.workspace.units, riskDirections: loaded.workspace.settings.riskDirections)
        if let sheetName {
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
            context.err(
                context.text(
                    ru: "error: импорт отменён (ошибок: \(errors)); units.json не изменён\n",
                    en: "error: import refused (\(errors) error(s)); units.json not changed\n"))
            return ExitCode.failure
        }
        context.out(
            context.text(
                ru:
                    "муниципалитетов добавлено: \(result.newMunicipalities.count); школ добавлено: \(result.added.count), обновлено: \(result.updated.count), без изменений: \(result.unchanged.count), нет в списке: \(result.notInList.count)\n",
                en:
                    "municipalities added: \(result.newMunicipalities.count); schools added: \(result.added.count), updated: \(result.updated.count), unchanged: \(result.unchanged.count), not in the list: \(result.notInList.count)\n"
            ))
        if arguments.flag("--dry-run") {
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
