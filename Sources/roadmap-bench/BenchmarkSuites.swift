/// A named benchmark.
struct BenchmarkSuite {
    var name: String
    var run: () -> Void
}

/// Every benchmark suite; add new suites here.
enum BenchmarkSuites {
    static let all: [BenchmarkSuite] = []
}
