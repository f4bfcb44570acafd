import Foundation
import Testing

@testable import RoadmapCascade
@testable import RoadmapCompliance
@testable import RoadmapImport
@testable import RoadmapKit
@testable import RoadmapModel
@testable import RoadmapRender
@testable import RoadmapSchedule
@testable import RoadmapStorage
@testable import RoadmapSupport
@testable import RoadmapValidation

/// Results keep the items' order; each worker's state is made once and carried from item to item.
@Suite struct ParallelMapTests {
    /// The states a map made, each counting the items it served.
    final class States: @unchecked Sendable {
        final class Counter { var items = 0 }
        private var made: [Counter] = []
        private let lock = NSLock()

        func make() -> Counter {
            let counter = Counter()
            lock.lock()
            made.append(counter)
            lock.unlock()
            return counter
        }

        var counts: [Int] { lock.withLock { made.map(\.items) } }
    }

    @Test(arguments: [0, 1, 2, 3, 127, 1_000, 10_007])
    func resultsInItemOrderWithOneStatePerWorker(count: Int) {
        let items = Array(0..<count)
        let states = States()
        let results = ParallelMap.map(items, state: { states.make() }) { counter, item in
            counter.items += 1
            return item * 2
        }
        #expect(results == items.map { $0 * 2 })
        let counts = states.counts
        #expect(counts.reduce(0, +) == count)
        #expect(counts.count <= max(1, ProcessInfo.processInfo.activeProcessorCount))
    }

    @Test(arguments: [0, 1, 5, 1_000])
    func flatMapConcatenatesInItemOrder(count: Int) {
        let items = Array(0..<count)
        // Item i gives i % 3 results: none, one or two.
        let results = ParallelMap.flatMap(items, state: {}) { _, item in Array(repeating: item, count: item % 3) }
        #expect(results == items.flatMap { Array(repeating: $0, count: $0 % 3) })
    }

    @Test func resultsThatOwnMemoryAreKeptWhole() {
        // Strings and arrays written into the result's storage by several threads come back intact.
        let items = Array(0..<5_000)
        let results = ParallelMap.map(items) { item in (String(repeating: "ж", count: item % 40), [item, item + 1]) }
        for (item, result) in zip(items, results) {
            #expect(result.0.count == item % 40)
            #expect(result.1 == [item, item + 1])
        }
    }
}
