import Foundation

// roadmap-bench: benchmarks (not tests). Each suite lives in its own file and registers in
// `BenchmarkSuites.all`. Run a release build: `swift run -c release roadmap-bench [suite …]`.
// A suite that takes options gets the words after its name: `roadmap-bench scale --sizes small`.
let words = Array(CommandLine.arguments.dropFirst())
if let first = words.first, let suite = BenchmarkSuites.all.first(where: { $0.name == first }),
    let run = suite.runWithArguments
{
    exit(run(Array(words.dropFirst())))
}
let requested = Set(words)
// Without names: every suite that takes no options (`scale` is run by name).
let suites = BenchmarkSuites.all.filter {
    (requested.isEmpty && $0.runWithArguments == nil) || requested.contains($0.name)
}
if suites.isEmpty {
    print("unknown suite; available: \(BenchmarkSuites.all.map(\.name).joined(separator: ", "))")
    exit(2)
}
for suite in suites {
    print("== \(suite.name)")
    suite.run()
}
