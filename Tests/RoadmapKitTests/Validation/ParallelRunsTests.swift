import Testing

@testable import RoadmapKit

/// Runs keep the items' order, and each run's state is carried from item to item.
@Suite struct ParallelRunsTests {
    @Test(arguments: [0, 1, 3, 1_000])
    func resultsInItemOrderWithStatePerRun(count: Int) {
        let items = Array(0..<count)
        // Each item yields itself and how many items its run had seen before it.
        let results = ParallelRuns.flatMap(items, state: { 0 }) { item, seen in
            defer { seen += 1 }
            return [(item, seen)]
        }
        #expect(results.map(\.0) == items)
        // A run starts at zero and counts up by one; the number of runs is the number of zeros.
        for (previous, next) in zip(results, results.dropFirst()) {
            #expect(next.1 == 0 || next.1 == previous.1 + 1)
        }
        let runs = results.filter { $0.1 == 0 }.count
        #expect(runs <= max(1, count))
        if count >= 1_000 { #expect(runs < count / 10, "state must be shared within a run") }
    }
}
