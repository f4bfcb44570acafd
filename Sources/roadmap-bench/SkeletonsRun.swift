import Foundation
import RoadmapKit

/// `roadmap-bench skeletons WORKSPACE OUTPUT_DIR`: skeletons for every school of a workspace in one
/// process — load once, then `SkeletonRun` (the library behind `roadmap skeleton`) per municipality
/// on all cores, each school's roadmap written atomically into OUTPUT_DIR. The scale benchmark runs
/// it as a child process: `roadmap skeleton` takes one municipality per call, and timing thousands
/// of calls would measure loading the workspace thousands of times.
enum SkeletonsRun {
    static let suite = BenchmarkSuite(
        name: "skeletons",
        run: { print("usage: roadmap-bench skeletons WORKSPACE OUTPUT_DIR") },
        runWithArguments: { arguments in run(arguments) })

    static func run(_ arguments: [String]) -> Int32 {
        guard arguments.count == 2 else {
            print("usage: roadmap-bench skeletons WORKSPACE OUTPUT_DIR")
            return 2
        }
        let directory = URL(fileURLWithPath: arguments[0])
        let output = URL(fileURLWithPath: arguments[1])
        let workspace: Workspace
        do throws(WorkspaceError) {
            workspace = try WorkspaceStore(directory: directory).load().workspace
        } catch {
            print("error: \(error)")
            return 1
        }
        let municipalities = workspace.units.municipalities.map(\.id)
        let results = ParallelMap.map(municipalities) { id -> Result<Int, SkeletonRun.Failure> in
            do throws(SkeletonRun.Failure) {
                let request = SkeletonRun.Request(municipality: id, outputDirectory: output, returnsRoadmaps: false)
                return .success(try SkeletonRun.run(request, workspace: workspace, workspaceDirectory: directory).count)
            } catch {
                return .failure(error)
            }
        }
        var written = 0
        for result in results {
            switch result {
            case .success(let count): written += count
            case .failure(let failure):
                print("error: \(failure.message.en)")
                return 1
            }
        }
        print("skeletons: \(written)")
        return 0
    }
}
