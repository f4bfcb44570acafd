import Dispatch
import Foundation

/// Maps over an array on all cores, keeping order. Used where work splits per file or per unit.
public enum ParallelMap {
    /// `transform` applied to every element; results in input order.
    public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        if items.count < 2 { return items.map(transform) }
        let box = ResultBox<R>(count: items.count)
        let chunks = min(items.count, max(1, ProcessInfo.processInfo.activeProcessorCount * 4))
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let lower = items.count * chunk / chunks
            let upper = items.count * (chunk + 1) / chunks
            var local: [R] = []
            local.reserveCapacity(upper - lower)
            for i in lower..<upper { local.append(transform(items[i])) }
            box.store(local, at: lower)
        }
        return box.results()
    }

    /// `transform` applied to every element with a scratch state of its worker (made by `makeState`
    /// once per slice of the input, never shared between threads); results in input order.
    public static func map<T: Sendable, S, R: Sendable>(
        _ items: [T], state makeState: @Sendable () -> S, _ transform: @Sendable (inout S, T) -> R
    ) -> [R] {
        if items.count < 2 {
            var state = makeState()
            return items.map { transform(&state, $0) }
        }
        let box = ResultBox<R>(count: items.count)
        let chunks = min(items.count, max(1, ProcessInfo.processInfo.activeProcessorCount * 4))
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let lower = items.count * chunk / chunks
            let upper = items.count * (chunk + 1) / chunks
            var state = makeState()
            var local: [R] = []
            local.reserveCapacity(upper - lower)
            for i in lower..<upper { local.append(transform(&state, items[i])) }
            box.store(local, at: lower)
        }
        return box.results()
    }
}

/// Collects per-chunk results under a lock.
private final class ResultBox<R: Sendable>: @unchecked Sendable {
    private var slots: [R?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ values: [R], at offset: Int) {
        lock.lock()
        for (i, v) in values.enumerated() { slots[offset + i] = v }
        lock.unlock()
    }

    func results() -> [R] { slots.map { $0! } }
}
