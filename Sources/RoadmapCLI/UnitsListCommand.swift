import RoadmapKit

/// `roadmap units list --workspace DIR`: the register with each unit's roadmap status.
enum UnitsListCommand: RoadmapCommand {
    static let spec = CommandSpec(
        ["units", "list"], summary: "List municipalities and schools with their roadmap status.",
        discussion: """
            Shows each municipality and its schools with the status of their roadmap:
            есть / present, нет / missing, только заготовка / skeleton only (every activity generated
            by `roadmap skeleton`, nothing added yet).
            """,
        options: [
            OptionSpec("--workspace", value: "DIR", help: "The workspace directory (default: current directory)."),
            OptionSpec("--municipality", value: "ID", help: "Only this municipality and its schools."),
            OptionSpec("--format", value: "table|csv|json", help: "Output format (default: table)."),
        ]
    )

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> Int32 {
        let format = arguments.value("--format") ?? "table"
        guard ["table", "csv", "json"].contains(format) else {
            throw UsageError("--format takes table, csv or json, not '\(format)'", command: spec.name)
        }
        let loaded = try WorkspaceStore(directory: context.url(arguments.value("--workspace") ?? ".")).load()
        let unreadable = loaded.findings.filter { $0.file == WorkspaceLayout.unitsFile }
        for finding in unreadable { context.err(finding.formatted(context.language) + "\n") }
        // A register that did not load is not an empty one.
        guard unreadable.isEmpty else {
            context.err(
                context.text(
                    ru: "error: units.json не прочитан; список не показан\n", en: "error: units.json could not be read; nothing listed\n"))
            return ExitCode.failure
        }
        let filter = arguments.value("--municipality").map { MunicipalityID($0) }
        if let filter { try UnitArguments.checkMunicipality(filter.rawValue, in: loaded.workspace, spec: spec, context: context) }
        let listing = UnitListing(loaded.workspace, municipality: filter)
        switch format {
        case "csv": context.out(listing.csv())
        case "json": context.out(try listing.json())
        default:
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
