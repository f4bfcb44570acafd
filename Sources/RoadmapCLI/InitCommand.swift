import Foundation
import RoadmapKit

/// `roadmap init DIR --region NAME [--plan FILE] [--period P]`: start a region's workspace.
enum InitCommand: RoadmapCommand {
    static let spec = CommandSpec(
        ["init"],
        summary: LocalizedText(
            ru: "Создать рабочую область региона, при желании — по его региональному плану.",
            en: "Create a workspace for a region, optionally from its regional plan."),
        discussion: LocalizedText(
            ru: """
                Создаёт DIR с workspace.json (контрольные точки «500+» 30.06 / 30.11, правило свода, рисковые
                направления и правила каскада, записанные явно, чтобы их можно было править), пустым
                units.json и roadmaps/region.json: импортированным региональным планом с --plan, иначе
                пустым планом для заполнения (тогда нужен --period). Ничего не перезаписывает: существующая
                рабочая область или непустая папка — отказ с кодом 1. Рабочая область собирается во
                временной папке и переносится на место.
                """,
            en: """
                Creates DIR with workspace.json (the 500+ checkpoints 30.06 / 30.11, roll-up policy, risk
                directions and cascade rules, written out so they can be edited), an empty units.json and
                roadmaps/region.json: the imported regional plan with --plan, else an empty plan to fill in
                (then --period is required). Never overwrites: an existing workspace or non-empty directory
                is refused with exit 1. The workspace is built in a temporary directory and moved into place.
                """),
        positionals: [PositionalSpec("dir", ru: "Создаваемая папка рабочей области.", en: "The workspace directory to create.")],
        options: [
            OptionSpec(
                "--region", value: "NAME", ru: "Название региона («Калининградская область»).",
                en: "The region's name («Калининградская область»)."),
            OptionSpec(
                "--plan", value: "FILE", ru: "Документ регионального плана (текст из Word или PDF) для импорта.",
                en: "The regional plan document (text from Word or PDF) to import."),
            OptionSpec(
                "--period", value: "PERIOD", ru: "Период плана (2023, 2021-2022 учебный год, 2022-2025 гг.).",
                en: "The plan's period (2023, 2021-2022 учебный год, 2022-2025 гг.)."),
        ]
    )

    struct Options: Sendable {
        var directory: String
        var region: String
        var plan: String?
        var period: Period?
    }

    static func options(_ arguments: ParsedArguments) throws(UsageError) -> Options {
        guard let region = arguments.value("--region")?.trimmingCharacters(in: .whitespaces), !region.isEmpty else {
            throw arguments.error(ru: "не указан параметр --region <NAME>", en: "missing option --region <NAME>")
        }
        return Options(
            directory: arguments.positionals[0], region: region, plan: arguments.value("--plan"),
            period: try PeriodArgument.parse(arguments))
    }

    static func run(_ options: Options, context: CommandContext) throws -> Int32 {
        let region = options.region
        var period = options.period
        let directoryPath = options.directory
        let directory = context.url(directoryPath)
        var plan: Roadmap?
        var planSummary: String?
        if let planPath = options.plan {
            let data = try context.readInput(planPath)
            let fileName = context.url(planPath).lastPathComponent
            let text: String
            do { text = try DocumentInput.text(data, path: planPath, fileName: fileName) } catch let error as DocxReadError {
                context.err(
                    CommandContext.errorPrefix(context.language) + error.message.text(context.language) + "\n"
                        + context.text(ru: "рабочая область не создана\n", en: "no workspace created\n"))
                return ExitCode.failure
            }
            do {
                let imported = try RoadmapImporter.importDocument(
                    text: text, fileName: fileName, owner: .region, period: period)
                plan = imported.roadmap
                planSummary = summary(imported, path: planPath, context.language)
                period = period ?? imported.roadmap.period
            } catch let error as ImportError {
                context.err(
                    RoadmapCLI.describe(error, context.language)
                        + context.text(
                            ru: "рабочая область не создана\n", en: "no workspace created\n"))
                return ExitCode.failure
            }
        }
        guard let period else {
            throw UsageError(
                ru: "укажите --period (например, --period 2023) или план через --plan",
                en: "give --period (for example --period 2023) or a plan with --plan", command: spec.name)
        }
        let workspace = Workspace.new(regionName: region, period: period, plan: plan)
        let created = Result { () throws(WorkspaceError) in try WorkspaceStore.create(workspace, at: directory) }
        if case .failure(let error) = created {
            guard case .alreadyExists = error else { throw error }
            context.error(
                ru: "\(directoryPath) уже существует и не пуст; рабочая область не создана (ничего не изменено)",
                en: "\(directoryPath) already exists and is not empty; no workspace created (nothing changed)")
            return ExitCode.failure
        }
        if let planSummary { context.out(planSummary) }
        if let plan { PlanRulesOutput.print(PlanRules(plan: plan, rules: .newRegion), context: context) }
        let activities = workspace.regionalPlan?.activities.count ?? 0
        context.out(
            context.text(
                ru: """
                    создана рабочая область \(directoryPath): регион «\(region)» (\(workspace.settings.region.id)), период \(period.canonicalText)
                      workspace.json — контрольные точки 30.06 и 30.11, правила, рисковые направления
                      units.json — реестр пуст (добавьте школы: roadmap units import СПИСОК.csv --workspace \(directoryPath))
                      roadmaps/region.json — \(plan == nil ? "пустой план для заполнения" : "региональный план, мероприятий: \(activities)")

                    """,
                en: """
                    created workspace \(directoryPath): region "\(region)" (\(workspace.settings.region.id)), period \(period.canonicalText)
                      workspace.json — checkpoints 30.06 and 30.11, rules, risk directions
                      units.json — empty register (add schools: roadmap units import LIST.csv --workspace \(directoryPath))
                      roadmaps/region.json — \(plan == nil ? "an empty plan to fill in" : "the regional plan, activities: \(activities)")

                    """))
        return ExitCode.success
    }

    /// What the plan import found, in two lines; `roadmap import FILE --report` gives the full accounting.
    static func summary(_ imported: ImportedDocument, path: String, _ language: Language) -> String {
        let report = imported.report
        let roadmap = imported.roadmap
        let order =
            roadmap.order.map { order in
                " № \(order.number)" + (order.date.map { " " + $0.russianString } ?? "")
            } ?? ""
        if language == .ru {
            return "региональный план: \(report.fileName)\(order.isEmpty ? "" : ", приказ" + order)\n"
                + "  мероприятий: \(report.activityCount), разделов: \(report.sectionCount), "
                + "фрагментов сохранено дословно: \(report.fragments.count) (подробно: roadmap import \(path) --report)\n"
        }
        return "regional plan: \(report.fileName)\(order.isEmpty ? "" : ", order" + order)\n"
            + "  activities: \(report.activityCount), sections: \(report.sectionCount), "
            + "fragments kept verbatim: \(report.fragments.count) (details: roadmap import \(path) --report)\n"
    }
}
