import Foundation

/// Work over many items split into a few long runs of consecutive items, one task per run on all
/// cores, each task with state of its own (a memo of schedule texts that then serves thousands of
/// roadmaps without a lock). Results keep the items' order.
enum ParallelRuns {
    /// `transform` applied to every item with its run's state; results concatenated in item order.
    static func flatMap<T: Sendable, R: Sendable, State>(
        _ items: [T], state: @escaping @Sendable () -> State, _ transform: @escaping @Sendable (T, inout State) -> [R]
    ) -> [R] {
        let tasks = min(items.count, ProcessInfo.processInfo.activeProcessorCount * 2)
        let runs = (0..<tasks).map { t in items.count * t / tasks..<items.count * (t + 1) / tasks }
        return Array(
            ParallelMap.map(runs) { run in
                var state = state()
                var result: [R] = []
                for i in run { result += transform(items[i], &state) }
                return result
            }.joined())
    }
}
