import Foundation
import RoadmapGenerate
import RoadmapKit

/// `roadmap generate --output DIR …`: deterministic synthetic workspaces for tests and benchmarks.
enum GenerateCommand: RoadmapCommand {
    static let spec = CommandSpec(
        ["generate"], summary: "Write a deterministic synthetic workspace (and flat status CSV) of any size.",
        discussion: """
            Builds regions, municipalities and schools shaped like the real example: the regional plan
            of 32 items (Kaliningrad 2023), municipal roadmaps derived from it, school roadmaps linked to
            both (ids r<N>, m<M>, risk<k>), and progress with a realistic spread of completion, lateness
            and missing documents. The same seed gives the same files. With --regions 1 the workspace
            is written into DIR; with more, one workspace per region into DIR/<region-id>/.
            --statuses writes the school progress as one CSV
            (region,municipality,school,activity_id,due_date,done_date) for `roadmap compliance --statuses`.
            National size: --regions 85 --municipalities 2300 --schools 4000.
            """,
        options: [
            OptionSpec("--output", value: "DIR", help: "Directory for the workspace(s); must be new or empty."),
            OptionSpec("--regions", value: "N", help: "Regions (default 1, at most 85)."),
            OptionSpec("--municipalities", value: "N", help: "Municipalities in all (default 10)."),
            OptionSpec("--schools", value: "N", help: "Participating schools in all (default 40)."),
            OptionSpec("--activities", value: "N|MIN-MAX", help: "Activities per school roadmap (default 50-100)."),
            OptionSpec("--seed", value: "S", help: "Seed of the pseudo-random generator (default 1)."),
            OptionSpec("--report-date", value: "DATE", help: "Day progress is reported as of (default YEAR-12-20)."),
            OptionSpec("--statuses", value: "FILE.csv", help: "Also write the progress as one flat status CSV."),
        ]
    )

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> Int32 {
        let output = arguments.value("--output")
        let statuses = arguments.value("--statuses")
        guard output != nil || statuses != nil else {
            throw UsageError("give --output DIR, --statuses FILE.csv or both", command: spec.name)
        }
        var options = GeneratorOptions()
        options.regions = try integer(arguments, "--regions") ?? options.regions
        options.municipalities = try integer(arguments, "--municipalities") ?? max(options.municipalities, options.regions)
        options.schools = try integer(arguments, "--schools") ?? max(options.schools, options.municipalities)
        if let text = arguments.value("--activities") {
            let parts = text.split(separator: "-").map { Int($0) }
            guard (1...2).contains(parts.count), let low = parts.first ?? nil, let high = parts.last ?? nil, low <= high
            else { throw UsageError("--activities takes N or MIN-MAX, found '\(text)'", command: spec.name) }
            options.activities = low...high
        }
        if let text = arguments.value("--seed") {
            guard let seed = UInt64(text) else {
                throw UsageError("--seed takes a non-negative integer, found '\(text)'", command: spec.name)
            }
            options.seed = seed
        }
        if let text = arguments.value("--report-date") {
            guard let date = LocalDate(iso: text) else {
                throw UsageError("--report-date takes a date as YYYY-MM-DD, found '\(text)'", command: spec.name)
            }
            options.reportDate = date
        }
        if let problem = options.problem { throw UsageError(problem, command: spec.name) }
        let summary = try WorkspaceGenerator.generate(
            options, output: output.map(context.url), statuses: statuses.map(context.url))
        context.out(
            context.text(
                ru: """
                    создано: регионов \(summary.regions), муниципалитетов \(summary.municipalities), \
                    школ \(summary.schools), мероприятий школ \(summary.activities), \
                    отчётов \(summary.progressRecords), файлов \(summary.files), строк статусов \(summary.statusRows)

                    """,
                en: """
                    generated: \(summary.regions) region(s), \(summary.municipalities) municipalities, \
                    \(summary.schools) schools, \(summary.activities) school activities, \
                    \(summary.progressRecords) progress records, \(summary.files) files, \(summary.statusRows) status rows

                    """))
        return ExitCode.success
    }

    static func integer(_ arguments: ParsedArguments, _ name: String) throws(UsageError) -> Int? {
        guard let text = arguments.value(name) else { return nil }
        guard let value = Int(text), value >= 0 else {
            throw UsageError("\(name) takes a non-negative integer, found '\(text)'", command: spec.name)
        }
        return value
    }
}
