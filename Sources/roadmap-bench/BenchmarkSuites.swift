/// A named benchmark.
struct BenchmarkSuite: Sendable {
    var name: String
    var run: @Sendable () -> Void
}

/// Every benchmark suite; add new suites here.
enum BenchmarkSuites {
    static let all: [BenchmarkSuite] = [
        WorkspaceIOBenchmark.suite,
        ScheduleBenchmark.suite,
    ]
}
