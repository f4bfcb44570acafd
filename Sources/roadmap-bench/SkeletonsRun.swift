import Foundation
import RoadmapKit

/// `roadmap-bench skeletons WORKSPACE OUTPUT_DIR`: skeletons for every school of a workspace in one
/// process — load the plans once (school files are read school by school during the run), then one
/// `SkeletonRun` over every municipality (the library call behind `roadmap skeleton --all --output
/// DIR`) on all cores, each school's roadmap written atomically into
/// OUTPUT_DIR. The scale benchmark runs it as a child process. The wall time of the load and of the
/// skeletons go to stderr.
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
        let start = Date()
        let workspace: Workspace
        do throws(WorkspaceError) {
            workspace = try WorkspaceStore(directory: directory).load(skipping: .schoolFiles).workspace
        } catch {
            print("error: \(error)")
            return 1
        }
        let loaded = Date()
        let written: Int
        do throws(SkeletonRun.Failure) {
            let request = SkeletonRun.Request(municipality: nil, outputDirectory: output, returnsRoadmaps: false)
            written = try SkeletonRun.run(
                request, plans: workspace, schoolFiles: SchoolFiles(store: WorkspaceStore(directory: directory))
            ).count
        } catch {
            print("error: \(error.message.en)")
            return 1
        }
        let done = Date()
        // Like `roadmap skeleton`, free the loaded workspace on another thread beside the report
        // instead of on this one before exiting (a national workspace takes a core a while).
        let held = Held(consume workspace)
        DispatchQueue.global().async { held.release() }
        FileHandle.standardError.write(
            Data(
                String(
                    format: "load %.3f s, skeletons %.3f s wall\n", loaded.timeIntervalSince(start),
                    done.timeIntervalSince(loaded)
                ).utf8))
        print("skeletons: \(written)")
        return 0
    }
}

/// A value freed on demand, from whichever thread calls `release`.
private final class Held<Value>: @unchecked Sendable {
    private var value: Value?
    private let lock = NSLock()

    init(_ value: consuming Value) { self.value = value }

    func release() {
        let dropped = lock.withLock { value.take() }
        withExtendedLifetime(dropped) {}
    }
}
