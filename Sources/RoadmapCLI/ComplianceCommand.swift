import Foundation
import RoadmapKit

/// `roadmap compliance <workspace> --as-of DATE`: execution percentages up the hierarchy.
enum ComplianceCommand: RoadmapCommand {
    static let spec = CommandSpec(
        ["compliance"], summary: "Execution percentages up the hierarchy against the checkpoints.",
        discussion: """
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
            """,
        positionals: [PositionalSpec("workspace", optional: true, help: "The workspace directory (not with --statuses).")],
        options: [
            OptionSpec("--as-of", value: "YYYY-MM-DD", help: "The date to evaluate as of (required)."),
            ComplianceReportOptions.knownOnOption,
            OptionSpec("--level", value: "region|municipality|school", help: "Which units to list (default: municipality)."),
            OptionSpec("--municipality", value: "ID", help: "Only this municipality and its schools."),
            OptionSpec("--format", value: "table|json|csv|md|html|xlsx", help: "Report format (default: table); xlsx needs --output."),
            OptionSpec("--output", value: "FILE", help: "Write the report to a file instead of standard output."),
            OptionSpec("--separator", value: "CHAR", help: "CSV separator: ';' (default, Russian Excel) or ','."),
        ] + statusOptions
    )

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> Int32 {
        if let statuses = arguments.value("--statuses") { return try runStatuses(statuses, arguments, context: context) }
        guard let path = arguments.positionals.first else {
            throw UsageError("missing argument <workspace> (or --statuses FILE.csv)", command: spec.name)
        }
        if !arguments.all("--checkpoint").isEmpty {
            throw UsageError("--checkpoint is for --statuses; a workspace's checkpoints are in workspace.json", command: spec.name)
        }
        let asOf = try ComplianceReportOptions.date(arguments, spec: spec)
        let knownOn = try ComplianceReportOptions.knownOn(arguments, spec: spec)
        let format = try ComplianceReportOptions.choice(
            arguments.value("--format") ?? "table", option: "--format", among: ["table", "json", "csv", "md", "html", "xlsx"], spec: spec)
        let xlsxPath = format == "xlsx" ? try ComplianceReportOptions.xlsxOutput(arguments, spec: spec) : nil
        let level = try arguments.value("--level").map { text -> Level in
            guard let level = Level(rawValue: text) else {
                throw UsageError("--level takes region, municipality or school, found '\(text)'", command: spec.name)
            }
            return level
        }
        let separator = try ComplianceReportOptions.separator(arguments, spec: spec)
        let loaded = BackgroundRelease()
        let (report, findings, unreadable) = try { () throws -> (ComplianceReport, [Finding], Int) in
            let (workspace, unreadable) = try ComplianceReportOptions.load(path, context: context)
            if let id = arguments.value("--municipality") {
                try UnitArguments.checkMunicipality(id, in: workspace, spec: spec, context: context)
            }
            let (evaluation, findings) = ComplianceEvaluator(asOf: asOf, knownOn: knownOn).evaluateValidating(workspace)
            loaded.hold((workspace, evaluation))
            guard let id = arguments.value("--municipality") else { return (evaluation.report, findings, unreadable) }
            return (evaluation.report.restricted(toMunicipality: id), findings, unreadable)
        }()
        loaded.releaseInBackground()
        let invalid = ComplianceReportOptions.reportDataErrors(findings, path: path, context: context) || unreadable > 0
        if let xlsxPath {
            try ComplianceReportOptions.emit(
                ComplianceXlsxRenderer(level: level, language: context.language).workbook(report), to: xlsxPath, context: context)
            return report.allAtMinimum && !invalid ? ExitCode.success : ExitCode.failure
        }
        let text: String
        switch format {
        case "json": text = try ComplianceJSONRenderer.render(report, level: level)
        case "csv": text = ComplianceCSVRenderer(level: level, language: context.language, delimiter: separator).render(report)
        case "md": text = ComplianceMarkdownRenderer(language: context.language).render(report)
        case "html": text = ComplianceHTMLRenderer(language: context.language).render(report)
        default: text = ComplianceTableRenderer(level: level ?? .municipality, language: context.language).render(report)
        }
        try ComplianceReportOptions.emit(text, arguments: arguments, context: context)
        return report.allAtMinimum && !invalid ? ExitCode.success : ExitCode.failure
    }
}
