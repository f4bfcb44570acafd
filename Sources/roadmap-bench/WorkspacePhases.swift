import Foundation
import RoadmapKit

/// `roadmap-bench phases WORKSPACE [AS_OF]`: where the time of `roadmap compliance` goes — load,
/// parsing the schedules (`ScheduleIndex`, shared by the next two), validation, evaluation,
/// rendering and releasing the loaded workspace — each timed in one process; then index, validation
/// and evaluation once more as `roadmap compliance` runs them (validation beside evaluation)
/// (wall and process CPU), so Docs/performance.md can say which phase to work on.
enum WorkspacePhases {
    static let suite = BenchmarkSuite(
        name: "phases",
        run: { print("usage: roadmap-bench phases WORKSPACE [AS_OF]") },
        runWithArguments: { arguments in run(arguments) })

    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    static func time<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        let wall = Date()
        let cpu = cpuSeconds()
        let result = try body()
        print(
            name.padding(toLength: 14, withPad: " ", startingAt: 0)
                + String(format: "%7.3f s wall %7.3f s cpu", Date().timeIntervalSince(wall), cpuSeconds() - cpu))
        return result
    }

    static func run(_ arguments: [String]) -> Int32 {
        guard (1...2).contains(arguments.count) else {
            print("usage: roadmap-bench phases WORKSPACE [AS_OF]")
            return 2
        }
        let asOf = LocalDate(iso: arguments.count == 2 ? arguments[1] : "2023-06-30") ?? LocalDate(year: 2023, month: 6, day: 30)!
        do {
            var held: [Workspace] = [try time("load") { try WorkspaceStore(path: arguments[0]).load().workspace }]
            let schedules = time("schedules") { ScheduleIndex(held[0]) }
            let findings = time("validate") { Validator.validate(held[0], schedules: schedules) }
            var evaluation: [ComplianceEvaluator.Evaluation] = [
                time("compliance") { ComplianceEvaluator(asOf: asOf).evaluate(held[0], schedules: schedules) }
            ]
            let both = time("both at once") { ComplianceEvaluator(asOf: asOf).evaluateValidating(held[0]) }
            guard both.evaluation.report == evaluation[0].report, both.findings == findings else {
                print("error: validating beside the evaluation changed the results")
                return 1
            }
            let text = time("render") { ComplianceTableRenderer(language: .ru).render(evaluation[0].report) }
            print("units \(evaluation[0].report.units.count), findings \(findings.count), report \(text.utf8.count) bytes")
            time("release") {
                held.removeAll()
                evaluation.removeAll()
            }
        } catch {
            print("error: \(error)")
            return 1
        }
        return 0
    }
}
