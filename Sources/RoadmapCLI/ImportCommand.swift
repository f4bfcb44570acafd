import Foundation
import RoadmapKit

/// `roadmap import FILE`: a roadmap document's text → roadmap JSON (or into a workspace).
enum ImportCommand: RoadmapCommand {
    static let spec = CommandSpec(
        ["import"],
        summary: LocalizedText(
            ru: "Импортировать документ дорожной карты (текст из Word или PDF).",
            en: "Import a roadmap document (text from Word or PDF) as a roadmap."),
        discussion: LocalizedText(
            ru: """
                Читает документы Word (.docx: абзацы, таблицы, автоматическая нумерация) и текст: таблицы
                markdown, таблицы с табуляцией и простые нумерованные списки (см. Docs/import.md).
                Без --workspace JSON дорожной карты выводится в стандартный вывод (или в --output ФАЙЛ).
                С --workspace DIR и одним из --region / --municipality ID / --school ID дорожная карта
                добавляется в рабочую область; существующая сохраняется, если не указан --replace.
                --report выводит учёт каждой строки (прочитано строк, мероприятий, разделов, фрагментов).
                """,
            en: """
                Reads Word documents (.docx: paragraphs, tables, automatic numbering), and text: markdown
                tables, tab-separated tables and plain numbered lists (see Docs/import.md).
                Without --workspace the roadmap JSON goes to standard output (or --output FILE).
                With --workspace DIR and one of --region / --municipality ID / --school ID the roadmap is
                added to the workspace; an existing roadmap is kept unless --replace is given.
                --report prints the accounting of every line (lines read, activities, sections, fragments).
                """),
        positionals: [
            PositionalSpec(
                "file", ru: "Документ: .docx или текст (UTF-8 или Windows-1251).",
                en: "The document: .docx, or text (UTF-8 or Windows-1251).")
        ],
        options: [
            OptionSpec(
                "--owner", value: "OWNER", ru: "region, municipality:ID или school:ID (по умолчанию: region).",
                en: "region, municipality:ID or school:ID (default: region)."),
            OptionSpec(
                "--period", value: "PERIOD", ru: "2023, 2021-2022 (учебный год) или 2022-2025 гг.; по умолчанию — из документа.",
                en: "2023, 2021-2022 (academic year) or 2022-2025 гг.; default: from the document."),
            OptionSpec(
                "--output", value: "FILE", ru: "Записать JSON дорожной карты в ФАЙЛ («-» — стандартный вывод).",
                en: "Write the roadmap JSON to FILE ('-' for standard output)."),
            OptionSpec("--report", ru: "Вывести учёт строк.", en: "Print the line accounting."),
            OptionSpec(
                "--workspace", value: "DIR", ru: "Добавить дорожную карту в эту рабочую область.", en: "Add the roadmap to this workspace."),
            OptionSpec("--region", ru: "С --workspace: региональный план.", en: "With --workspace: the regional plan."),
            OptionSpec(
                "--municipality", value: "ID", ru: "С --workspace: дорожная карта этого муниципалитета.",
                en: "With --workspace: this municipality's roadmap."),
            OptionSpec(
                "--school", value: "ID", ru: "С --workspace: дорожная карта этой школы (id или название).",
                en: "With --workspace: this school's roadmap (its id or name)."),
            OptionSpec(
                "--replace", ru: "С --workspace: заменить существующую дорожную карту.",
                en: "With --workspace: replace an existing roadmap."),
        ]
    )

    /// Where the imported roadmap goes.
    enum Destination: Equatable, Sendable {
        /// JSON to standard output or `output` («-»: standard output).
        case json(owner: Owner, output: String?)
        /// Into a workspace directory, for `owner`.
        case workspace(String, owner: Owner, replace: Bool)
    }

    struct Options: Sendable {
        var file: String
        var period: Period?
        var report: Bool
        var destination: Destination
    }

    static func options(_ arguments: ParsedArguments) throws(UsageError) -> Options {
        let period = try PeriodArgument.parse(arguments)
        let destination: Destination
        if let workspace = arguments.value("--workspace") {
            let chosen = [
                arguments.flag("--region") ? Owner.region : nil,
                arguments.value("--municipality").map { Owner.municipality(MunicipalityID($0)) },
                arguments.value("--school").map { Owner.school(SchoolID($0)) },
            ].compactMap { $0 }
            guard chosen.count == 1, let owner = chosen.first else {
                throw arguments.error(
                    ru: "с --workspace укажите ровно одно из: --region, --municipality ID, --school ID",
                    en: "with --workspace give exactly one of --region, --municipality ID, --school ID")
            }
            if arguments.value("--owner") != nil || arguments.value("--output") != nil {
                throw arguments.error(
                    ru: "--owner и --output не используются вместе с --workspace",
                    en: "--owner and --output do not go with --workspace")
            }
            destination = .workspace(workspace, owner: owner, replace: arguments.flag("--replace"))
        } else {
            for option in ["--region", "--municipality", "--school", "--replace"] where arguments.given(option) {
                throw arguments.error(ru: "\(option) требует --workspace", en: "\(option) needs --workspace")
            }
            let owner = try parseOwner(arguments.value("--owner") ?? "region", arguments)
            destination = .json(owner: owner, output: arguments.value("--output"))
        }
        return Options(file: arguments.positionals[0], period: period, report: arguments.flag("--report"), destination: destination)
    }

    static func parseOwner(_ text: String, _ arguments: ParsedArguments) throws(UsageError) -> Owner {
        if text == "region" { return .region }
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        if parts.count == 2, !parts[1].isEmpty {
            switch parts[0] {
            case "municipality": return .municipality(MunicipalityID(parts[1]))
            case "school": return .school(SchoolID(parts[1]))
            default: break
            }
        }
        throw arguments.error(
            ru: "--owner: ожидается region, municipality:ID или school:ID, получено «\(text)»",
            en: "--owner: expected region, municipality:ID or school:ID, found '\(text)'")
    }

    static func run(_ options: Options, context: CommandContext) throws -> Int32 {
        let path = options.file
        let url = context.url(path)
        let data = try context.readInput(path)
        let text: String
        do { text = try DocumentInput.text(data, path: path, fileName: url.lastPathComponent) } catch let error
            as DocxReadError
        {
            context.error(error.message)
            return ExitCode.failure
        }
        let fileName = url.lastPathComponent
        switch options.destination {
        case .workspace(let workspace, let owner, let replace):
            let request = WorkspaceImport.Request(
                text: text, fileName: fileName, owner: owner, period: options.period, replace: replace)
            return try importIntoWorkspace(request, workspace: workspace, report: options.report, context: context)
        case .json(let owner, let output):
            let imported: ImportedDocument
            do {
                imported = try RoadmapImporter.importDocument(text: text, fileName: fileName, owner: owner, period: options.period)
            } catch let error as ImportError {
                context.error(error)
                return ExitCode.failure
            }
            let json = String(decoding: WorkspaceStore.encodeRoadmap(imported.roadmap), as: UTF8.self)
            if options.report {
                if output == "-" {
                    context.err(imported.report.rendered(context.language))
                } else {
                    context.out(imported.report.rendered(context.language))
                }
            }
            if let output, output != "-" {
                try AtomicFile.write(json, to: context.url(output))
            } else if output == "-" || !options.report {
                context.out(json)
            }
            return ExitCode.success
        }
    }

    /// `--workspace`: the `WorkspaceImport` use case under the workspace lock, and its report.
    static func importIntoWorkspace(
        _ request: WorkspaceImport.Request, workspace: String, report: Bool, context: CommandContext
    ) throws -> Int32 {
        let session = try context.openForWriting(workspace)
        defer { session.release() }
        let loaded = try session.load()
        let outcome: WorkspaceImport.Outcome
        do {
            outcome = try WorkspaceImport.run(request, into: loaded, store: session.store)
        } catch let error as UnknownUnit {
            throw UnitArguments.usage(error, spec: spec)
        } catch let error as WorkspaceImport.Exists {
            context.error(
                LocalizedText(
                    ru: error.message.ru + "; чтобы заменить, добавьте --replace",
                    en: error.message.en + "; add --replace to replace it"))
            return ExitCode.failure
        } catch let error as ImportError {
            context.error(error)
            return ExitCode.failure
        }
        if let planRules = outcome.planRules { PlanRulesOutput.print(planRules, context: context) }
        if let finding = outcome.periodMismatch {
            context.err(finding.formatted(context.language) + carryForwardHint(outcome, settings: loaded.settings, context) + "\n")
        }
        for wording in outcome.unknownWordings {
            context.warning(wording.message)
        }
        let imported = outcome.imported
        if report { context.out(imported.report.rendered(context.language)) }
        context.err(
            context.text(
                ru:
                    "записано: \(outcome.path) (мероприятий: \(imported.report.activityCount), фрагментов: \(imported.report.fragments.count))\n",
                en: "written: \(outcome.path) (\(imported.report.activityCount) activities, \(imported.report.fragments.count) fragments)\n"
            ))
        return ExitCode.success
    }

    /// `; чтобы перенести карту в 2024, используйте roadmap skeleton … --carry-forward` after a
    /// period mismatch the imported roadmap's deadlines cannot be measured in at all; else empty.
    static func carryForwardHint(
        _ outcome: WorkspaceImport.Outcome, settings: WorkspaceSettings, _ context: CommandContext
    ) -> String {
        let period = outcome.imported.roadmap.period
        guard PeriodMismatch.isDisjoint(period, from: settings.period) else { return "" }
        let ws = settings.period.canonicalText
        return context.text(
            ru: "; чтобы перенести карту в \(ws), используйте roadmap skeleton … --carry-forward",
            en: "; to carry the roadmap into \(ws), use roadmap skeleton … --carry-forward")
    }
}
