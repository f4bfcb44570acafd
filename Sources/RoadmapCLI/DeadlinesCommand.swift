import Foundation
import RoadmapKit

/// `roadmap deadlines <workspace> --as-of DATE [--within 14]`: the weekly working list.
enum DeadlinesCommand: RoadmapCommand {
    static let spec = CommandSpec(
        ["deadlines"], summary: "What is overdue and what falls due soon, by responsible unit.",
        discussion: """
            Lists, for every unit (region, municipalities, schools), the activities due by the as-of
            date and not done (or done without the required document) and those falling due within
            the next days. Exit 0 when nothing is overdue or missing its document, 1 otherwise, 2 on a usage error.
            """,
        positionals: [PositionalSpec("workspace", help: "The workspace directory.")],
        options: [
            OptionSpec("--as-of", value: "YYYY-MM-DD", help: "The date to evaluate as of (required)."),
            OptionSpec("--within", value: "DAYS", help: "Look-ahead in days (default: 14)."),
            OptionSpec("--municipality", value: "ID", help: "Only this municipality and its schools."),
            OptionSpec("--format", value: "table|csv", help: "Output format (default: table)."),
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
            arguments.value("--format") ?? "table", option: "--format", among: ["table", "csv"], spec: spec)
        let separator = try ComplianceReportOptions.separator(arguments, spec: spec)
        var workspace = try ComplianceReportOptions.load(arguments.positionals[0], context: context).workspace
        if let id = arguments.value("--municipality") {
            try ComplianceReportOptions.checkMunicipality(id, in: workspace, spec: spec)
            workspace.units.schools = workspace.units.schools.filter { $0.municipality.rawValue == id }
            workspace.units.municipalities = workspace.units.municipalities.filter { $0.id.rawValue == id }
            workspace.regionalPlan = nil
        }
        let evaluation = ComplianceEvaluator(asOf: asOf, lookAheadDays: within).evaluate(workspace)
        let list = DeadlineList(workspace: workspace, executions: evaluation.executions, asOf: asOf, within: within)
        let renderer = DeadlinesRenderer(language: context.language)
        let text = format == "csv" ? renderer.csv(list, delimiter: separator) : renderer.table(list)
        try ComplianceReportOptions.emit(text, arguments: arguments, context: context)
        return list.overdueCount + list.undocumentedCount == 0 ? ExitCode.success : ExitCode.failure
    }
}
