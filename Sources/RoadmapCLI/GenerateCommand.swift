import Foundation
import RoadmapGenerate
import RoadmapKit

/// `roadmap generate --output DIR …`: deterministic synthetic workspaces for tests and benchmarks.
enum GenerateCommand: RoadmapCommand {
    static let spec = CommandSpec(
        ["generate"],
        summary: LocalizedText(
            ru: "Записать детерминированную синтетическую рабочую область (и плоский CSV статусов) любого размера.",
            en: "Write a deterministic synthetic workspace (and flat status CSV) of any size."),
        discussion: LocalizedText(
            ru: """
                Строит регионы, муниципалитеты и школы по образцу настоящего примера: региональный план из
                32 пунктов (Калининград, 2023), муниципальные дорожные карты по нему, дорожные карты школ,
                связанные с обоими (id r<N>, m<M>, risk<k>), и отчёты с правдоподобным разбросом выполнения,
                опозданий и отсутствующих документов. Одно и то же зерно даёт одни и те же файлы. С --regions 1
                рабочая область записывается в DIR; при большем числе — по области на регион в DIR/<region-id>/.
                --statuses записывает отчёты школ одним CSV
                (region,municipality,school,activity_id,due_date,done_date) для `roadmap compliance --statuses`.
                Размер страны: --regions 85 --municipalities 2300 --schools 4000.
                """,
            en: """
                Builds regions, municipalities and schools shaped like the real example: the regional plan
                of 32 items (Kaliningrad 2023), municipal roadmaps derived from it, school roadmaps linked to
                both (ids r<N>, m<M>, risk<k>), and progress with a realistic spread of completion, lateness
                and missing documents. The same seed gives the same files. With --regions 1 the workspace
                is written into DIR; with more, one workspace per region into DIR/<region-id>/.
                --statuses writes the school progress as one CSV
                (region,municipality,school,activity_id,due_date,done_date) for `roadmap compliance --statuses`.
                National size: --regions 85 --municipalities 2300 --schools 4000.
                """),
        options: [
            OptionSpec(
                "--output", value: "DIR", ru: "Папка для рабочих областей; новая или пустая.",
                en: "Directory for the workspace(s); must be new or empty."),
            OptionSpec("--regions", value: "N", ru: "Регионов (по умолчанию 1, не больше 85).", en: "Regions (default 1, at most 85)."),
            OptionSpec(
                "--municipalities", value: "N", ru: "Муниципалитетов всего (по умолчанию 10).",
                en: "Municipalities in all (default 10)."),
            OptionSpec(
                "--schools", value: "N", ru: "Школ-участниц всего (по умолчанию 40).",
                en: "Participating schools in all (default 40)."),
            OptionSpec(
                "--activities", value: "N|MIN-MAX", ru: "Мероприятий в дорожной карте школы (по умолчанию 50-100).",
                en: "Activities per school roadmap (default 50-100)."),
            OptionSpec(
                "--seed", value: "S", ru: "Зерно генератора псевдослучайных чисел (по умолчанию 1).",
                en: "Seed of the pseudo-random generator (default 1)."),
            OptionSpec(
                "--report-date", value: "DATE", ru: "День, на который сданы отчёты (по умолчанию ГОД-12-20).",
                en: "Day progress is reported as of (default YEAR-12-20)."),
            OptionSpec(
                "--statuses", value: "FILE.csv", ru: "Записать отчёты также одним плоским CSV статусов.",
                en: "Also write the progress as one flat status CSV."),
        ]
    )

    struct Options: Sendable {
        var output: String?
        var statuses: String?
        var generator: GeneratorOptions
    }

    static func options(_ arguments: ParsedArguments) throws(UsageError) -> Options {
        let output = arguments.value("--output")
        let statuses = arguments.value("--statuses")
        guard output != nil || statuses != nil else {
            throw arguments.error(
                ru: "укажите --output DIR, --statuses ФАЙЛ.csv или оба", en: "give --output DIR, --statuses FILE.csv or both")
        }
        var options = GeneratorOptions()
        options.regions = try count(arguments, "--regions") ?? options.regions
        options.municipalities = try count(arguments, "--municipalities") ?? max(options.municipalities, options.regions)
        options.schools = try count(arguments, "--schools") ?? max(options.schools, options.municipalities)
        if let text = arguments.value("--activities") {
            let parts = text.split(separator: "-").map { Int($0) }
            guard (1...2).contains(parts.count), let low = parts.first ?? nil, let high = parts.last ?? nil, low <= high
            else {
                throw arguments.error(
                    ru: "--activities: ожидается N или МИН-МАКС, получено «\(text)»",
                    en: "--activities takes N or MIN-MAX, found '\(text)'")
            }
            options.activities = low...high
        }
        if let text = arguments.value("--seed") {
            guard let seed = UInt64(text) else {
                throw arguments.error(
                    ru: "--seed: ожидается неотрицательное целое число, получено «\(text)»",
                    en: "--seed takes a non-negative integer, found '\(text)'")
            }
            options.seed = seed
        }
        if let date = try arguments.date("--report-date") { options.reportDate = date }
        if let problem = options.problem {
            // The library names the count; the command line names its option.
            throw arguments.error(
                ru: "--\(problem.field.rawValue): \(problem.message.ru)", en: "--\(problem.field.rawValue): \(problem.message.en)")
        }
        return Options(output: output, statuses: statuses, generator: options)
    }

    static func run(_ options: Options, context: CommandContext) throws -> Int32 {
        let summary = try WorkspaceGenerator.generate(
            options.generator, output: options.output.map(context.url), statuses: options.statuses.map(context.url))
        context.out(
            context.text(
                ru: """
                    создано: регионов \(summary.regions), муниципалитетов \(summary.municipalities), \
                    школ \(summary.schools), мероприятий школ \(summary.activities), \
                    отчётов \(summary.progressRecords), файлов \(summary.files), строк статусов \(summary.statusRows)

                    """,
                en: """
                    generated: \(summary.regions) region(s), \(summary.municipalities) municipalities, \
                    \(summary.schools) schools, \(summary.activities) school activities, \
                    \(summary.progressRecords) progress records, \(summary.files) files, \(summary.statusRows) status rows

                    """))
        return ExitCode.success
    }

    static func count(_ arguments: ParsedArguments, _ name: String) throws(UsageError) -> Int? {
        guard let text = arguments.value(name) else { return nil }
        guard let value = Int(text), value >= 0 else {
            throw arguments.error(
                ru: "\(name): ожидается неотрицательное целое число, получено «\(text)»",
                en: "\(name) takes a non-negative integer, found '\(text)'")
        }
        return value
    }
}
