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
