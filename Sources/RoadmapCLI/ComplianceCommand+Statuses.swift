import Foundation
import RoadmapKit

/// `roadmap compliance --statuses FILE.csv --as-of DATE [--checkpoint DATE:MIN[:TARGET] …]`: the flat
/// status path (`StatusFile`) for national exports, without a workspace.
extension ComplianceCommand {
    /// Options only the flat path takes.
    static let statusOptions = [
        OptionSpec(
            "--statuses", value: "FILE.csv",
            ru: "Считать по одному плоскому CSV (region,municipality,school,activity_id,due_date,done_date) вместо рабочей области.",
            en: "Compute from one flat CSV (region,municipality,school,activity_id,due_date,done_date) instead of a workspace."
        ),
        OptionSpec(
            "--checkpoint", value: "DATE:MIN[:TARGET]", repeatable: true,
            ru: "С --statuses: контрольная точка (по умолчанию: 30.06 30/40 % и 30.11 80/90 % года даты отчёта).",
            en: "With --statuses: a checkpoint (default: 30.06 30/40 % and 30.11 80/90 % of the as-of year)."),
    ]

    static func runStatuses(_ path: String, checkpoints given: [DatedCheckpoint], _ options: Options, context: CommandContext)
        throws -> Int32
    {
        let checkpoints = given.isEmpty ? DatedCheckpoint.programmeDefaults(year: options.asOf.year) : given
        let report = try StatusFile.evaluate(path: context.url(path).path, asOf: options.asOf, checkpoints: checkpoints)
        for problem in report.problems { context.err(problem.formatted(file: path, context.language) + "\n") }
        if report.problemCount > report.problems.count {
            let more = report.problemCount - report.problems.count
            context.err(context.text(ru: "… и ещё \(more) строк с ошибками\n", en: "… and \(more) more malformed rows\n"))
        }
        let text = report.rendered(
            StatusReportFormat(rawValue: options.format.rawValue) ?? .table, level: options.level ?? .municipality,
            language: context.language, delimiter: options.separator)
        try ComplianceReportOptions.emit(text, output: options.output, context: context)
        let red = (report.regions + report.municipalities + report.schools).contains { unit in
            report.checkpoints.indices.contains { report.zone($0, unit.counts) == .red }
        }
        return report.problemCount == 0 && !red ? ExitCode.success : ExitCode.failure
    }
}
