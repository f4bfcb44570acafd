import RoadmapKit

/// `roadmap units list --workspace DIR`: the register with each unit's roadmap status.
enum UnitsListCommand: RoadmapCommand {
    static let spec = CommandSpec(
        ["units", "list"],
        summary: LocalizedText(
            ru: "Список муниципалитетов и школ с состоянием их дорожных карт.",
            en: "List municipalities and schools with their roadmap status."),
        discussion: LocalizedText(
            ru: """
                Показывает каждый муниципалитет и его школы с состоянием дорожной карты:
                есть, нет, только заготовка (все мероприятия сформированы `roadmap skeleton`, ничего
                не добавлено).
                """,
            en: """
                Shows each municipality and its schools with the status of their roadmap:
                есть / present, нет / missing, только заготовка / skeleton only (every activity generated
                by `roadmap skeleton`, nothing added yet).
                """),
        options: [
            OptionSpec(
                "--workspace", value: "DIR", ru: "Папка рабочей области (по умолчанию: текущая).",
                en: "The workspace directory (default: current directory)."),
            OptionSpec(
                "--municipality", value: "ID", ru: "Только этот муниципалитет и его школы.",
                en: "Only this municipality and its schools."),
            OptionSpec(
                "--format", value: "table|csv|json", ru: "Формат вывода (по умолчанию: table).",
                en: "Output format (default: table)."),
        ]
    )

    enum Format: String, CaseIterable, Sendable { case table, csv, json }

    struct Options: Sendable {
        var workspace: String
        var municipality: MunicipalityID?
        var format: Format
    }

    static func options(_ arguments: ParsedArguments) throws(UsageError) -> Options {
        Options(
            workspace: arguments.value("--workspace") ?? ".",
            municipality: arguments.value("--municipality").map { MunicipalityID($0) },
            format: try arguments.choice("--format", default: Format.table))
    }

    static func run(_ options: Options, context: CommandContext) throws -> Int32 {
        let project = try RoadmapProject.open(context.url(options.workspace))
        let unreadable = project.loadFindings.filter { $0.file == WorkspaceLayout.unitsFile }
        for finding in unreadable { context.err(finding.formatted(context.language) + "\n") }
        // A register that did not load is not an empty one.
        guard unreadable.isEmpty else {
            context.error(ru: "units.json не прочитан; список не показан", en: "units.json could not be read; nothing listed")
            return ExitCode.failure
        }
        let filter = options.municipality
        if let filter { try UnitArguments.checkMunicipality(filter, in: project.workspace, spec: spec) }
        let listing = UnitListing(project.workspace, municipality: filter)
        switch options.format {
        case .csv: context.out(listing.csv())
        case .json: context.out(try listing.json())
        case .table:
            if listing.lines.isEmpty {
                context.out(
                    context.text(
                        ru: "реестр пуст: добавьте школы командой `roadmap units import`\n",
                        en: "the register is empty: add schools with `roadmap units import`\n"))
            } else {
                context.out(listing.table(context.language))
            }
        }
        return ExitCode.success
    }
}
