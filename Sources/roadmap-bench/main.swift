import Foundation

// roadmap-bench: benchmarks (not tests). Each suite lives in its own file and registers in
// `BenchmarkSuites.all`. Run a release build: `swift run -c release roadmap-bench [suite …]`.
let requested = Set(CommandLine.arguments.dropFirst())
let suites = BenchmarkSuites.all.filter { requested.isEmpty || requested.contains($0.name) }
if suites.isEmpty {
    print("unknown suite; available: \(BenchmarkSuites.all.map(\.name).joined(separator: ", "))")
    exit(2)
}
for suite in suites {
    print("== \(suite.name)")
    suite.run()
}
