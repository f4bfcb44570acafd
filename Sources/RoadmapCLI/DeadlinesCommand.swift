import Foundation
import RoadmapKit

/// `roadmap deadlines <workspace> --as-of DATE [--within 14]`: the weekly working list.
enum DeadlinesCommand: RoadmapCommand {
    static let spec = CommandSpec(
        ["deadlines"],
        summary: LocalizedText(
            ru: "Что просрочено и что скоро наступает, по ответственным.",
            en: "What is overdue and what falls due soon, by responsible unit."),
        discussion: LocalizedText(
            ru: """
                Для каждой единицы (регион, муниципалитеты, школы) перечисляет мероприятия, срок которых
                наступил к дате и которые не выполнены (или выполнены без требуемого документа), и те, срок
                которых наступает в ближайшие дни. Рабочая область попутно проверяется, как в roadmap
                compliance: её ошибки выводятся в stderr (первые десять полностью), как и непрочитанные
                файлы (в список они не входят). Код 0 — ничего не просрочено и не лишено документа и в
                данных нет ошибок; 1 — иначе; 2 — ошибка в командной строке.
                """,
            en: """
                Lists, for every unit (region, municipalities, schools), the activities due by the as-of
                date and not done (or done without the required document) and those falling due within
                the next days. The workspace is validated on the way, as by roadmap compliance: its errors
                are listed on stderr (the first ten in full), as are files that could not be read (the list
                leaves them out). Exit 0 when nothing is overdue or missing its document and the data has no
                errors, 1 otherwise, 2 on a usage error.
                """),
        positionals: [PositionalSpec("workspace", ru: "Папка рабочей области.", en: "The workspace directory.")],
        options: [
            ComplianceReportOptions.asOfOption,
            ComplianceReportOptions.knownOnOption,
            OptionSpec(
                "--within", value: "DAYS", ru: "На сколько дней вперёд смотреть (по умолчанию: 14).",
                en: "Look-ahead in days (default: 14)."),
            OptionSpec(
                "--municipality", value: "ID", ru: "Только этот муниципалитет и его школы.",
                en: "Only this municipality and its schools."),
            OptionSpec(
                "--format", value: "table|csv|xlsx", ru: "Формат вывода (по умолчанию: table); для xlsx нужен --output.",
                en: "Output format (default: table); xlsx needs --output."),
            OptionSpec(
                "--output", value: "FILE", ru: "Записать список в файл, а не в стандартный вывод.",
                en: "Write the list to a file instead of standard output."),
            OptionSpec(
                "--separator", value: "CHAR", ru: "Разделитель CSV: «;» (по умолчанию) или «,».",
                en: "CSV separator: ';' (default) or ','."),
        ]
    )

    enum Format: String, CaseIterable, Sendable { case table, csv, xlsx }

    struct Options: Sendable {
        var workspace: String
        var asOf: LocalDate
        var knownOn: LocalDate?
        var within: Int
        var municipality: MunicipalityID?
        var format: Format
        var output: String?
        var xlsxOutput: String?
        var separator: Character
    }

    static func options(_ arguments: ParsedArguments) throws(UsageError) -> Options {
        let asOf = try arguments.requiredDate("--as-of")
        let within = try arguments.integer("--within", in: 0...366) ?? 14
        let format = try arguments.choice("--format", default: Format.table)
        let xlsxOutput = format == .xlsx ? try ComplianceReportOptions.xlsxOutput(arguments) : nil
        return Options(
            workspace: arguments.positionals[0], asOf: asOf, knownOn: try arguments.date("--known-on"), within: within,
            municipality: arguments.value("--municipality").map { MunicipalityID($0) }, format: format,
            output: arguments.value("--output"), xlsxOutput: xlsxOutput,
            separator: try ComplianceReportOptions.separator(arguments))
    }

    static func run(_ options: Options, context: CommandContext) throws -> Int32 {
        let path = options.workspace
        let project = try RoadmapProject.open(context.url(path))
        let unreadable = ComplianceReportOptions.reportUnreadable(project, context: context)
        let run: RoadmapProject.DeadlinesRun
        do throws(UnknownUnit) {
            run = try project.deadlines(
                asOf: options.asOf, within: options.within, knownOn: options.knownOn, municipality: options.municipality)
        } catch { throw UnitArguments.usage(error, spec: spec) }
        let list = run.list
        let renderer = DeadlinesRenderer(language: context.language)
        let invalid = ComplianceReportOptions.reportDataErrors(run.findings, path: path, context: context) || unreadable > 0
        if let xlsxPath = options.xlsxOutput {
            try ComplianceReportOptions.emit(renderer.workbook(list), to: xlsxPath, context: context)
        } else {
            let text = options.format == .csv ? renderer.csv(list, delimiter: options.separator) : renderer.table(list)
            try ComplianceReportOptions.emit(text, output: options.output, context: context)
        }
        return list.overdueCount + list.undocumentedCount == 0 && !invalid ? ExitCode.success : ExitCode.failure
    }
}
