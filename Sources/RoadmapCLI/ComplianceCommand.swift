import Foundation
import RoadmapKit

/// `roadmap compliance <workspace> --as-of DATE`: execution percentages up the hierarchy.
enum ComplianceCommand: RoadmapCommand {
    static let spec = CommandSpec(
        ["compliance"],
        summary: LocalizedText(
            ru: "Проценты выполнения по уровням относительно контрольных точек.",
            en: "Execution percentages up the hierarchy against the checkpoints."),
        discussion: LocalizedText(
            ru: """
                Считает выполненные мероприятия от всех мероприятий каждой дорожной карты на дату,
                сводит их вверх (школа → муниципалитет → регион) и сравнивает с контрольными точками
                workspace.json (по умолчанию 30 % / 40 % на 30.06, 80 % / 90 % на 30.11): красный — ниже
                минимума, жёлтый — до цели, зелёный — цель достигнута. Показатели описаны в Docs/compliance.md.
                Рабочая область попутно проверяется (проверки roadmap validate на тех же разобранных сроках):
                её ошибки выводятся в stderr, первые десять полностью, как и непрочитанные файлы (в отчёт
                они не входят).
                Код 0 — все единицы не ниже минимума и в данных нет ошибок; 1 — какая-то единица ниже,
                в данных есть ошибки или файл не прочитан; 2 — ошибка в командной строке.
                С --statuses ФАЙЛ.csv вместо рабочей области: те же показатели по одной плоской выгрузке
                (см. Docs/performance.md, «Flat status CSV»); ошибочные строки перечисляются, код 1.
                """,
            en: """
                Counts done activities over the activities of each roadmap as of a date, rolls them up
                (school → municipality → region), and compares them with the checkpoints of workspace.json
                (30 % / 40 % at 30.06, 80 % / 90 % at 30.11 by default): red below the minimum, yellow up
                to the target, green at or above it. Figures are defined in Docs/compliance.md.
                The workspace is validated on the way (the checks of roadmap validate, sharing the parsed
                schedules): its errors are listed on stderr, the first ten in full, as are files that
                could not be read (the report leaves them out).
                Exit 0 when every unit is at or above the minimum and the data has no errors, 1 when some
                unit is below, the data has errors or a file could not be read, 2 on a usage error.
                With --statuses FILE.csv instead of a workspace: the same figures from one flat export
                (see Docs/performance.md, «Flat status CSV»); malformed rows are listed and make the exit 1.
                """),
        positionals: [
            PositionalSpec(
                "workspace", optional: true, ru: "Папка рабочей области (не вместе с --statuses).",
                en: "The workspace directory (not with --statuses).")
        ],
        options: [
            ComplianceReportOptions.asOfOption,
            ComplianceReportOptions.knownOnOption,
            OptionSpec(
                "--level", value: "region|municipality|school",
                ru: "Какие единицы показывать (по умолчанию: municipality).",
                en: "Which units to list (default: municipality)."),
            OptionSpec(
                "--municipality", value: "ID", ru: "Только этот муниципалитет и его школы.",
                en: "Only this municipality and its schools."),
            OptionSpec(
                "--format", value: "table|json|csv|md|html|xlsx",
                ru: "Формат отчёта (по умолчанию: table); для xlsx нужен --output.",
                en: "Report format (default: table); xlsx needs --output."),
            OptionSpec(
                "--output", value: "FILE", ru: "Записать отчёт в файл, а не в стандартный вывод.",
                en: "Write the report to a file instead of standard output."),
            OptionSpec(
                "--separator", value: "CHAR", ru: "Разделитель CSV: «;» (по умолчанию, русский Excel) или «,».",
                en: "CSV separator: ';' (default, Russian Excel) or ','."),
        ] + statusOptions
    )

    /// Report formats of a workspace's compliance.
    enum Format: String, CaseIterable, Sendable { case table, json, csv, md, html, xlsx }

    /// Where the figures come from.
    enum Source: Equatable, Sendable {
        case workspace(String)
        /// A flat status export, with its checkpoints (empty: the programme's defaults).
        case statuses(String, checkpoints: [DatedCheckpoint])
    }

    struct Options: Sendable {
        var source: Source
        var asOf: LocalDate
        var knownOn: LocalDate?
        var level: Level?
        var municipality: MunicipalityID?
        var format: Format
        var output: String?
        /// The workbook's file with `--format xlsx`.
        var xlsxOutput: String?
        var separator: Character
    }

    static func options(_ arguments: ParsedArguments) throws(UsageError) -> Options {
        let source: Source
        var formats = Format.allCases
        if let statuses = arguments.value("--statuses") {
            guard arguments.positionals.isEmpty else {
                throw arguments.error(
                    ru: "укажите либо рабочую область, либо --statuses ФАЙЛ.csv, но не то и другое",
                    en: "give either a workspace or --statuses FILE.csv, not both")
            }
            if arguments.value("--municipality") != nil {
                throw arguments.error(
                    ru: "--municipality не используется вместе с --statuses", en: "--municipality is not available with --statuses")
            }
            if arguments.value("--known-on") != nil {
                // The flat export has completion dates only: every row counts by the date it was done.
                throw arguments.error(
                    ru: "--known-on не используется вместе с --statuses (в выгрузке нет дат отчётов)",
                    en: "--known-on is not available with --statuses (the export has no report dates)")
            }
            var checkpoints: [DatedCheckpoint] = []
            for text in arguments.all("--checkpoint") {
                guard let checkpoint = DatedCheckpoint(parsing: text) else {
                    throw arguments.error(
                        ru: "--checkpoint: ожидается ДАТА:МИН[:ЦЕЛЬ] с 0 ≤ МИН ≤ ЦЕЛЬ ≤ 100, получено «\(text)»",
                        en: "--checkpoint takes DATE:MIN[:TARGET] with 0 ≤ MIN ≤ TARGET ≤ 100, found '\(text)'")
                }
                checkpoints.append(checkpoint)
            }
            source = .statuses(statuses, checkpoints: checkpoints)
            formats = [.table, .json, .csv]
        } else {
            guard let path = arguments.positional(0) else {
                throw arguments.error(
                    ru: "не указан аргумент <workspace> (или --statuses ФАЙЛ.csv)",
                    en: "missing argument <workspace> (or --statuses FILE.csv)")
            }
            if !arguments.all("--checkpoint").isEmpty {
                throw arguments.error(
                    ru: "--checkpoint относится к --statuses; контрольные точки рабочей области задаются в workspace.json",
                    en: "--checkpoint is for --statuses; a workspace's checkpoints are in workspace.json")
            }
            source = .workspace(path)
        }
        let asOf = try arguments.requiredDate("--as-of")
        let knownOn = try arguments.date("--known-on")
        let format =
            try arguments.value("--format").map { text throws(UsageError) in
                try arguments.choice("--format", text, among: formats)
            } ?? .table
        let xlsxOutput = format == .xlsx ? try ComplianceReportOptions.xlsxOutput(arguments) : nil
        let level = try arguments.value("--level").map { text throws(UsageError) in
            try arguments.choice("--level", text, among: [Level.region, .municipality, .school])
        }
        return Options(
            source: source, asOf: asOf, knownOn: knownOn, level: level,
            municipality: arguments.value("--municipality").map { MunicipalityID($0) }, format: format,
            output: arguments.value("--output"), xlsxOutput: xlsxOutput,
            separator: try ComplianceReportOptions.separator(arguments))
    }

    static func run(_ options: Options, context: CommandContext) throws -> Int32 {
        let path: String
        switch options.source {
        case .statuses(let file, let checkpoints): return try runStatuses(file, checkpoints: checkpoints, options, context: context)
        case .workspace(let directory): path = directory
        }
        let loaded = BackgroundRelease()
        let (report, findings, unreadable) = try { () throws -> (ComplianceReport, [Finding], Int) in
            let project = try RoadmapProject.open(context.url(path))
            let unreadable = ComplianceReportOptions.reportUnreadable(project, context: context)
            let run: RoadmapProject.ComplianceRun
            do throws(UnknownUnit) {
                run = try project.evaluate(asOf: options.asOf, knownOn: options.knownOn, municipality: options.municipality)
            } catch { throw UnitArguments.usage(error, spec: spec) }
            loaded.hold((project, run))
            return (run.report, run.findings, unreadable)
        }()
        loaded.releaseInBackground()
        let invalid = ComplianceReportOptions.reportDataErrors(findings, path: path, context: context) || unreadable > 0
        let level = options.level
        if let xlsxPath = options.xlsxOutput {
            try ComplianceReportOptions.emit(
                ComplianceXlsxRenderer(level: level, language: context.language).workbook(report), to: xlsxPath, context: context)
            return report.allAtMinimum && !invalid ? ExitCode.success : ExitCode.failure
        }
        let text: String
        switch options.format {
        case .json: text = try ComplianceJSONRenderer.render(report, level: level)
        case .csv:
            text = ComplianceCSVRenderer(level: level, language: context.language, delimiter: options.separator).render(report)
        case .md: text = ComplianceMarkdownRenderer(language: context.language).render(report)
        case .html: text = ComplianceHTMLRenderer(language: context.language).render(report)
        case .table, .xlsx: text = ComplianceTableRenderer(level: level ?? .municipality, language: context.language).render(report)
        }
        try ComplianceReportOptions.emit(text, output: options.output, context: context)
        return report.allAtMinimum && !invalid ? ExitCode.success : ExitCode.failure
    }
}
