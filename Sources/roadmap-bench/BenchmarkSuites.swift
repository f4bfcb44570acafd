/// A named benchmark.
struct BenchmarkSuite: Sendable {
    var name: String
    var run: @Sendable () -> Void
    /// For suites that take options (`scale --sizes small`): called with the words after the suite's name.
    var runWithArguments: (@Sendable ([String]) -> Int32)? = nil
}

/// Every benchmark suite; add new suites here.
enum BenchmarkSuites {
    static let all: [BenchmarkSuite] = [
        WorkspaceIOBenchmark.suite,
        ScheduleBenchmark.suite,
        ScaleBenchmark.suite,
        FlatFileRun.suite,
        ImportBenchmark.suite,
        SkeletonsRun.suite,
        WorkspacePhases.suite,
        OfficeBenchmark.suite,
    ]
}
