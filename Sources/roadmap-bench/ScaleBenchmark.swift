import Foundation
import RoadmapKit

/// `roadmap-bench scale [--sizes small,medium,large] [--repeat N] [--work DIR] [--markdown FILE]`.
///
/// Generates data at three sizes (cached in the work directory, deterministic), then measures the
/// release `roadmap` binary as a child process (wall time, peak RSS from `wait4`) on: a workspace
/// (load + validate + compliance), skeletons, and the flat status CSV; runs pandas, polars and
/// DuckDB on the same CSV and TaskJuggler on an 800 × 50 hierarchy when they are installed, checks
/// their per-region figures against ours, and prints each one's ratio to ours from the same run.
enum ScaleBenchmark {
    static let suite = BenchmarkSuite(name: "scale", run: { _ = run([]) }, runWithArguments: { run($0) })

    static let asOf = "2023-11-30"
    static let checkpoints = ["2023-06-30:30:40", "2023-11-30:80:90"]
    /// TaskJuggler runs at most this long (seconds); the issue measured 23–30 s on an idle machine.
    static let taskJugglerTimeout = 300.0

    struct Settings {
        var sizes = ScaleSize.all
        var repeats = 3
        var work = URL(fileURLWithPath: "/tmp/roadmap-bench")
        var markdown: String?
        var taskJuggler = true
    }

    static func run(_ arguments: [String]) -> Int32 {
        guard let settings = parse(arguments) else {
            print("usage: roadmap-bench scale [--sizes small,medium,large] [--repeat N] [--work DIR] [--markdown FILE] [--no-tj]")
            return 2
        }
        guard let tools = ScaleTools.locate(work: settings.work) else { return 1 }
        BenchmarkTable.show(tools.summary)
        var table = BenchmarkTable()
        BenchmarkTable.show("  " + BenchmarkTable.line(BenchmarkTable.header))
        var runners: [ScaleRunner] = []
        for size in settings.sizes {
            let runner = ScaleRunner(tools: tools, directory: settings.work.appendingPathComponent(size.name), repeats: settings.repeats)
            runner.workspaceTasks(size, into: &table)
            runner.flatTasks(size, into: &table)
            runners.append(runner)
        }
        // The 800 × 50 hierarchy always runs through our two paths; `--no-tj` leaves out TaskJuggler.
        let hierarchy = ScaleRunner(tools: tools, directory: settings.work.appendingPathComponent("tj-800x50"), repeats: settings.repeats)
        hierarchy.taskJugglerTasks(into: &table, runningTaskJuggler: settings.taskJuggler)
        if let markdown = settings.markdown {
            try? table.markdown.write(toFile: markdown, atomically: true, encoding: .utf8)
            print("table written to \(markdown)")
        }
        // Skeleton outputs are deleted once, at the very end: no measured run creates files right
        // after thousands were deleted (see `ScaleRunner.measureSkeletons`), and none runs while the
        // kernel is still freeing 150,000 deleted files.
        for runner in runners { runner.removeSkeletonOutputs() }
        return table.rows.contains { $0.check.hasPrefix("MISMATCH") || $0.check.hasPrefix("FAILED") } ? 1 : 0
    }

    static func parse(_ arguments: [String]) -> Settings? {
        var settings = Settings()
        var i = 0
        while i < arguments.count {
            let word = arguments[i]
            let value = i + 1 < arguments.count ? arguments[i + 1] : nil
            switch word {
            case "--sizes":
                guard let value else { return nil }
                let names = value.split(separator: ",").map(String.init)
                settings.sizes = ScaleSize.all.filter { names.contains($0.name) }
                guard settings.sizes.count == names.count else { return nil }
                i += 2
            case "--repeat":
                guard let value, let n = Int(value), n >= 1 else { return nil }
                settings.repeats = n
                i += 2
            case "--work":
                guard let value else { return nil }
                settings.work = URL(fileURLWithPath: value)
                i += 2
            case "--markdown":
                guard let value else { return nil }
                settings.markdown = value
                i += 2
            case "--no-tj":
                settings.taskJuggler = false
                i += 1
            default:
                return nil
            }
        }
        return settings
    }
}
