import Foundation
import RoadmapKit

/// `roadmap deadlines <workspace> --as-of DATE [--within 14]`: the weekly working list.
enum DeadlinesCommand: RoadmapCommand {
    static let spec = CommandSpec(
        ["deadlines"], summary: "What is overdue and what falls due soon, by responsible unit.",
        discussion: """
            Lists, for every unit (region, municipalities, schools), the activities due by the as-of
            date and not done (or done without the required document) and those falling due within
            the next days. The workspace is validated on the way, as by roadmap compliance: its errors
            are listed on stderr (the first ten in full), as are files that could not be read (the list
            leaves them out). Exit 0 when nothing is overdue or missing its document and the data has no
            errors, 1 otherwise, 2 on a usage error.
            """,
        positionals: [PositionalSpec("workspace", help: "The workspace directory.")],
        options: [
            OptionSpec("--as-of", value: "YYYY-MM-DD", help: "The date to evaluate as of (required)."),
            ComplianceReportOptions.knownOnOption,
            OptionSpec("--within", value: "DAYS", help: "Look-ahead in days (default: 14)."),
            OptionSpec("--municipality", value: "ID", help: "Only this municipality and its schools."),
            OptionSpec("--format", value: "table|csv|xlsx", help: "Output format (default: table); xlsx needs --output."),
            OptionSpec("--output", value: "FILE", help: "Write the list to a file instead of standard output."),
            OptionSpec("--separator", value: "CHAR", help: "CSV separator: ';' (default) or ','."),
        ]
    )

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> Int32 {
        let asOf = try ComplianceReportOptions.date(arguments, spec: spec)
        let within =
            try arguments.value("--within").map { text -> Int in
                guard let days = Int(text), (0...366).contains(days) else {
                    throw UsageError("--within takes a number of days from 0 to 366, found '\(text)'", command: spec.name)
                }
                return days
            } ?? 14
        let format = try ComplianceReportOptions.choice(
            arguments.value("--format") ?? "table", option: "--format", among: ["table", "csv", "xlsx"], spec: spec)
        let xlsxPath = format == "xlsx" ? try ComplianceReportOptions.xlsxOutput(arguments, spec: spec) : nil
        let separator = try ComplianceReportOptions.separator(arguments, spec: spec)
        let path = arguments.positionals[0]
        var (workspace, unreadable) = try ComplianceReportOptions.load(path, context: context)
        let evaluator = ComplianceEvaluator(
            asOf: asOf, lookAheadDays: within, knownOn: try ComplianceReportOptions.knownOn(arguments, spec: spec))
        let evaluation: ComplianceEvaluator.Evaluation
        let findings: [Finding]
        if let id = arguments.value("--municipality") {
            try UnitArguments.checkMunicipality(id, in: workspace, spec: spec, context: context)
            // The whole workspace is validated before it is narrowed: the narrowed one lacks the
            // regional plan its links point to. Narrowing keeps every roadmap as it is, so both
            // read the one schedule index.
            let schedules = ScheduleIndex(workspace)
            findings = Validator.validate(workspace, schedules: schedules)
            workspace.units.schools = workspace.units.schools.filter { $0.municipality.rawValue == id }
            workspace.units.municipalities = workspace.units.municipalities.filter { $0.id.rawValue == id }
            workspace.regionalPlan = nil
            evaluation = evaluator.evaluate(workspace, schedules: schedules)
        } else {
            (evaluation, findings) = evaluator.evaluateValidating(workspace)
        }
        let list = DeadlineList(workspace: workspace, executions: evaluation.executions, asOf: asOf, within: within)
        let renderer = DeadlinesRenderer(language: context.language)
        let invalid = ComplianceReportOptions.reportDataErrors(findings, path: path, context: context) || unreadable > 0
        if let xlsxPath {
            try ComplianceReportOptions.emit(renderer.workbook(list), to: xlsxPath, context: context)
        } else {
            let text = format == "csv" ? renderer.csv(list, delimiter: separator) : renderer.table(list)
            try ComplianceReportOptions.emit(text, arguments: arguments, context: context)
        }
        return list.overdueCount + list.undocumentedCount == 0 && !invalid ? ExitCode.success : ExitCode.failure
    }
}
