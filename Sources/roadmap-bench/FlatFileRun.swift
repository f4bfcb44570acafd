import Foundation
import RoadmapKit

/// `roadmap-bench flat-file FILE.csv AS_OF [DATE:MIN[:TARGET] …]`: one run of the flat status path
/// through the library, printing the region level as CSV. The scale benchmark runs it as a child
/// process when the `roadmap` binary at hand has no `compliance --statuses` yet.
enum FlatFileRun {
    static let suite = BenchmarkSuite(
        name: "flat-file",
        run: { print("usage: roadmap-bench flat-file FILE.csv AS_OF [DATE:MIN[:TARGET] …]") },
        runWithArguments: { arguments in run(arguments) })

    static func run(_ arguments: [String]) -> Int32 {
        guard arguments.count >= 2, let asOf = LocalDate(iso: arguments[1]) else {
            print("usage: roadmap-bench flat-file FILE.csv AS_OF [DATE:MIN[:TARGET] …]")
            return 2
        }
        let checkpoints = arguments.dropFirst(2).compactMap(DatedCheckpoint.init(parsing:))
        do {
            let report = try StatusFile.evaluate(path: arguments[0], asOf: asOf, checkpoints: checkpoints)
            print(report.rendered(.csv, level: .region, language: .en), terminator: "")
            return report.problemCount == 0 ? 0 : 1
        } catch {
            print("error: \(error)")
            return 1
        }
    }
}
