import Foundation
import RoadmapKit

/// `roadmap import FILE`: a roadmap document's text → roadmap JSON (or into a workspace).
enum ImportCommand: RoadmapCommand {
    static let spec = CommandSpec(
        ["import"], summary: "Import a roadmap document (text from Word or PDF) as a roadmap.",
        discussion: """
            Reads Word documents (.docx: paragraphs, tables, automatic numbering), and text: markdown
            tables, tab-separated tables and plain numbered lists (see Docs/import.md).
            Without --workspace the roadmap JSON goes to standard output (or --output FILE).
            With --workspace DIR and one of --region / --municipality ID / --school ID the roadmap is
            added to the workspace; an existing roadmap is kept unless --replace is given.
            --report prints the accounting of every line (lines read, activities, sections, fragments).
            """,
        positionals: [PositionalSpec("file", help: "The document: .docx, or text (UTF-8 or Windows-1251).")],
        options: [
            OptionSpec("--owner", value: "OWNER", help: "region, municipality:ID or school:ID (default: region)."),
            OptionSpec("--period", value: "PERIOD", help: "2023, 2021-2022 (academic year) or 2022-2025 гг.; default: from the document."),
            OptionSpec("--output", value: "FILE", help: "Write the roadmap JSON to FILE ('-' for standard output)."),
            OptionSpec("--report", help: "Print the line accounting."),
            OptionSpec("--workspace", value: "DIR", help: "Add the roadmap to this workspace."),
            OptionSpec("--region", help: "With --workspace: the regional plan."),
            OptionSpec("--municipality", value: "ID", help: "With --workspace: this municipality's roadmap."),
            OptionSpec("--school", value: "ID", help: "With --workspace: this school's roadmap."),
            OptionSpec("--replace", help: "With --workspace: replace an existing roadmap."),
        ]
    )

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> Int32 {
        let path = arguments.positionals[0]
        let url = context.url(path)
        let data = try context.readInput(path)
        let text: String
        do { text = try DocumentInput.text(data, path: path, fileName: url.lastPathComponent) } catch let error
            as DocxReadError
        {
            context.err(context.text(ru: "ошибка: ", en: "error: ") + error.message.text(context.language) + "\n")
            return ExitCode.failure
        }
        var period: Period?
        if let value = arguments.value("--period") {
            guard let p = Period(parsing: value) else {
                throw UsageError("--period: expected 2023, 2021-2022 or 2022-2025 гг., found '\(value)'", command: spec.name)
            }
            period = p
        }
        let fileName = url.lastPathComponent
        if let workspace = arguments.value("--workspace") {
            return try importIntoWorkspace(
                text: text, fileName: fileName, period: period, workspace: workspace, arguments: arguments,
                context: context)
        }
        for option in ["--region", "--municipality", "--school", "--replace"] where arguments.flag(option) || arguments.value(option) != nil
        {
            throw UsageError("\(option) needs --workspace", command: spec.name)
        }
        let owner = try parseOwner(arguments.value("--owner") ?? "region")
        let imported: ImportedDocument
        do {
            imported = try RoadmapImporter.importDocument(text: text, fileName: fileName, owner: owner, period: period)
        } catch let error as ImportError {
            context.err(context.text(ru: "ошибка: ", en: "error: ") + error.message.text(context.language) + "\n")
            return ExitCode.failure
        }
        let json = String(decoding: WorkspaceStore.encodeRoadmap(imported.roadmap), as: UTF8.self)
        let output = arguments.value("--output")
        if arguments.flag("--report") {
            if output == "-" {
                context.err(imported.report.rendered(context.language))
            } else {
                context.out(imported.report.rendered(context.language))
            }
        }
        if let output, output != "-" {
            try AtomicFile.write(json, to: context.url(output))
        } else if output == "-" || !arguments.flag("--report") {
            context.out(json)
        }
        return ExitCode.success
    }

    static func parseOwner(_ text: String) throws -> Owner {
        if text == "region" { return .region }
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        if parts.count == 2, !parts[1].isEmpty {
            switch parts[0] {
            case "municipality": return .municipality(MunicipalityID(parts[1]))
            case "school": return .school(SchoolID(parts[1]))
            default: break
            }
        }
        throw UsageError("--owner: expected region, municipality:ID or school:ID, found '\(text)'", command: spec.name)
    }

    static func importIntoWorkspace(
        text: String, fileName: String, period: Period?, workspace: String, arguments: ParsedArguments,
        context: CommandContext
    ) throws -> Int32 {
        let chosen = [
            arguments.flag("--region") ? Owner.region : nil,
            arguments.value("--municipality").map { Owner.municipality(MunicipalityID($0)) },
            arguments.value("--school").map { Owner.school(SchoolID($0)) },
        ].compactMap { $0 }
        guard chosen.count == 1, let owner = chosen.first else {
            throw UsageError("with --workspace give exactly one of --region, --municipality ID, --school ID", command: spec.name)
        }
        if arguments.value("--owner") != nil || arguments.value("--output") != nil {
            throw UsageError("--owner and --output do not go with --workspace", command: spec.name)
        }
        let session = try context.openForWriting(workspace)
        defer { session.release() }
        let store = session.store
        let loaded = try session.load()
        switch owner {
        case .region: break
        case .municipality(let id):
            try UnitArguments.checkMunicipality(id.rawValue, in: loaded, spec: spec, context: context)
        case .school(let id):
            try UnitArguments.checkSchool(id.rawValue, in: loaded, spec: spec, context: context)
        }
        let relative = try WorkspaceLayout.roadmapPath(owner)
        let target = store.directory.appendingPathComponent(relative)
        if FileManager.default.fileExists(atPath: target.path), !arguments.flag("--replace") {
            context.err(
                context.text(
                    ru: "ошибка: \(relative) уже существует; чтобы заменить, добавьте --replace\n",
                    en: "error: \(relative) already exists; add --replace to replace it\n"))
            return ExitCode.failure
        }
        let imported: ImportedDocument
        do {
            do {
                imported = try RoadmapImporter.importDocument(
                    text: text, fileName: fileName, owner: owner, period: period)
            } catch ImportError.noPeriod {
                // The document states no period: the workspace's applies.
                imported = try RoadmapImporter.importDocument(
                    text: text, fileName: fileName, owner: owner, period: loaded.settings.period)
            }
        } catch let error as ImportError {
            context.err(context.text(ru: "ошибка: ", en: "error: ") + error.message.text(context.language) + "\n")
            return ExitCode.failure
        }
        var roadmap = imported.roadmap
        let schools: [School]
        if case .municipality(let id) = owner { schools = loaded.schools(in: id) } else { schools = loaded.units.schools }
        ResponsibleSchools.resolve(&roadmap, schools: schools)
        try store.write(roadmap: roadmap)
        try reportCascade(roadmap, path: relative, workspace: loaded, store: store, context: context)
        if arguments.flag("--report") { context.out(imported.report.rendered(context.language)) }
        context.err(
            context.text(
                ru:
                    "записано: \(relative) (мероприятий: \(imported.report.activityCount), фрагментов: \(imported.report.fragments.count))\n",
                en: "written: \(relative) (\(imported.report.activityCount) activities, \(imported.report.fragments.count) fragments)\n"))
        return ExitCode.success
    }
}
