import Foundation
import RoadmapKit

/// `roadmap compliance --statuses FILE.csv --as-of DATE [--checkpoint DATE:MIN[:TARGET] …]`: the flat
/// status path (`StatusFile`) for national exports, without a workspace.
extension ComplianceCommand {
    /// Options only the flat path takes.
    static let statusOptions = [
        OptionSpec(
            "--statuses", value: "FILE.csv",
            help: "Compute from one flat CSV (region,municipality,school,activity_id,due_date,done_date) instead of a workspace."
        ),
        OptionSpec(
            "--checkpoint", value: "DATE:MIN[:TARGET]", repeatable: true,
            help: "With --statuses: a checkpoint (default: 30.06 30/40 % and 30.11 80/90 % of the as-of year)."),
    ]

    static func runStatuses(_ path: String, _ arguments: ParsedArguments, context: CommandContext) throws -> Int32 {
        guard arguments.positionals.isEmpty else {
            throw UsageError("give either a workspace or --statuses FILE.csv, not both", command: spec.name)
        }
        if arguments.value("--municipality") != nil {
            throw UsageError("--municipality is not available with --statuses", command: spec.name)
        }
        if arguments.value("--known-on") != nil {
            // The flat export has completion dates only: every row counts by the date it was done.
            throw UsageError("--known-on is not available with --statuses (the export has no report dates)", command: spec.name)
        }
        let asOf = try ComplianceReportOptions.date(arguments, spec: spec)
        let format = try ComplianceReportOptions.choice(
            arguments.value("--format") ?? "table", option: "--format", among: ["table", "json", "csv"], spec: spec)
        let level = try arguments.value("--level").map { text -> Level in
            guard let level = Level(rawValue: text) else {
                throw UsageError("--level takes region, municipality or school, found '\(text)'", command: spec.name)
            }
            return level
        }
        let separator = try ComplianceReportOptions.separator(arguments, spec: spec)
        var checkpoints = try arguments.all("--checkpoint").map { text throws(UsageError) -> DatedCheckpoint in
            guard let checkpoint = DatedCheckpoint(parsing: text) else {
                throw UsageError(
                    "--checkpoint takes DATE:MIN[:TARGET] with 0 ≤ MIN ≤ TARGET ≤ 100, found '\(text)'", command: spec.name)
            }
            return checkpoint
        }
        if checkpoints.isEmpty { checkpoints = DatedCheckpoint.programmeDefaults(year: asOf.year) }
        let report = try StatusFile.evaluate(path: context.url(path).path, asOf: asOf, checkpoints: checkpoints)
        for problem in report.problems { context.err(problem.formatted(file: path, context.language) + "\n") }
        if report.problemCount > report.problems.count {
            let more = report.problemCount - report.problems.count
            context.err(context.text(ru: "… и ещё \(more) строк с ошибками\n", en: "… and \(more) more malformed rows\n"))
        }
        let text = report.rendered(
            StatusReportFormat(rawValue: format) ?? .table, level: level ?? .municipality, language: context.language,
            delimiter: separator)
        try ComplianceReportOptions.emit(text, arguments: arguments, context: context)
        let red = (report.regions + report.municipalities + report.schools).contains { unit in
            report.checkpoints.indices.contains { report.zone($0, unit.counts) == .red }
        }
        return report.problemCount == 0 && !red ? ExitCode.success : ExitCode.failure
    }
}
